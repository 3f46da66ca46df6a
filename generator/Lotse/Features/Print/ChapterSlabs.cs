namespace Lotse.Features.Print;

/// <summary>
/// Keeps chapters' UTF-8 one after the other in arrays of <see cref="SlabSize"/> bytes (one store per thread of a merge),
/// each chapter a slice of one. Issue 26: the chapters of an edition (13–22 MB at 10k pages) live until the edition is
/// spliced or streamed, and as an array each (a few KB) they were cleared when made and then copied by the collector
/// from generation to generation. A slab is as big as the large object heap's arrays, which the collector neither clears
/// (<see cref="GC.AllocateUninitializedArray{T}"/>: every byte given out is written) nor moves.
/// </summary>
internal sealed class ChapterSlabs
{
    /// <summary>Big enough for the large object heap, small enough that the last slab of each thread, part empty, wastes little.</summary>
    public const int SlabSize = 1 << 18;

    /// <summary>A chapter bigger than this gets an array of its own (so that no slab is left mostly empty).</summary>
    private const int Biggest = SlabSize / 4;

    private byte[] _slab = [];
    private int _used;

    /// <summary>A copy of <paramref name="bytes"/> that stays as it is.</summary>
    public ReadOnlyMemory<byte> Keep(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > Biggest) return bytes.ToArray();
        if (_slab.Length - _used < bytes.Length) (_slab, _used) = (GC.AllocateUninitializedArray<byte>(SlabSize), 0);
        bytes.CopyTo(_slab.AsSpan(_used));
        var kept = new ReadOnlyMemory<byte>(_slab, _used, bytes.Length);
        _used += bytes.Length;
        return kept;
    }
}

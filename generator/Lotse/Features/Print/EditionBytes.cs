namespace Lotse.Features.Print;

/// <summary>A Gesamtausgabe's file as UTF-8 in one array of its exact length: the layout's output before the chapters, the
/// chapters, the layout's output after them. Copied once into place (not through a string of the whole edition, and not
/// encoded again afterwards), or streamed into its file piece by piece (<see cref="WriteTo"/>).</summary>
internal static class EditionBytes
{
    public static byte[] Splice(ReadOnlySpan<byte> before, IReadOnlyList<ReadOnlyMemory<byte>> chapters, ReadOnlySpan<byte> after)
    {
        var length = (long)before.Length + after.Length;
        foreach (var chapter in chapters) length += chapter.Length;
        var bytes = GC.AllocateUninitializedArray<byte>(checked((int)length)); // every byte is written: no need to clear them first
        before.CopyTo(bytes);
        var at = before.Length;
        foreach (var chapter in chapters)
        {
            chapter.Span.CopyTo(bytes.AsSpan(at));
            at += chapter.Length;
        }
        after.CopyTo(bytes.AsSpan(at));
        return bytes;
    }

    /// <summary>The same bytes written into <paramref name="target"/> piece by piece, gathered in a buffer of
    /// <see cref="WriteBuffer"/> bytes (a chapter is a few KB), so that no array of the whole edition is made.</summary>
    public static void WriteTo(Stream target, ReadOnlySpan<byte> before, IReadOnlyList<ReadOnlyMemory<byte>> chapters, ReadOnlySpan<byte> after)
    {
        using var buffered = new BufferedStream(target, WriteBuffer);
        buffered.Write(before);
        foreach (var chapter in chapters) buffered.Write(chapter.Span);
        buffered.Write(after);
    }

    private const int WriteBuffer = 1 << 16;
}

namespace Lotse.Features.Precompression;

/// <summary>
/// Bytes written in pieces of <see cref="ChunkSize"/>, each an array small enough for the collector's young generations
/// (a copy of a big file made in one array went to the large object heap, where it stayed, committed, until a full
/// collection: the search shard's and the Gesamtausgaben's copies raised a 10k-page build's peak by about 140 MB).
/// </summary>
internal sealed class ChunkedBuffer : Stream
{
    /// <summary>Below the large object heap's threshold (85,000 bytes).</summary>
    public const int ChunkSize = 64 * 1024;

    private readonly List<byte[]> _full = [];
    private byte[] _current = new byte[ChunkSize];
    private int _used;

    /// <summary>The space left in the current piece, to write into; <see cref="Advance"/> says how much was.</summary>
    public Span<byte> Free
    {
        get
        {
            if (_used == ChunkSize)
            {
                _full.Add(_current);
                _current = new byte[ChunkSize];
                _used = 0;
            }
            return _current.AsSpan(_used);
        }
    }

    public void Advance(int count) => _used += count;

    /// <summary>The bytes written, as pieces (not copied).</summary>
    public List<ReadOnlyMemory<byte>> Pieces()
    {
        var pieces = new List<ReadOnlyMemory<byte>>(_full.Count + 1);
        foreach (var chunk in _full) pieces.Add(chunk);
        if (_used > 0) pieces.Add(_current.AsMemory(0, _used));
        return pieces;
    }

    public override long Length => (long)_full.Count * ChunkSize + _used;

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (buffer.Length > 0)
        {
            var free = Free;
            var count = Math.Min(free.Length, buffer.Length);
            buffer[..count].CopyTo(free);
            Advance(count);
            buffer = buffer[count..];
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Position { get => Length; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}

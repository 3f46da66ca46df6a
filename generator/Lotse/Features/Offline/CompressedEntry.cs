namespace Lotse.Features.Offline;

/// <summary>A file of the archive, compressed (deflate) or stored: what its ZIP headers need and its data, which is
/// <paramref name="Data"/> followed by <paramref name="DataEnd"/> when the file's end was compressed on its own
/// (<see cref="ArchiveWithSize"/>: a page's start is compressed once, its end with each size it may state).</summary>
public sealed record CompressedEntry(string Path, uint Crc32, int Size, bool Deflated, byte[] Data, byte[]? DataEnd = null)
{
    /// <summary>The length of the data in the archive.</summary>
    public long Length => Data.LongLength + (DataEnd?.LongLength ?? 0);
}

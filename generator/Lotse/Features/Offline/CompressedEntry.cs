namespace Lotse.Features.Offline;

/// <summary>A file of the archive, compressed (deflate) or stored: what its ZIP headers need and its data, which is
/// <paramref name="Spooled"/> (when the data was moved out of memory until the archive is written: <see cref="ArchiveSpool"/>),
/// then <paramref name="Data"/>, then <paramref name="DataEnd"/> (when the file's end was compressed on its own:
/// <see cref="ArchiveWithSize"/>, a page's start is compressed once, its end with each size it may state).</summary>
public sealed record CompressedEntry(string Path, uint Crc32, int Size, bool Deflated, byte[] Data, byte[]? DataEnd = null, SpooledBytes? Spooled = null)
{
    /// <summary>The length of the data in the archive.</summary>
    public long Length => (Spooled?.Length ?? 0) + Data.LongLength + (DataEnd?.LongLength ?? 0);

    /// <summary>The same entry with its <see cref="Data"/> moved into <paramref name="spool"/> (stored data, which is the
    /// file's own array, stays).</summary>
    public CompressedEntry SpooledIn(ArchiveSpool spool) =>
        !Deflated || Spooled is not null || Data.Length == 0 ? this : this with { Data = [], Spooled = spool.Add(Data) };

    /// <summary>Writes the entry's data (without its header).</summary>
    public void WriteDataTo(Stream stream)
    {
        Spooled?.CopyTo(stream);
        stream.Write(Data);
        if (DataEnd is { } end) stream.Write(end);
    }
}

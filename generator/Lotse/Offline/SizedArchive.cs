namespace Lotse.Offline;

/// <summary>The offline archive as compressed entries (not yet written), the size it states, and the files
/// that state it with the size in place (<see cref="ArchiveWithSize"/>).</summary>
public sealed record SizedArchive(
    IReadOnlyList<CompressedEntry> Entries, DateTime Timestamp, string Comment, string SizeText, IReadOnlyList<ArchiveEntry> Filled)
{
    public long Length => DeterministicZip.SizeOf(Entries, Comment);

    public void WriteTo(Stream stream) => DeterministicZip.WriteTo(stream, Entries, Timestamp, Comment);

    public byte[] ToArray()
    {
        using var bytes = new MemoryStream((int)Length);
        WriteTo(bytes);
        return bytes.ToArray();
    }

    /// <summary>Changes whenever a byte of the archive would.</summary>
    public UInt128 Fingerprint()
    {
        var fingerprint = new Core.Fingerprint().Add(Timestamp.Ticks).Add(Comment).Add(Entries.Count);
        foreach (var entry in Entries)
            fingerprint.Add(entry.Path).Add((long)entry.Crc32).Add(entry.Size).Add(entry.Deflated ? 1 : 0).Add(System.IO.Hashing.XxHash128.HashToUInt128(entry.Data));
        return fingerprint.Value;
    }
}

using Lotse.Kernel;

namespace Lotse.Features.Offline;

/// <summary>The offline archive as compressed entries (not yet written), the size it states (in place of
/// <paramref name="Placeholder"/>), and the paths of the files that state it (<see cref="ArchiveWithSize"/>).</summary>
public sealed record SizedArchive(
    IReadOnlyList<CompressedEntry> Entries, DateTime Timestamp, string Comment, string Placeholder, string SizeText, IReadOnlyList<string> Stating)
{
    public long Length => DeterministicZip.SizeOf(Entries, Comment);

    public void WriteTo(Stream stream) => DeterministicZip.WriteTo(stream, Entries, Timestamp, Comment);

    /// <summary>A file's bytes with the size in place, as the archive holds them (the same array when it states no size).</summary>
    public byte[] Fill(byte[] bytes) => Utf8Replace.All(bytes, Placeholder, SizeText);

    /// <summary>A file's bytes with the size in place (<see cref="Fill"/>) as pieces of the given bytes (no copy of them).</summary>
    public List<ReadOnlyMemory<byte>> FilledPieces(ReadOnlyMemory<byte> bytes) => Utf8Replace.Pieces(bytes, Placeholder, SizeText);

    public byte[] ToArray() => DeterministicZip.Assemble(Entries, Timestamp, Comment);

    /// <summary>Changes whenever a byte of the archive would.</summary>
    public UInt128 Fingerprint()
    {
        var fingerprint = new Fingerprint().Add(Timestamp.Ticks).Add(Comment).Add(Entries.Count);
        foreach (var entry in Entries)
            fingerprint.Add(entry.Path).Add((long)entry.Crc32).Add(entry.Size).Add(entry.Deflated ? 1 : 0)
                .Add(StartHash(entry)).Add(entry.DataEnd is { } end ? System.IO.Hashing.XxHash128.HashToUInt128(end) : UInt128.Zero);
        return fingerprint.Value;
    }

    /// <summary>The hash of the entry's data before its separately compressed end (spooled or not: the same bytes, the same hash).</summary>
    private static UInt128 StartHash(CompressedEntry entry)
    {
        if (entry.Spooled is not { } spooled) return System.IO.Hashing.XxHash128.HashToUInt128(entry.Data);
        var hash = new System.IO.Hashing.XxHash128();
        hash.Append(spooled.ToArray());
        hash.Append(entry.Data);
        return hash.GetCurrentHashAsUInt128();
    }
}

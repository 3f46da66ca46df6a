using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;
using Lotse.Site;

namespace Lotse.Features.Offline;

/// <summary>
/// The offline archive's DEFLATE data of the files it holds, for a feature that would deflate the same file again
/// (<c>Features/Precompression</c>'s <c>.gz</c> copies: a gzip file is a header, the same raw DEFLATE stream, its
/// CRC-32 and its size). Filled by <see cref="WriteOfflineArchive"/> once the archive is written; read from the written
/// archive, so the compressed site is not held in memory. A file is served only when its bytes have the CRC-32 and size
/// of the archive's entry, and the archive on disk has that entry's local header where the layout puts it.
/// </summary>
[FeatureContract]
public sealed class ArchivedDeflates
{
    /// <summary>The written archive and its entries, replaced whole (<see cref="Set"/>) and read without a lock: every
    /// core asks for each file it compresses, and a lock there had the cores wait for each other.</summary>
    private volatile Snapshot? _snapshot;

    private sealed record Snapshot(string ArchiveFile, IReadOnlyDictionary<string, (EntryHeader Entry, long HeaderOffset)> Entries);

    /// <summary>What an entry's local header states: kept instead of the entry, whose compressed data (about 75 MB for 10k
    /// pages) would otherwise stay in memory until the build ends.</summary>
    private readonly record struct EntryHeader(uint Crc32, int Size, long Length);

    /// <summary>This build's archive data (empty until the archive is written, and without the offline feature).</summary>
    public static ArchivedDeflates Of(BuildContext context) => context.Plan.Part(_ => new ArchivedDeflates());

    internal void Set(string archiveFile, SizedArchive archive)
    {
        var entries = DeterministicZip.Layout(archive.Entries).Where(e => e.Entry.Deflated)
            .ToDictionary(e => e.Entry.Path, e => (new EntryHeader(e.Entry.Crc32, e.Entry.Size, e.Entry.Length), e.HeaderOffset), StringComparer.Ordinal);
        _snapshot = new Snapshot(archiveFile, entries);
    }

    /// <summary>The raw DEFLATE stream of the file at <paramref name="path"/> (output path) as the archive holds it, when
    /// <paramref name="bytes"/> are what it holds (CRC-32 and size); null otherwise. Read into an array from
    /// <paramref name="buffer"/> (given the least length it needs; the caller may rent it from a pool and give it back
    /// once it is done with the result).</summary>
    public ReadOnlyMemory<byte>? Deflated(string path, ReadOnlySpan<byte> bytes, Func<int, byte[]>? buffer = null)
    {
        if (_snapshot is not { } snapshot || !snapshot.Entries.TryGetValue(path, out var found)) return null;
        var archiveFile = snapshot.ArchiveFile;
        var entry = found.Entry;
        if (entry.Size != bytes.Length || entry.Crc32 != Crc32.HashToUInt32(bytes)) return null;
        var headerLength = DeterministicZip.LocalHeaderLengthOf(path);
        var length = checked((int)(headerLength + entry.Length));
        var data = buffer?.Invoke(length) ?? new byte[length];
        try
        {
            using var file = File.OpenHandle(archiveFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            if (RandomAccess.Read(file, data.AsSpan(0, length), found.HeaderOffset) != length) return null;
        }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
        var header = data.AsSpan(0, headerLength);
        if (BinaryPrimitives.ReadUInt32LittleEndian(header) != 0x04034b50
            || BinaryPrimitives.ReadUInt16LittleEndian(header[8..]) != 8
            || BinaryPrimitives.ReadUInt32LittleEndian(header[14..]) != entry.Crc32
            || BinaryPrimitives.ReadUInt32LittleEndian(header[18..]) != (uint)entry.Length
            || BinaryPrimitives.ReadUInt32LittleEndian(header[22..]) != (uint)entry.Size
            || !header[30..].SequenceEqual(Encoding.UTF8.GetBytes(path)))
            return null;
        return data.AsMemory(headerLength, length - headerLength); // (not copied: 9 MB for the search shard of 10k pages)
    }
}

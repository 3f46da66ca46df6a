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
        if (Locate(path, Crc32.HashToUInt32(bytes), bytes.Length) is not { } found) return null;
        var data = buffer?.Invoke(found.Length) ?? new byte[found.Length];
        try
        {
            using var file = File.OpenHandle(found.File, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            if (RandomAccess.Read(file, data.AsSpan(0, found.Length), found.Offset) != found.Length) return null;
        }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
        return data.AsMemory(0, found.Length); // (not copied: 9 MB for the search shard of 10k pages)
    }

    /// <summary>Copies the raw DEFLATE stream of the file at <paramref name="path"/> to <paramref name="target"/> when a
    /// file of this CRC-32 and length is what the archive holds, in pieces of 64 KB (a big file's copy is made without an
    /// array of its size); false when the archive does not hold it (then <paramref name="target"/> may hold a part).</summary>
    public bool CopyDeflatedTo(string path, uint crc32, long length, Stream target)
    {
        if (Locate(path, crc32, length) is not { } found) return false;
        try
        {
            using var file = File.OpenHandle(found.File, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            FileRange.CopyTo(file, found.Offset, found.Length, target);
            return true;
        }
        catch (IOException) { return false; }
        catch (UnauthorizedAccessException) { return false; }
    }

    /// <summary>Where the written archive holds the DEFLATE data of the file at <paramref name="path"/>, when a file of this
    /// CRC-32 and size is what it holds and the archive on disk has that entry's local header where the layout puts it.</summary>
    private (string File, long Offset, int Length)? Locate(string path, uint crc32, long size)
    {
        if (_snapshot is not { } snapshot || !snapshot.Entries.TryGetValue(path, out var found)) return null;
        var entry = found.Entry;
        if (entry.Size != size || entry.Crc32 != crc32) return null;
        var headerLength = DeterministicZip.LocalHeaderLengthOf(path);
        var header = new byte[headerLength];
        try
        {
            using var file = File.OpenHandle(snapshot.ArchiveFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            if (RandomAccess.Read(file, header, found.HeaderOffset) != headerLength) return null;
        }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
        if (BinaryPrimitives.ReadUInt32LittleEndian(header) != 0x04034b50
            || BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(8)) != 8
            || BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(14)) != entry.Crc32
            || BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(18)) != (uint)entry.Length
            || BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(22)) != (uint)entry.Size
            || !header.AsSpan(30).SequenceEqual(Encoding.UTF8.GetBytes(path)))
            return null;
        return (snapshot.ArchiveFile, found.HeaderOffset + headerLength, checked((int)entry.Length));
    }
}

using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;
using Lotse.Site;
using Microsoft.Win32.SafeHandles;

namespace Lotse.Features.Offline;

/// <summary>
/// The offline archive's DEFLATE data of the files it holds, for a feature that would deflate the same file again
/// (<c>Features/Precompression</c>'s <c>.gz</c> copies: a gzip file is a header, the same raw DEFLATE stream, its
/// CRC-32 and its size). Filled by <see cref="WriteOfflineArchive"/> once the archive is written; read from the written
/// archive (<see cref="Open"/>), so the compressed site is not held in memory. A file is served only when its bytes have the CRC-32 and size
/// of the archive's entry, and the archive on disk has that entry's local header where the layout puts it.
/// </summary>
[FeatureContract]
public sealed class ArchivedDeflates
{
    /// <summary>The written archive and its entries, replaced whole (<see cref="Set"/>) and read without a lock: every
    /// core asks for each file it compresses, and a lock there had the cores wait for each other.</summary>
    private volatile Snapshot? _snapshot;

    internal sealed record Snapshot(string ArchiveFile, IReadOnlyDictionary<string, (EntryHeader Entry, long HeaderOffset)> Entries);

    /// <summary>What an entry's local header states: kept instead of the entry, whose compressed data (about 75 MB for 10k
    /// pages) would otherwise stay in memory until the build ends.</summary>
    internal readonly record struct EntryHeader(uint Crc32, int Size, long Length);

    /// <summary>This build's archive data (empty until the archive is written, and without the offline feature).</summary>
    public static ArchivedDeflates Of(BuildContext context) => context.Plan.Part(_ => new ArchivedDeflates());

    internal void Set(string archiveFile, SizedArchive archive)
    {
        var entries = DeterministicZip.Layout(archive.Entries).Where(e => e.Entry.Deflated)
            .ToDictionary(e => e.Entry.Path, e => (new EntryHeader(e.Entry.Crc32, e.Entry.Size, e.Entry.Length), e.HeaderOffset), StringComparer.Ordinal);
        _snapshot = new Snapshot(archiveFile, entries);
    }

    /// <summary>Opens the written archive once for a pass over many files (<see cref="Reader"/>: one handle all cores
    /// read from, instead of opening the archive twice a file: 10k pages, 40,000 system calls); a reader that finds
    /// nothing when there is no archive or it cannot be opened.</summary>
    public Reader Open()
    {
        if (_snapshot is not { } snapshot) return new Reader(null, null);
        try
        {
            return new Reader(snapshot, File.OpenHandle(snapshot.ArchiveFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new Reader(null, null);
        }
    }

    /// <summary>The written archive, open for reading at positions (safe from all threads at once).</summary>
    public sealed class Reader : IDisposable
    {
        private readonly Snapshot? _snapshot;
        private readonly SafeFileHandle? _file;

        internal Reader(Snapshot? snapshot, SafeFileHandle? file) => (_snapshot, _file) = (snapshot, file);

        public void Dispose() => _file?.Dispose();

        /// <summary>The raw DEFLATE stream of the file at <paramref name="path"/> (output path) as the archive holds it, when
        /// <paramref name="bytes"/> are what it holds (CRC-32 and size); null otherwise. Its local header and data are read
        /// at once into an array from <paramref name="buffer"/> (given the least length it needs; the caller may rent it
        /// from a pool and give it back once it is done with the result).</summary>
        public ReadOnlyMemory<byte>? Deflated(string path, ReadOnlySpan<byte> bytes, Func<int, byte[]>? buffer = null)
        {
            if (Find(path, Crc32.HashToUInt32(bytes), bytes.Length) is not { } found) return null;
            var length = found.HeaderLength + found.Length;
            var data = buffer?.Invoke(length) ?? new byte[length];
            if (!TryRead(data.AsSpan(0, length), found.HeaderOffset) || !HeaderMatches(data.AsSpan(0, found.HeaderLength), path, found.Entry))
                return null;
            return data.AsMemory(found.HeaderLength, found.Length); // (not copied: 9 MB for the search shard of 10k pages)
        }

        /// <summary>Copies the raw DEFLATE stream of the file at <paramref name="path"/> to <paramref name="target"/> when a
        /// file of this CRC-32 and length is what the archive holds, in pieces of 64 KB (a big file's copy is made without an
        /// array of its size); false when the archive does not hold it (then <paramref name="target"/> may hold a part).</summary>
        public bool CopyDeflatedTo(string path, uint crc32, long length, Stream target)
        {
            if (Find(path, crc32, length) is not { } found) return false;
            var header = new byte[found.HeaderLength];
            if (!TryRead(header, found.HeaderOffset) || !HeaderMatches(header, path, found.Entry)) return false;
            try
            {
                FileRange.CopyTo(_file!, found.HeaderOffset + found.HeaderLength, found.Length, target);
                return true;
            }
            catch (IOException) { return false; }
        }

        /// <summary>Where the archive should hold the local header and DEFLATE data of the file at <paramref name="path"/>,
        /// when a file of this CRC-32 and size is what it holds.</summary>
        private (EntryHeader Entry, long HeaderOffset, int HeaderLength, int Length)? Find(string path, uint crc32, long size)
        {
            if (_file is null || _snapshot is null || !_snapshot.Entries.TryGetValue(path, out var found)) return null;
            var entry = found.Entry;
            if (entry.Size != size || entry.Crc32 != crc32) return null;
            return (entry, found.HeaderOffset, DeterministicZip.LocalHeaderLengthOf(path), checked((int)entry.Length));
        }

        private bool TryRead(Span<byte> into, long offset)
        {
            try
            {
                return RandomAccess.Read(_file!, into, offset) == into.Length;
            }
            catch (IOException) { return false; }
        }

        /// <summary>True when the archive on disk has the entry's local header where the layout puts it.</summary>
        private static bool HeaderMatches(ReadOnlySpan<byte> header, string path, EntryHeader entry) =>
            BinaryPrimitives.ReadUInt32LittleEndian(header) == 0x04034b50
            && BinaryPrimitives.ReadUInt16LittleEndian(header[8..]) == 8
            && BinaryPrimitives.ReadUInt32LittleEndian(header[14..]) == entry.Crc32
            && BinaryPrimitives.ReadUInt32LittleEndian(header[18..]) == (uint)entry.Length
            && BinaryPrimitives.ReadUInt32LittleEndian(header[22..]) == (uint)entry.Size
            && header[30..].SequenceEqual(Encoding.UTF8.GetBytes(path));
    }
}

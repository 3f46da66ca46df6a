using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;

using Lotse.Kernel;

namespace Lotse.Features.Offline;

/// <summary>
/// Writes a ZIP archive that is byte-identical for the same files: <c>index.html</c> first (so it sits at
/// the top of the archive), then the other entries in ordinal order, every entry with the same fixed
/// timestamp and permissions, formats that are compressed already stored as they are. Entries are
/// compressed on all cores, each on its own (<see cref="Compress"/>), and then put together
/// (<see cref="Assemble"/>), so an archive that changes in a few files need not compress the others again.
/// </summary>
public static class DeterministicZip
{
    private static readonly HashSet<string> Stored = new(StringComparer.OrdinalIgnoreCase)
        { ".zip", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".woff", ".woff2", ".gz", ".br", ".pdf" };

    /// <summary>The default timestamp: the earliest a ZIP can store.</summary>
    public static readonly DateTime DefaultTimestamp = new(1980, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    /// <summary>Entry order: <c>index.html</c>, then ordinal.</summary>
    public static IEnumerable<T> Ordered<T>(IEnumerable<T> entries, Func<T, string> path) => entries
        .OrderBy(e => path(e) == "index.html" ? 0 : 1)
        .ThenBy(path, StringComparer.Ordinal);

    /// <summary>The archive of <paramref name="entries"/>, compressed one after the other (the offline archive is
    /// made by <see cref="ArchiveWithSize"/>, on all cores).</summary>
    public static byte[] Write(IEnumerable<ArchiveEntry> entries, DateTime timestamp, string comment = "") =>
        Assemble(entries.Select(Compress), timestamp, comment);

    /// <summary><see cref="Compress(string, ReadOnlyMemory{byte})"/>, or, for a <paramref name="head"/>, <see cref="DeflateHead"/>
    /// (the result's <see cref="CompressedEntry.Size"/> is then the head's length); with a <paramref name="memo"/>,
    /// taken from the previous build when it compressed the same path and bytes.</summary>
    public static CompressedEntry Compress(string path, ReadOnlyMemory<byte> bytes, Memo<CompressedEntry>? memo, bool head = false)
    {
        CompressedEntry Now() => head ? new CompressedEntry(path, 0, bytes.Length, true, DeflateHead(bytes.Span)) : Compress(path, bytes);
        if (memo is null) return Now();
        var key = new Fingerprint().Add(path).Add(head ? "head" : "whole").Add(XxHash128.HashToUInt128(bytes.Span)).Value;
        return memo.GetOrAdd(key, Now)!;
    }

    public static CompressedEntry Compress(ArchiveEntry file) => Compress(file.Path, file.Bytes);

    /// <summary>A file as an entry: deflated, or stored (a format compressed already, or empty: then its bytes are the
    /// entry's data, the same array when they are a whole one).</summary>
    public static CompressedEntry Compress(string path, ReadOnlyMemory<byte> bytes)
    {
        var crc = Crc32.HashToUInt32(bytes.Span);
        if (Stored.Contains(Path.GetExtension(path)) || bytes.Length == 0)
            return new CompressedEntry(path, crc, bytes.Length, false, ArrayOf(bytes));
        return new CompressedEntry(path, crc, bytes.Length, true, Deflate(bytes.Span));
    }

    private static byte[] ArrayOf(ReadOnlyMemory<byte> bytes) =>
        MemoryMarshal.TryGetArray(bytes, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array : bytes.ToArray();

    /// <summary>The start of a file, deflated and ended with a sync flush (byte-aligned, not final), so that a
    /// separately deflated rest can follow it in the same entry (<see cref="Joined"/>).</summary>
    public static byte[] DeflateHead(ReadOnlySpan<byte> head)
    {
        using var buffer = new MemoryStream(head.Length / 3 + 64);
        var deflate = new DeflateStream(buffer, Level(), leaveOpen: true);
        deflate.Write(head);
        deflate.Flush(); // sync flush: everything so far, byte-aligned, no final block
        var bytes = buffer.ToArray(); // taken before disposing, which would end the stream
        deflate.Dispose();
        return bytes;
    }

    /// <summary>An entry from a head deflated once (<see cref="DeflateHead"/>) and a rest deflated on its own
    /// (<paramref name="deflatedRest"/>, by <see cref="Deflate"/>): a file whose end changes between rounds is not compressed
    /// whole each time. The <paramref name="headCrc"/> has seen the head and is not changed. A head moved into an
    /// <see cref="ArchiveSpool"/> is <paramref name="spooledHead"/> (and <paramref name="deflatedHead"/> empty).</summary>
    public static CompressedEntry Joined(string path, int headLength, byte[] deflatedHead, System.IO.Hashing.Crc32 headCrc, ReadOnlySpan<byte> rest, byte[] deflatedRest,
        SpooledBytes? spooledHead = null)
    {
        var crc = headCrc.Clone();
        crc.Append(rest);
        return new CompressedEntry(path, crc.GetCurrentHashAsUInt32(), headLength + rest.Length, true, deflatedHead, deflatedRest, spooledHead);
    }

    /// <summary>Bytes deflated whole (a final block), as an entry's data or the rest after a <see cref="DeflateHead"/>.</summary>
    public static byte[] Deflate(byte[] bytes) => Deflate(bytes.AsSpan());

    /// <inheritdoc cref="Deflate(byte[])"/>
    public static byte[] Deflate(ReadOnlySpan<byte> bytes)
    {
        using var buffer = new MemoryStream(bytes.Length / 3 + 64);
        using (var deflate = new DeflateStream(buffer, Level(), leaveOpen: true)) deflate.Write(bytes);
        return buffer.ToArray();
    }

    /// <summary>
    /// zlib level 6, what the precompressed <c>.gz</c> copies use (<c>GZipStream</c> at <see cref="CompressionLevel.Optimal"/>):
    /// the same raw DEFLATE stream, so <c>Features/Precompression</c> wraps the archive's data of a page in a gzip header and
    /// trailer instead of deflating the page again (<see cref="ArchivedDeflates"/>). Measured on the 10k-page benchmark site
    /// (418 MB of files, one core): level 6 took 6.6 s CPU for a 96.2 MB archive, level 3 4.5 s for 101.0 MB; with the
    /// <c>.gz</c> copies no longer deflated (5.7 s at level 6), the build deflates each page once.
    /// </summary>
    private static ZLibCompressionOptions Level() => new() { CompressionLevel = 6 };

    /// <summary>The archive of compressed entries (local headers, data, central directory, end record).</summary>
    public static byte[] Assemble(IEnumerable<CompressedEntry> entries, DateTime timestamp, string comment = "")
    {
        using var zip = new MemoryStream();
        WriteTo(zip, entries, timestamp, comment);
        return zip.ToArray();
    }

    /// <summary>The length of the archive <see cref="WriteTo"/> writes, without writing it.</summary>
    public static long SizeOf(IEnumerable<CompressedEntry> entries, string comment = "")
    {
        long size = EndRecordLength + Encoding.UTF8.GetByteCount(comment);
        foreach (var entry in entries)
            size += LocalHeaderLength + CentralHeaderLength + 2L * Encoding.UTF8.GetByteCount(entry.Path) + entry.Length;
        return size;
    }

    /// <summary>Where each entry's local header starts in the archive <see cref="WriteTo"/> writes, in its order.</summary>
    public static IEnumerable<(CompressedEntry Entry, long HeaderOffset)> Layout(IEnumerable<CompressedEntry> entries)
    {
        long position = 0;
        foreach (var entry in Ordered(entries, e => e.Path))
        {
            yield return (entry, position);
            position += LocalHeaderLength + Encoding.UTF8.GetByteCount(entry.Path) + entry.Length;
        }
    }

    /// <summary>The length of an entry's local header with its name: its data follows.</summary>
    public static int LocalHeaderLengthOf(string path) => LocalHeaderLength + Encoding.UTF8.GetByteCount(path);

    /// <summary>Writes the archive to <paramref name="stream"/>: local headers with the data, then the central
    /// directory and the end record.</summary>
    public static void WriteTo(Stream stream, IEnumerable<CompressedEntry> entries, DateTime timestamp, string comment = "")
    {
        var (time, date) = DosTime(timestamp);
        var commentBytes = Encoding.UTF8.GetBytes(comment);
        var central = new MemoryStream();
        var count = 0;
        long position = 0;
        foreach (var entry in Ordered(entries, e => e.Path))
        {
            var name = Encoding.UTF8.GetBytes(entry.Path);
            var offset = (uint)position;
            Header(stream, 0x04034b50, central: false, entry, name, time, date, offset);
            entry.WriteDataTo(stream);
            Header(central, 0x02014b50, central: true, entry, name, time, date, offset);
            position += LocalHeaderLength + name.Length + entry.Length;
            count++;
        }
        var centralOffset = (uint)position;
        central.Position = 0;
        central.CopyTo(stream);
        Span<byte> end = stackalloc byte[EndRecordLength];
        end.Clear();
        BinaryPrimitives.WriteUInt32LittleEndian(end, 0x06054b50);
        BinaryPrimitives.WriteUInt16LittleEndian(end[8..], (ushort)count);
        BinaryPrimitives.WriteUInt16LittleEndian(end[10..], (ushort)count);
        BinaryPrimitives.WriteUInt32LittleEndian(end[12..], (uint)central.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(end[16..], centralOffset);
        BinaryPrimitives.WriteUInt16LittleEndian(end[20..], (ushort)commentBytes.Length);
        stream.Write(end);
        stream.Write(commentBytes);
    }

    private const int LocalHeaderLength = 30;
    private const int CentralHeaderLength = 46;
    private const int EndRecordLength = 22;

    private static void Header(Stream stream, uint signature, bool central, CompressedEntry entry, byte[] name, ushort time, ushort date, uint offset)
    {
        Span<byte> header = stackalloc byte[46];
        var h = header[..(central ? 46 : 30)];
        h.Clear();
        BinaryPrimitives.WriteUInt32LittleEndian(h, signature);
        var at = 4;
        if (central) { BinaryPrimitives.WriteUInt16LittleEndian(h[at..], 3 << 8 | 20); at += 2; } // made by: Unix, ZIP 2.0
        BinaryPrimitives.WriteUInt16LittleEndian(h[at..], 20); // needed: ZIP 2.0
        BinaryPrimitives.WriteUInt16LittleEndian(h[(at + 2)..], 0x0800); // names in UTF-8
        BinaryPrimitives.WriteUInt16LittleEndian(h[(at + 4)..], (ushort)(entry.Deflated ? 8 : 0));
        BinaryPrimitives.WriteUInt16LittleEndian(h[(at + 6)..], time);
        BinaryPrimitives.WriteUInt16LittleEndian(h[(at + 8)..], date);
        BinaryPrimitives.WriteUInt32LittleEndian(h[(at + 10)..], entry.Crc32);
        BinaryPrimitives.WriteUInt32LittleEndian(h[(at + 14)..], (uint)entry.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(h[(at + 18)..], (uint)entry.Size);
        BinaryPrimitives.WriteUInt16LittleEndian(h[(at + 22)..], (ushort)name.Length);
        if (central)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(h[38..], 0x81A4u << 16); // a regular file, rw-r--r--
            BinaryPrimitives.WriteUInt32LittleEndian(h[42..], offset);
        }
        stream.Write(h);
        stream.Write(name);
    }

    private static (ushort Time, ushort Date) DosTime(DateTime t) =>
        ((ushort)(t.Hour << 11 | t.Minute << 5 | t.Second / 2), (ushort)((t.Year - 1980) << 9 | t.Month << 5 | t.Day));
}

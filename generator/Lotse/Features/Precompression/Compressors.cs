using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;

namespace Lotse.Features.Precompression;

/// <summary>gzip and Brotli from the .NET base library, with fixed settings, so the same bytes always give the same
/// compressed bytes (gzip's header carries no file name and no time).</summary>
internal static class Compressors
{
    /// <summary>Brotli's window: 4 MB (what the <c>brotli</c> tool uses).</summary>
    public const int BrotliWindow = 22;

    /// <summary>zlib's level 6 (<c>gzip -6</c>, gzip's default): the 10k corpus's 87 MB search shard in 1.3 s instead of 6.4 s
    /// at level 9 for 1.5 % more bytes; a page of 15 KB 0.1 % more.</summary>
    public static byte[] Gzip(ReadOnlySpan<byte> bytes)
    {
        using var buffer = new MemoryStream(bytes.Length / 3 + 64);
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(bytes);
        return buffer.ToArray();
    }

    /// <summary>The header <see cref="Gzip"/> writes (no name, no time; the level's flag, the system's code).</summary>
    private static readonly byte[] GzipHeader = Gzip([0]).AsSpan(0, 10).ToArray(); // (of nothing, GZipStream writes nothing)

    /// <summary>The gzip file of <paramref name="bytes"/> from their raw DEFLATE stream made elsewhere (the offline
    /// archive's, at the same level), as pieces: <see cref="Gzip"/>'s header, the stream, CRC-32 and size.</summary>
    public static ReadOnlyMemory<byte>[] GzipOf(ReadOnlySpan<byte> bytes, ReadOnlyMemory<byte> deflated) =>
        [GzipHeader, deflated, GzipTrailer(Crc32.HashToUInt32(bytes), bytes.Length)];

    /// <summary><see cref="GzipOf(ReadOnlySpan{byte}, ReadOnlyMemory{byte})"/> for a file known by its CRC-32 and length,
    /// with its DEFLATE stream in pieces.</summary>
    public static List<ReadOnlyMemory<byte>> GzipOf(uint crc32, long length, List<ReadOnlyMemory<byte>> deflated)
    {
        var pieces = new List<ReadOnlyMemory<byte>>(deflated.Count + 2) { GzipHeader };
        pieces.AddRange(deflated);
        pieces.Add(GzipTrailer(crc32, length));
        return pieces;
    }

    /// <summary>gzip's trailer: the CRC-32 and the length (modulo 2^32) of the uncompressed bytes.</summary>
    private static byte[] GzipTrailer(uint crc32, long length)
    {
        var trailer = new byte[8];
        BinaryPrimitives.WriteUInt32LittleEndian(trailer, crc32);
        BinaryPrimitives.WriteUInt32LittleEndian(trailer.AsSpan(4), (uint)length);
        return trailer;
    }

    /// <summary>The Brotli file of <paramref name="bytes"/>, in the rented array it was made in (not copied again; dispose
    /// it). The array is first half the file's size (text shrinks to a fifth or less; for the 31 MB search shard of 10k
    /// pages this held 16 MB less while it was compressed), and only when that is too small the most Brotli can need: the
    /// encoder's output does not depend on the buffer it gets, only whether it fits.</summary>
    public static RentedBytes Brotli(ReadOnlySpan<byte> bytes, int quality)
    {
        var target = RentedBytes.Rent(bytes.Length / 2 + 64);
        if (BrotliEncoder.TryCompress(bytes, target.Writable, out var written, quality, BrotliWindow)) return target.Take(written);
        target.Dispose();
        target = RentedBytes.Rent(BrotliEncoder.GetMaxCompressedLength(bytes.Length));
        if (BrotliEncoder.TryCompress(bytes, target.Writable, out written, quality, BrotliWindow)) return target.Take(written);
        target.Dispose();
        throw new InvalidOperationException("Brotli could not compress the file.");
    }
}

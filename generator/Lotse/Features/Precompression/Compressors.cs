using System.IO.Compression;

namespace Lotse.Features.Precompression;

/// <summary>gzip and Brotli from the .NET base library, with fixed settings, so the same bytes always give the same
/// compressed bytes (gzip's header carries no file name and no time).</summary>
internal static class Compressors
{
    /// <summary>Brotli's window: 4 MB (what the <c>brotli</c> tool uses).</summary>
    public const int BrotliWindow = 22;

    public static byte[] Gzip(ReadOnlySpan<byte> bytes)
    {
        using var buffer = new MemoryStream(bytes.Length / 3 + 64);
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true)) gzip.Write(bytes);
        return buffer.ToArray();
    }

    public static byte[] Brotli(ReadOnlySpan<byte> bytes, int quality)
    {
        var target = new byte[BrotliEncoder.GetMaxCompressedLength(bytes.Length)];
        if (!BrotliEncoder.TryCompress(bytes, target, out var written, quality, BrotliWindow))
            throw new InvalidOperationException("Brotli could not compress the file.");
        return target.AsSpan(0, written).ToArray();
    }
}

using System.Buffers;
using System.IO.Compression;
using System.IO.Hashing;
using Lotse.Features.Offline;

namespace Lotse.Features.Precompression;

/// <summary>
/// The copies of a file bigger than <see cref="RentedBytes.PooledMax"/> (search shards and Gesamtausgaben: 5–45 MB at 10k
/// pages, 5× that at 50k), made from reads of <see cref="ReadSize"/> instead of from an array of the whole file, into
/// <see cref="ChunkedBuffer"/>s: the arrays of whole files and of their copies went to the large object heap and were
/// the peak of a 10k-page build's memory. The copies have the same bytes as those made whole.
/// </summary>
internal static class BigFileCopies
{
    /// <summary>Brotli is given the file 1 MiB at a time: its output then equals the one made from the whole file (checked on
    /// the 10k benchmark's shard and Gesamtausgaben; given 64 KB at a time, the encoder made smaller blocks, 4 % bigger).</summary>
    public const int ReadSize = 1 << 20;

    /// <summary>The file's Brotli copy (when <paramref name="brotliQuality"/> is given) and its CRC-32 and length, from one
    /// read of it.</summary>
    public static (ChunkedBuffer? Brotli, uint Crc32, long Length) Read(string file, int? brotliQuality)
    {
        using var handle = File.OpenHandle(file, FileMode.Open, FileAccess.Read, FileShare.Read);
        var length = RandomAccess.GetLength(handle);
        var encoder = brotliQuality is { } quality ? new BrotliEncoder(quality, Compressors.BrotliWindow) : default;
        var brotli = brotliQuality is null ? null : new ChunkedBuffer();
        var crc = new Crc32();
        var input = ArrayPool<byte>.Shared.Rent(ReadSize);
        try
        {
            long at = 0;
            do
            {
                var read = ReadAt(handle, input.AsSpan(0, (int)Math.Min(ReadSize, length - at)), at);
                at += read;
                var piece = input.AsSpan(0, read);
                crc.Append(piece);
                if (brotli is not null) Compress(ref encoder, piece, final: at == length, brotli);
            } while (at < length);
            return (brotli, crc.GetCurrentHashAsUInt32(), length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(input);
            encoder.Dispose();
        }
    }

    /// <summary>The gzip copy: the offline archive's DEFLATE data of the file in a gzip frame when the archive holds these
    /// bytes, or else made here from reads of the file.</summary>
    public static List<ReadOnlyMemory<byte>> Gzip(string path, string file, uint crc, long length, ArchivedDeflates.Reader archived)
    {
        var deflated = new ChunkedBuffer();
        if (archived.CopyDeflatedTo(path, crc, length, deflated)) return Compressors.GzipOf(crc, length, deflated.Pieces());
        var gzip = new ChunkedBuffer();
        using (var compressor = new GZipStream(gzip, CompressionLevel.Optimal, leaveOpen: true))
        using (var handle = File.OpenHandle(file, FileMode.Open, FileAccess.Read, FileShare.Read))
        {
            var input = ArrayPool<byte>.Shared.Rent(ReadSize);
            try
            {
                for (long at = 0; at < length;)
                {
                    var read = ReadAt(handle, input.AsSpan(0, (int)Math.Min(ReadSize, length - at)), at);
                    compressor.Write(input, 0, read);
                    at += read;
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(input);
            }
        }
        return gzip.Pieces();
    }

    private static void Compress(ref BrotliEncoder encoder, ReadOnlySpan<byte> piece, bool final, ChunkedBuffer output)
    {
        while (true)
        {
            var status = encoder.Compress(piece, output.Free, out var consumed, out var written, final);
            output.Advance(written);
            piece = piece[consumed..];
            switch (status)
            {
                case OperationStatus.Done: return;
                case OperationStatus.NeedMoreData when !final: return;
                case OperationStatus.DestinationTooSmall: continue;
                default: throw new InvalidOperationException("Brotli could not compress the file.");
            }
        }
    }

    private static int ReadAt(Microsoft.Win32.SafeHandles.SafeFileHandle handle, Span<byte> buffer, long offset)
    {
        var done = 0;
        while (done < buffer.Length)
        {
            var read = RandomAccess.Read(handle, buffer[done..], offset + done);
            if (read == 0) throw new IOException("The file became shorter while it was compressed.");
            done += read;
        }
        return done;
    }
}

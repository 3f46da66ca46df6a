using System.Buffers;
using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;
using System.Text.Unicode;

using Lotse.Kernel;

namespace Lotse.Features.Offline;

/// <summary>The service worker's version: a hash of every file's path, length and bytes, in path order. Each file is
/// hashed on its own (<see cref="Of"/> on all cores, XxHash128), and those hashes are combined in path order, so the
/// version changes whenever any byte of any file does, and is the same for the same files.</summary>
public static class ServiceWorkerVersion
{
    /// <param name="paths">The files' paths in ordinal order.</param>
    /// <param name="hash">Hashes the file at an index (<see cref="OfFile"/>, <see cref="OfText"/>).</param>
    /// <returns>16 hex digits.</returns>
    /// <param name="cancellation">Stops hashing (<see cref="OperationCanceledException"/>).</param>
    public static string Of(IReadOnlyList<string> paths, CancellationToken cancellation, Func<int, FileHash> hash)
    {
        var files = new FileHash[paths.Count];
        Parallel.For(0, paths.Count, new ParallelOptions { CancellationToken = cancellation }, i => files[i] = hash(i));
        var combined = new XxHash128();
        Span<byte> record = stackalloc byte[8 + 16];
        for (var i = 0; i < files.Length; i++)
        {
            combined.Append(Encoding.UTF8.GetBytes(paths[i] + "\n"));
            BinaryPrimitives.WriteInt64LittleEndian(record, files[i].Length);
            BinaryPrimitives.WriteUInt128LittleEndian(record[8..], files[i].Hash);
            combined.Append(record);
        }
        return Convert.ToHexStringLower(combined.GetCurrentHash())[..16];
    }

    /// <summary>The hash of a written document: from its text or bytes in memory, else from its <paramref name="file"/>.</summary>
    public static FileHash Of(Document document, string file) => document.Body switch
    {
        TextBody => OfText(document.Content),
        Utf8Body utf8 => OfBytes(utf8.Bytes),
        _ => OfFile(file),
    };

    public static FileHash OfBytes(ReadOnlySpan<byte> bytes) => new(bytes.Length, XxHash128.HashToUInt128(bytes));

    /// <summary>The hash of bytes held in pieces (a search shard: no copy of it whole).</summary>
    public static FileHash OfBytes(ReadOnlySequence<byte> bytes)
    {
        var hash = new XxHash128();
        foreach (var segment in bytes) hash.Append(segment.Span);
        return new FileHash(bytes.Length, hash.GetCurrentHashAsUInt128());
    }

    /// <summary>The hash of a file's bytes, read in pieces (not held whole).</summary>
    public static FileHash OfFile(string path)
    {
        using var handle = File.OpenHandle(path);
        var hash = new XxHash128();
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            long length = 0;
            for (int read; (read = RandomAccess.Read(handle, buffer, length)) > 0; length += read) hash.Append(buffer.AsSpan(0, read));
            return new FileHash(length, hash.GetCurrentHashAsUInt128());
        }
        finally { ArrayPool<byte>.Shared.Return(buffer); }
    }

    /// <summary>The hash of a text's UTF-8 bytes (as a file holds it), encoded in pieces (a Gesamtausgabe is tens of MB).</summary>
    public static FileHash OfText(string text)
    {
        var hash = new XxHash128();
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            long length = 0;
            var rest = text.AsSpan();
            while (true)
            {
                // A piece ends before a character that does not fit whole; lone surrogates become U+FFFD, as Encoding.UTF8 writes them.
                var status = Utf8.FromUtf16(rest, buffer, out var read, out var written, replaceInvalidSequences: true, isFinalBlock: true);
                hash.Append(buffer.AsSpan(0, written));
                length += written;
                rest = rest[read..];
                if (status != OperationStatus.DestinationTooSmall) break;
            }
            return new FileHash(length, hash.GetCurrentHashAsUInt128());
        }
        finally { ArrayPool<byte>.Shared.Return(buffer); }
    }

    /// <summary>A file's length and XxHash128.</summary>
    public readonly record struct FileHash(long Length, UInt128 Hash);
}

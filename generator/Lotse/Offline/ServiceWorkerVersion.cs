using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Lotse.Offline;

/// <summary>The service worker's version, built file by file in path order: a hash of every path, its length and
/// its bytes, so that the bytes need not all be held at once.</summary>
public sealed class ServiceWorkerVersion : IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    /// <summary>Adds the next file; files must come in ordinal order of their paths.</summary>
    public void Add(string path, ReadOnlySpan<byte> bytes)
    {
        _hash.AppendData(Encoding.UTF8.GetBytes(path + "\n" + bytes.Length + "\n"));
        _hash.AppendData(bytes);
    }

    /// <summary>Adds the next file, given in chunks.</summary>
    public void Add(string path, ReadOnlySequence<byte> bytes)
    {
        _hash.AppendData(Encoding.UTF8.GetBytes(path + "\n" + bytes.Length + "\n"));
        foreach (var segment in bytes) _hash.AppendData(segment.Span);
    }

    /// <summary>Adds the next file, read from <paramref name="bytes"/> to its end in pieces.</summary>
    public void Add(string path, Stream bytes)
    {
        _hash.AppendData(Encoding.UTF8.GetBytes(path + "\n" + (bytes.Length - bytes.Position) + "\n"));
        var buffer = new byte[64 * 1024];
        int read;
        while ((read = bytes.Read(buffer)) > 0) _hash.AppendData(buffer, 0, read);
    }

    /// <summary>The first 16 hex digits of the hash.</summary>
    public string Value => Convert.ToHexStringLower(_hash.GetHashAndReset())[..16];

    public void Dispose() => _hash.Dispose();
}

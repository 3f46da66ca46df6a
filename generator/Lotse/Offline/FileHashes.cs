using System.Collections.Concurrent;
using System.IO.Hashing;

namespace Lotse.Offline;

/// <summary>The hashes of written files for the service worker's version (<see cref="ServiceWorkerScript.Version"/>),
/// remembered by length and modification time for <c>lotse serve</c>: a rebuild reads again only the files it wrote.</summary>
public sealed class FileHashes
{
    private readonly ConcurrentDictionary<string, (long Length, long Ticks, UInt128 Hash)> _known = new(StringComparer.Ordinal);

    /// <summary>The XxHash128 of a file's bytes and its length.</summary>
    public (UInt128 Hash, long Length) Of(string file)
    {
        var info = new FileInfo(file);
        var ticks = info.LastWriteTimeUtc.Ticks;
        if (_known.TryGetValue(file, out var known) && known.Length == info.Length && known.Ticks == ticks) return (known.Hash, known.Length);
        var bytes = File.ReadAllBytes(file);
        var hash = XxHash128.HashToUInt128(bytes);
        // Only what was read after its last change is remembered (a file written within the same tick is read again).
        if (File.GetLastWriteTimeUtc(file).Ticks == ticks && ticks < DateTime.UtcNow.AddSeconds(-1).Ticks) _known[file] = (bytes.Length, ticks, hash);
        return (hash, bytes.Length);
    }
}

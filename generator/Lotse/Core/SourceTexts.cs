using System.Collections.Concurrent;

namespace Lotse.Core;

/// <summary>
/// The texts of the source files as the last build in <c>lotse serve</c> read them, by path, with the length and
/// modification time they had: a rebuild reads again only the files that changed (and gets the same string for the
/// others, so that what follows finds its results by instance, <see cref="InstanceFingerprints"/>). A file changed less
/// than two seconds before it was read is not remembered (file systems with coarse times could hide a second change).
/// </summary>
public sealed class SourceTexts
{
    private static readonly TimeSpan Settled = TimeSpan.FromSeconds(2);
    private readonly ConcurrentDictionary<string, (long Length, DateTime Changed, string Text)> _known = new(StringComparer.Ordinal);

    public string? Read(string path, Func<string?> read)
    {
        var info = new FileInfo(path);
        if (!info.Exists) { _known.TryRemove(path, out _); return read(); }
        var (length, changed) = (info.Length, info.LastWriteTimeUtc);
        if (_known.TryGetValue(path, out var known) && known.Length == length && known.Changed == changed) return known.Text;
        var text = read();
        if (text is not null && DateTime.UtcNow - changed > Settled) _known[path] = (length, changed, text);
        else _known.TryRemove(path, out _);
        return text;
    }
}

using System.Collections.Concurrent;
using Lotse.Kernel;

namespace Lotse.Site;

/// <summary>
/// The texts of the source files as the last build in <c>lotse serve</c> read them, by path, with the length and
/// modification time they had: a rebuild reads again only the files that changed (and gets the same string for the
/// others, so that what follows finds its results by instance, <see cref="InstanceFingerprints"/>). A file changed less
/// than two seconds before it was read is not remembered (file systems with coarse times could hide a second change).
/// Once told what changed (<see cref="Suspect"/>, from serve's file watcher), a rebuild does not even ask the file
/// system about the other files; until then, and for every file reported changed, it compares length and time.
/// </summary>
public sealed class SourceTexts
{
    private static readonly TimeSpan Settled = TimeSpan.FromSeconds(2);
    private readonly ConcurrentDictionary<string, (long Length, DateTime Changed, string Text)> _known = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _suspect = new(StringComparer.Ordinal);
    private volatile bool _watched;

    /// <summary>Before a rebuild: the files (full paths) that may have changed since the last build began, as the file
    /// watcher reported them; null when that is not known (then every file is compared again).</summary>
    public void Suspect(IEnumerable<string>? changed)
    {
        foreach (var path in changed ?? _known.Keys) _suspect[path] = true;
        _watched = true;
    }

    public string? Read(string path, Func<string?> read)
    {
        if (_watched && !_suspect.ContainsKey(path) && _known.TryGetValue(path, out var trusted)) return trusted.Text;
        // Compared now: what changed before this rebuild began is read; a later change is reported for the next one.
        _suspect.TryRemove(path, out _);
        var info = new FileInfo(path);
        if (!info.Exists) { _known.TryRemove(path, out _); return read(); }
        var (length, changed) = (info.Length, info.LastWriteTimeUtc);
        if (_known.TryGetValue(path, out var known) && known.Length == length && known.Changed == changed) return known.Text;
        var text = read();
        if (text is not null && DateTime.UtcNow - changed > Settled) _known[path] = (length, changed, text);
        else _known.TryRemove(path, out _);
        return text;
    }

    /// <summary>The modification time (UTC) <paramref name="path"/> had when <see cref="Read"/> last gave its remembered text; null when not remembered.</summary>
    public DateTime? WriteTime(string path) => _known.TryGetValue(path, out var known) ? known.Changed : null;
}

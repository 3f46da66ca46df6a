using System.Collections.Concurrent;

namespace Lotse.Kernel;

/// <summary>
/// Results remembered from one build for the next, by the <see cref="Fingerprint"/> of their inputs. Keeps what
/// the last build used (and a few more, at most an eighth), so memory does not grow while <c>lotse serve</c> runs for hours.
/// </summary>
public sealed class Memo<T> where T : class
{
    // One dictionary; each entry notes the last build that used it. Taking a result only writes that number (reading a
    // concurrent dictionary takes no lock): with every page of a big site taken at once, storing each result anew in a
    // fresh dictionary had the build's threads mostly waiting for its locks.
    private readonly ConcurrentDictionary<UInt128, Entry> _entries = new();
    private int _build;
    private int _hits;
    private int _used; // how many results this build used or added (about: threads may count one twice)

    /// <summary>How many results this build took from the memo.</summary>
    public int Hits => _hits;

    /// <summary>Starts a build: what the build before last used, and the last build did not, is forgotten.</summary>
    public void NextBuild()
    {
        var last = _build;
        // Only when more than a few results are left over (walking all of a big site's results takes time on every rebuild).
        if (_entries.Count > _used + Math.Max(64, _used / 8))
            foreach (var (key, entry) in _entries)
                if (entry.LastUsed < last) _entries.TryRemove(key, out _);
        _build = last + 1;
        _hits = 0;
        _used = 0;
    }

    public bool TryGet(UInt128 key, out T value)
    {
        if (_entries.TryGetValue(key, out var entry))
        {
            if (entry.LastUsed != _build)
            {
                entry.LastUsed = _build;
                Interlocked.Increment(ref _used);
            }
            value = entry.Value;
            Interlocked.Increment(ref _hits);
            return true;
        }
        value = null!;
        return false;
    }

    public void Set(UInt128 key, T value)
    {
        _entries[key] = new Entry(value, _build);
        Interlocked.Increment(ref _used);
    }

    /// <summary>The result remembered under <paramref name="key"/>, or computes it and remembers it when
    /// <paramref name="keep"/> says so (always when null); a null result is never remembered.</summary>
    public T? GetOrAdd(UInt128 key, Func<T?> compute, Func<bool>? keep = null)
    {
        if (TryGet(key, out var remembered)) return remembered;
        var computed = compute();
        if (computed is not null && (keep is null || keep())) Set(key, computed);
        return computed;
    }

    private sealed class Entry(T value, int lastUsed)
    {
        public T Value { get; } = value;

        /// <summary>Written by many threads at once, all with the same number.</summary>
        public int LastUsed { get; set; } = lastUsed;
    }
}

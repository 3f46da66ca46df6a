using System.Collections.Concurrent;

namespace Lotse.Core;

/// <summary>
/// Results remembered from one build for the next, by the <see cref="Fingerprint"/> of their inputs. Keeps what
/// the last two builds used, so memory does not grow while <c>lotse serve</c> runs for hours.
/// </summary>
public sealed class Memo<T> where T : class
{
    private ConcurrentDictionary<UInt128, T> _current = new(ConcurrencyLevel, 31);
    private ConcurrentDictionary<UInt128, T> _previous = new();

    private int _hits;

    private const int ConcurrencyLevel = 64;

    /// <summary>How many results this build took from the memo.</summary>
    public int Hits => _hits;

    /// <summary>Starts a build: what the build before last used, and the last build did not, is forgotten.</summary>
    public void NextBuild()
    {
        _previous = _current;
        // Sized for as many results as the last build had, with many locks: growing a concurrent dictionary locks all of
        // it, and with every page of a big site added at once the build's threads mostly waited for each other.
        _current = new ConcurrentDictionary<UInt128, T>(ConcurrencyLevel, Math.Max(31, _previous.Count * 5 / 4));
        _hits = 0;
    }

    public bool TryGet(UInt128 key, out T value)
    {
        if (_current.TryGetValue(key, out value!) || _previous.TryGetValue(key, out value!))
        {
            _current[key] = value;
            Interlocked.Increment(ref _hits);
            return true;
        }
        return false;
    }

    public void Set(UInt128 key, T value) => _current[key] = value;

    /// <summary>The result remembered under <paramref name="key"/>, or computes it and remembers it. With
    /// <paramref name="reportsTo"/>, only a computation that reported nothing there is remembered (a reused result
    /// would not report its problems again); a null result is never remembered.</summary>
    public T? GetOrAdd(UInt128 key, Func<T?> compute, Diagnostics.DiagnosticBag? reportsTo = null)
    {
        if (TryGet(key, out var remembered)) return remembered;
        var reported = reportsTo?.Count ?? 0;
        var computed = compute();
        if (computed is not null && (reportsTo?.Count ?? 0) == reported) Set(key, computed);
        return computed;
    }
}

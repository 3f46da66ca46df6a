using System.Runtime.CompilerServices;

namespace Lotse.Kernel;

/// <summary>
/// What a module made from each document in an earlier build of <c>lotse serve</c>, by the very document it was given
/// (a rebuild takes unchanged pages from the previous build as the same instances, the build cache), with the
/// value of whatever else the result depends on. A rebuild that gives the module the same document with the same
/// value gets the same result back, so that the modules after it find theirs by instance too. Held weakly: an entry
/// goes with its document.
/// </summary>
public sealed class DerivedDocuments<TKey>
{
    private readonly ConditionalWeakTable<Document, Derived> _made = new();

    /// <summary>The document made from <paramref name="input"/> with <paramref name="key"/> before, or <paramref name="make"/>'s.
    /// <paramref name="make"/> must depend on nothing but the document and the key, and report nothing.</summary>
    public Document Get(Document input, TKey key, Func<Document, TKey, Document> make)
    {
        if (_made.TryGetValue(input, out var known) && EqualityComparer<TKey>.Default.Equals(known.Key, key)) return known.Output;
        var output = make(input, key);
        _made.AddOrUpdate(input, new Derived(key, output));
        return output;
    }

    private sealed record Derived(TKey Key, Document Output);
}

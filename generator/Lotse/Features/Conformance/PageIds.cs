using System.Runtime.InteropServices;
using System.Text;

namespace Lotse.Features.Conformance;

/// <summary>
/// The ids of a page's elements (the tree's <see cref="PageTreeSpace"/>, reused page after page): each id's first element
/// and how many elements give it. Issue 26: a page has dozens of ids and the checks ask for few of them (the skip link's
/// target, a label's field), so an id written in ASCII is kept as its place in the page's bytes, not as a string
/// (10 MiB at 10,000 pages); an id with a character reference or other characters is kept as its text.
/// </summary>
internal sealed class PageIds
{
    /// <summary>An id: its text, or (<see cref="Text"/> null) the ASCII bytes of the page at <see cref="Start"/>.</summary>
    private readonly record struct Key(string? Text, int Start, int Length);

    private readonly PageTreeSpace space;
    private readonly Dictionary<Key, (PageElement First, int Count)> ids;

    public PageIds(PageTreeSpace space)
    {
        this.space = space;
        ids = new Dictionary<Key, (PageElement, int)>(new KeyComparer(space));
    }

    public void Clear() => ids.Clear();

    /// <summary>Counts the element's id (its attribute at <paramref name="attribute"/> in the space); whether an element
    /// before gave it.</summary>
    public bool Add(PageElement element, int attribute)
    {
        var key = space.IsAsciiPlace(attribute, out var start, out var length) ? new Key(null, start, length) : new Key(space.ValueOf(attribute), 0, 0);
        ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(ids, key, out var exists);
        entry = exists ? (entry.First, entry.Count + 1) : (element, 1);
        return exists;
    }

    /// <summary>The first element with the id, and how many give it; (null, 0) when none.</summary>
    public (PageElement? First, int Count) Of(string id) => ids.TryGetValue(new Key(id, 0, 0), out var entry) ? entry : (null, 0);

    private sealed class KeyComparer(PageTreeSpace space) : IEqualityComparer<Key>
    {
        public bool Equals(Key a, Key b) => (a.Text, b.Text) switch
        {
            (null, null) => space.Bytes(a.Start, a.Length).SequenceEqual(space.Bytes(b.Start, b.Length)),
            (null, { } text) => Ascii.Equals(space.Bytes(a.Start, a.Length), text),
            ({ } text, null) => Ascii.Equals(space.Bytes(b.Start, b.Length), text),
            ({ } x, { } y) => string.Equals(x, y, StringComparison.Ordinal),
        };

        /// <summary>The same for an id's ASCII bytes as for its text (FNV-1a over its characters).</summary>
        public int GetHashCode(Key key)
        {
            var hash = 2166136261u;
            if (key.Text is { } text)
                foreach (var c in text) hash = (hash ^ c) * 16777619u;
            else
                foreach (var b in space.Bytes(key.Start, key.Length)) hash = (hash ^ b) * 16777619u;
            return (int)hash;
        }
    }
}

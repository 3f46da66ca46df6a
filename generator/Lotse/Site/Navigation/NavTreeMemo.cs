using Lotse.Kernel;

namespace Lotse.Site.Navigation;

/// <summary>
/// The navigation tree of the last build in <c>lotse serve</c>, taken again while every page keeps its place, title
/// and front matter (<see cref="InstanceFingerprints.OfPlace"/>, in order) and the explicit navigation is the same:
/// building it sorts every folder's pages by German collation, about 40 ms at 10,000 pages, on every save. The reused
/// tree's nodes are pointed at this build's pages (a page whose body changed is a new document with the same place),
/// so that whatever reads a node's page (the Gesamtausgaben read its HTML) sees this build's.
/// </summary>
public sealed class NavTreeMemo
{
    private readonly Lock _gate = new();
    private (UInt128 Key, NavTree Tree, IReadOnlyList<Document> Pages)? _last;

    /// <summary>How many builds took the last build's tree.</summary>
    public int Reused { get; private set; }

    public NavTree Get(IReadOnlyList<Document> pages, NavLayout layout, InstanceFingerprints fingerprints, Func<NavTree> build)
    {
        var key = new Fingerprint().Add(nameof(NavTree)).Add(pages.Count);
        foreach (var page in pages) key.Add(fingerprints.OfPlace(page));
        key.Add(layout.Source);
        AddEntries(key, layout.Entries);
        var value = key.Value;
        lock (_gate)
        {
            if (_last is { } last && last.Key == value)
            {
                Rebind(last.Tree, last.Pages, pages);
                _last = (value, last.Tree, pages);
                Reused++;
                return last.Tree;
            }
            var tree = build();
            _last = (value, tree, pages);
            return tree;
        }
    }

    /// <summary>Points every node at this build's page: the pages come in the same order as the last build's (the key
    /// holds each one's place, in order), so the i-th old page is the i-th new one.</summary>
    private static void Rebind(NavTree tree, IReadOnlyList<Document> before, IReadOnlyList<Document> now)
    {
        var next = new Dictionary<Document, Document>(before.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < before.Count; i++)
            if (!ReferenceEquals(before[i], now[i])) next[before[i]] = now[i];
        if (next.Count == 0) return;
        var open = new Stack<NavNode>();
        open.Push(tree.Root);
        while (open.Count > 0)
        {
            var node = open.Pop();
            if (next.TryGetValue(node.Page, out var page)) node.Page = page;
            foreach (var child in node.Children) open.Push(child);
        }
        // Nodes that are in no folder's children (a page outside the tree's reach) are rebound too.
        foreach (var node in tree.BySource.Values)
            if (next.TryGetValue(node.Page, out var page)) node.Page = page;
    }

    private static void AddEntries(Fingerprint key, IReadOnlyList<NavEntry> entries)
    {
        key.Add(entries.Count);
        foreach (var entry in entries)
        {
            key.Add(entry.Title).Add(entry.Path).Add(entry.Line).AddValue(entry.YamlPath);
            AddEntries(key, entry.Children);
        }
    }
}

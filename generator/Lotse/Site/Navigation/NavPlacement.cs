using Lotse.Kernel;

namespace Lotse.Site.Navigation;

/// <summary>Applies an explicit navigation to the folder tree: moves each named page or folder below the section it is
/// named in, gives it its position there (and the entry's title), and adds sections without a page of their own.</summary>
internal sealed class NavPlacement(NavNode root, Dictionary<string, NavNode> nodes)
{
    private readonly Dictionary<NavNode, int> _positions = [];
    private readonly List<NavNode> _groups = [];
    private readonly List<NavEntry> _unknown = [];

    public IReadOnlyDictionary<NavNode, int> Positions => _positions;
    public IReadOnlyList<NavNode> Groups => _groups;
    public IReadOnlyList<NavEntry> Unknown => _unknown;

    public void Apply(NavLayout layout)
    {
        if (layout.Entries.Count == 0) return;
        // A Markdown navigation file that is also a page (SUMMARY.md) is not shown as a page.
        if (layout.Source.StartsWith("content/", StringComparison.Ordinal) && nodes.TryGetValue(layout.Source["content/".Length..], out var file))
            Detach(file);
        Place(layout.Entries, root);
    }

    /// <summary>The page of each section without one is its first page; a section with no page below it is dropped.</summary>
    public void FinishGroups()
    {
        foreach (var group in Enumerable.Reverse(_groups))
        {
            var first = group.Children.FirstOrDefault(c => !c.IsHidden);
            if (first is null) Detach(group);
            else group.Page = first.Page;
        }
    }

    private void Place(IReadOnlyList<NavEntry> entries, NavNode parent)
    {
        var position = 0;
        foreach (var entry in entries)
        {
            NavNode? node = null;
            if (entry.Path is { } path)
            {
                node = Find(path);
                if (node is null) _unknown.Add(entry);
                else if (_positions.ContainsKey(node) || node == root || IsAncestorOrSelf(node, parent)) node = null; // named twice, or around itself
                else
                {
                    Move(node, parent);
                    if (entry.Title is { Length: > 0 } title) node.Retitle(title);
                }
            }
            else if (entry.Children.Count > 0)
            {
                node = NavNode.Group(entry.Title ?? "", new Document("content/index.md", "index.html", "", Metadata.Empty), parent);
                parent.Children.Add(node);
                _groups.Add(node);
            }
            if (node is null) continue;
            _positions[node] = position++;
            Place(entry.Children, node);
        }
    }

    /// <summary>The node of a path as links write it: <c>x.md</c>, <c>x</c>, <c>x.html</c>, <c>x/</c>, <c>/x</c>, a folder
    /// (its <c>index.md</c> or <c>README.md</c>).</summary>
    private NavNode? Find(string path)
    {
        var p = path.Trim().TrimStart('/');
        if (p.StartsWith("./", StringComparison.Ordinal)) p = p[2..];
        var hash = p.IndexOfAny(['#', '?']);
        if (hash >= 0) p = p[..hash];
        p = Uri.UnescapeDataString(p).TrimEnd('/');
        if (p.EndsWith(".html", StringComparison.Ordinal)) p = p[..^".html".Length];
        if (p is "" or "index" or "README") return root;
        foreach (var candidate in (string[])[p, p + ".md", p + ".mdx", p + "/index.md", p + "/index.mdx", p + "/README.md"])
            if (nodes.TryGetValue(candidate, out var node)) return node;
        return null;
    }

    private static bool IsAncestorOrSelf(NavNode node, NavNode of)
    {
        for (var n = of; n is not null; n = n.Parent)
            if (n == node) return true;
        return false;
    }

    private void Move(NavNode node, NavNode parent)
    {
        if (node.Parent == parent) return;
        Detach(node);
        node.Parent = parent;
        parent.Children.Add(node);
    }

    private void Detach(NavNode node)
    {
        node.Parent?.Children.Remove(node);
        if (node.Parent is null) root.Children.Remove(node);
        node.Parent = null;
    }
}

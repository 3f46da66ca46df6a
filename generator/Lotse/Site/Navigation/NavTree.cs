using System.Globalization;
using Lotse.Blocks.Paths;
using Lotse.Kernel;

namespace Lotse.Site.Navigation;

/// <summary>
/// The navigation from the folder tree: every folder's index page is the parent of the folder's pages
/// and sub-folders. Siblings are ordered by front matter <c>order</c>, then by a numeric file-name prefix
/// (<c>01-einleitung.md</c>), then by title (German collation,
/// the same on every machine). An explicit navigation (<see cref="NavLayout"/>: <c>content/_data/nav.yml</c>, or GitBook's
/// <c>SUMMARY.md</c> / docsify's <c>_sidebar.md</c>) places the pages it names, in its order, below the section it names
/// them in, and adds its sections without a page of their own; a named folder brings its pages along. Pages it does not
/// name keep their folder's place, after the named ones.
/// </summary>
public sealed class NavTree
{
    private static readonly CompareInfo German = CultureInfo.GetCultureInfo("de-DE").CompareInfo;

    private NavTree(NavNode root, Dictionary<string, NavNode> bySource, List<NavNode> linear, IReadOnlyList<NavEntry> unknown, string source)
    {
        Unknown = unknown;
        Source = source;
        Root = root;
        // A folder's page named index.mdx or x.md (beside x/) is found by its own path too (the tree knows it as x/index.md).
        foreach (var (key, node) in bySource.Where(e => e.Value.Page.ContentPath() != e.Key).ToList())
            bySource.TryAdd(node.Page.ContentPath(), node);
        BySource = bySource;
        Linear = linear;
        _linearIndex = linear.Select((n, i) => (n, i)).ToDictionary(x => x.n, x => x.i);
    }

    private readonly Dictionary<NavNode, int> _linearIndex;

    /// <summary>The position of a node in <see cref="Linear"/>, or -1 when hidden.</summary>
    public int IndexOf(NavNode node) => _linearIndex.GetValueOrDefault(node, -1);

    public NavNode Root { get; }

    /// <summary>Nodes by content-relative source path.</summary>
    public IReadOnlyDictionary<string, NavNode> BySource { get; }

    /// <summary>Visible pages in reading order (depth first), for previous/next links.</summary>
    public IReadOnlyList<NavNode> Linear { get; }

    /// <summary>The entries of the explicit navigation that name no page or folder.</summary>
    public IReadOnlyList<NavEntry> Unknown { get; }

    /// <summary>The file of the explicit navigation (<c>content/_data/nav.yml</c>, <c>content/SUMMARY.md</c>), or empty.</summary>
    public string Source { get; }

    public static NavTree Build(IReadOnlyList<Document> pages, NavLayout layout)
    {
        var keys = FolderPages.Keys(pages.Select(p => p.ContentPath()).ToList());
        var byPath = pages.ToDictionary(p => keys[p.ContentPath()], StringComparer.Ordinal);
        var nodes = new Dictionary<string, NavNode>(byPath.Count, StringComparer.Ordinal);
        // Pages come folder by folder: the parent of the last page's folder is asked for once, not for every page.
        (string Folder, NavNode? Parent)? last = null;
        NavNode NodeOf(string path)
        {
            if (nodes.TryGetValue(path, out var existing)) return existing;
            var slash = path.LastIndexOf('/');
            var isIndex = path == "index.md" || path.EndsWith("/index.md", StringComparison.Ordinal);
            NavNode? parent;
            if (!isIndex && last is { } known && path.AsSpan(0, Math.Max(slash, 0)).SequenceEqual(known.Folder)) parent = known.Parent;
            else
            {
                var parentPath = ParentIndexOf(path);
                parent = parentPath is null || !byPath.ContainsKey(parentPath) ? null : NodeOf(parentPath);
                if (!isIndex) last = (path[..Math.Max(slash, 0)], parent);
            }
            var node = new NavNode(byPath[path], parent) { IsFolderPage = isIndex };
            parent?.Children.Add(node);
            nodes[path] = node;
            return node;
        }
        foreach (var path in byPath.Keys.Order(StringComparer.Ordinal)) NodeOf(path);

        var root = nodes.GetValueOrDefault("index.md") ?? new NavNode(new Document("content/index.md", "index.html", "", Metadata.Empty), null);
        var placed = new NavPlacement(root, nodes);
        placed.Apply(layout);
        foreach (var node in nodes.Values.Concat(placed.Groups)) Sort(node.Children, placed.Positions);
        placed.FinishGroups();
        var linear = new List<NavNode>();
        Walk(root);
        return new NavTree(root, nodes, linear, placed.Unknown, layout.Source);

        void Walk(NavNode n)
        {
            if (n.IsHidden) return;
            if (!n.IsGroup) linear.Add(n);
            foreach (var c in n.Children) Walk(c);
        }
    }

    /// <summary><c>a/b.md</c> → <c>a/index.md</c>; <c>a/index.md</c> → <c>index.md</c>; <c>index.md</c> → null.</summary>
    private static string? ParentIndexOf(string path)
    {
        if (path == "index.md") return null;
        var folder = path.EndsWith("/index.md", StringComparison.Ordinal) ? path[..^"/index.md".Length] : path;
        var slash = folder.LastIndexOf('/');
        return slash < 0 ? "index.md" : folder[..slash] + "/index.md";
    }

    private static void Sort(List<NavNode> children, IReadOnlyDictionary<NavNode, int> positions)
    {
        if (children.Count < 2) return;
        // Each child's number once, not in every comparison (a path and a file name made each time, for 10k pages
        // about 30 MiB of strings).
        var numbers = new Dictionary<NavNode, long?>(children.Count);
        foreach (var child in children) numbers[child] = NumberOf(child);
        children.Sort((a, b) =>
        {
            var ea = Position(a);
            var eb = Position(b);
            if (ea != eb) return ea.CompareTo(eb);
            var byOrder = a.Order.CompareTo(b.Order);
            if (byOrder != 0) return byOrder;
            // A numeric prefix of the file name (01-einleitung.md, 2_rahmen/) orders pages without 'order'; numbered first.
            var (na, nb) = (numbers[a], numbers[b]);
            if (na != nb) return na is null ? 1 : nb is null ? -1 : na.Value.CompareTo(nb.Value);
            var byTitle = German.Compare(a.Title, b.Title, CompareOptions.IgnoreCase);
            return byTitle != 0 ? byTitle : string.CompareOrdinal(a.Page.SourcePath, b.Page.SourcePath);
        });

        static long? NumberOf(NavNode n)
        {
            var path = n.Page.ContentPath();
            if (MarkdownFiles.IsIndex(path)) path = SiteUrls.FolderOf(path);
            return FileNameTitle.Number(Path.GetFileName(path));
        }

        int Position(NavNode n) => positions.GetValueOrDefault(n, int.MaxValue);
    }
}

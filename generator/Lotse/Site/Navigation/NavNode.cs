
using Lotse.Kernel;

using Lotse.Blocks.Html;

namespace Lotse.Site.Navigation;

/// <summary>A page in the navigation tree; a folder's index page holds the folder's pages as children.</summary>
public sealed class NavNode(Document page, NavNode? parent)
{
    public Document Page { get; } = page;
    public NavNode? Parent { get; } = parent;
    public List<NavNode> Children { get; } = [];
    public string Title { get; } = page.Metadata.GetString("nav_title") ?? page.Title;
    public long Order { get; } = page.Metadata.GetNumber(Keys.Order) ?? long.MaxValue;
    public bool IsHidden { get; } = page.Metadata.Get("nav") is false;
    public bool IsSection => Page.ContentPath() == "index.md" || Page.ContentPath().EndsWith("/index.md", StringComparison.Ordinal);

    private List<NavNode>? _visibleChildren;
    private string? _htmlTitle;

    /// <summary>The title escaped for HTML (made once: the sidebar writes it on many pages).</summary>
    public string HtmlTitle => _htmlTitle ??= HtmlEscape.Text(Title);

    /// <summary>The children shown in the navigation (computed once, after the tree is complete and sorted).</summary>
    public IReadOnlyList<NavNode> VisibleChildren => _visibleChildren ??= Children.Where(c => !c.IsHidden).ToList();

    public IEnumerable<NavNode> Ancestors()
    {
        for (var n = Parent; n is not null; n = n.Parent) yield return n;
    }
}

using Lotse.Core;

namespace Lotse.Navigation;

/// <summary>A page in the navigation tree; a folder's index page holds the folder's pages as children.</summary>
public sealed class NavNode(Document page, NavNode? parent)
{
    public Document Page { get; } = page;
    public NavNode? Parent { get; } = parent;
    public List<NavNode> Children { get; } = [];
    public string Title => Page.Metadata.GetString("nav_title") ?? Page.Title;
    public long Order => Page.Metadata.GetNumber(Keys.Order) ?? long.MaxValue;
    public bool IsHidden => Page.Metadata.Get("nav") is false;
    public bool IsSection => Page.ContentPath() == "index.md" || Page.ContentPath().EndsWith("/index.md", StringComparison.Ordinal);

    public IEnumerable<NavNode> VisibleChildren => Children.Where(c => !c.IsHidden);

    public IEnumerable<NavNode> Ancestors()
    {
        for (var n = Parent; n is not null; n = n.Parent) yield return n;
    }
}

using Lotse.Blocks.Paths;
using Lotse.Kernel;

using Lotse.Blocks.Html;

namespace Lotse.Site.Navigation;

/// <summary>A page in the navigation tree; a folder's index page holds the folder's pages as children. A section of an
/// explicit navigation without a page of its own (<see cref="IsGroup"/>) links to its first page.</summary>
public sealed class NavNode(Document page, NavNode? parent)
{
    public Document Page { get; internal set; } = page;
    public NavNode? Parent { get; internal set; } = parent;
    public List<NavNode> Children { get; } = [];
    public string Title { get; private set; } = page.Metadata.GetString("nav_title") ?? page.Title;
    public long Order { get; } = page.Metadata.GetNumber(Keys.Order) ?? long.MaxValue;
    public bool IsHidden { get; } = page.Metadata.Get("nav") is false;

    /// <summary>A section title of an explicit navigation with no page of its own; not in the reading order.</summary>
    public bool IsGroup { get; private init; }

    /// <summary>The page is its folder's own page (<see cref="FolderPages"/>).</summary>
    public bool IsFolderPage { get; internal init; }

    public bool IsSection => !IsGroup && (IsFolderPage || MarkdownFiles.IsIndex(Page.ContentPath()));

    private List<NavNode>? _visibleChildren;
    private string? _htmlTitle;

    /// <summary>A section of an explicit navigation; its page is set to its first page once its entries are placed.</summary>
    internal static NavNode Group(string title, Document placeholder, NavNode parent) =>
        new(placeholder, parent) { Title = title, IsGroup = true };

    /// <summary>The title an explicit navigation gives the page instead of its own.</summary>
    internal void Retitle(string title)
    {
        Title = title;
        _htmlTitle = null;
    }

    /// <summary>The title escaped for HTML (made once: the sidebar writes it on many pages).</summary>
    public string HtmlTitle => _htmlTitle ??= HtmlEscape.Text(Title);

    /// <summary>The children shown in the navigation (computed once, after the tree is complete and sorted).</summary>
    public IReadOnlyList<NavNode> VisibleChildren => _visibleChildren ??= Children.Where(c => !c.IsHidden).ToList();

    public IEnumerable<NavNode> Ancestors()
    {
        for (var n = Parent; n is not null; n = n.Parent) yield return n;
    }
}

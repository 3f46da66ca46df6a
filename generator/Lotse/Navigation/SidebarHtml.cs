using System.Text;

namespace Lotse.Navigation;

/// <summary>
/// The sidebar as HTML, written directly instead of by a recursive template function (which cost more than
/// the rest of a page's layout): nested <c>ul.nav-list</c>, expanded along the current page, the current
/// page marked with <c>aria-current="page"</c>, big folders shown as a <see cref="SidebarWindow"/> with a
/// note on how many pages are left out.
/// </summary>
public static class SidebarHtml
{
    /// <param name="hiddenLabel">The words after the number of left-out pages, e.g. "weitere Seiten".</param>
    public static string Render(NavTree nav, NavNode current, Func<string, string> url, string hiddenLabel)
    {
        var path = current.Ancestors().Append(current).ToHashSet();
        var html = new StringBuilder(4096);
        List(html, nav.Root.VisibleChildren, path, current, url, hiddenLabel, level: 1);
        return html.ToString();
    }

    private static void List(StringBuilder html, IReadOnlyList<NavNode> nodes, HashSet<NavNode> path, NavNode current,
        Func<string, string> url, string hiddenLabel, int level)
    {
        var (first, count) = SidebarWindow.Of(nodes, path);
        html.Append("<ul class=\"nav-list nav-list--").Append(level).Append("\">\n");
        if (first > 0) Hidden(html, first, hiddenLabel);
        for (var i = first; i < first + count; i++)
        {
            var node = nodes[i];
            var onPath = path.Contains(node);
            html.Append(onPath ? "<li class=\"nav-item nav-item--active\">" : "<li class=\"nav-item\">")
                .Append("<a class=\"nav-link\" href=\"").AppendEscaped(url(node.Page.OutputPath)).Append('"')
                .Append(node == current ? " aria-current=\"page\">" : ">")
                .AppendEscaped(node.Title).Append("</a>");
            if (onPath && node.VisibleChildren.Count > 0)
                List(html, node.VisibleChildren, path, current, url, hiddenLabel, level + 1);
            html.Append("</li>\n");
        }
        var after = nodes.Count - first - count;
        if (after > 0) Hidden(html, after, hiddenLabel);
        html.Append("</ul>");
    }

    private static void Hidden(StringBuilder html, int count, string label) =>
        html.Append("<li class=\"nav-item nav-item--more\">… ").Append(count).Append(' ').AppendEscaped(label).Append("</li>\n");

    private static StringBuilder AppendEscaped(this StringBuilder html, string text) => Html.HtmlEscape.Append(html, text);
}

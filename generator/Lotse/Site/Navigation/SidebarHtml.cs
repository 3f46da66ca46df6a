using System.Text;
using Lotse.Blocks.Config;
using Lotse.Blocks.Paths;

using Lotse.Blocks.Html;

namespace Lotse.Site.Navigation;

/// <summary>
/// The sidebar as HTML, written directly instead of by a recursive template function (which cost more than
/// the rest of a page's layout): nested <c>ul.nav-list</c>, expanded along the current page, the current
/// page marked with <c>aria-current="page"</c>, big folders shown as a <see cref="SidebarWindow"/> with a
/// note on how many pages are left out. URLs are relative to <c>fromOutput</c>, written straight into the HTML.
/// </summary>
internal static class SidebarHtml
{
    /// <summary>Appends the sidebar to <paramref name="html"/>.</summary>
    /// <param name="hiddenLabel">The words after the number of left-out pages, e.g. "weitere Seiten".</param>
    public static StringBuilder Write(StringBuilder html, NavTree nav, NavNode current, string fromOutput, LinkStyle style, string hiddenLabel)
    {
        var depth = 1;
        for (var n = current.Parent; n is not null; n = n.Parent) depth++;
        var path = new NavNode[depth];
        path[0] = current;
        var ancestor = current.Parent;
        for (var i = 1; ancestor is not null; i++, ancestor = ancestor.Parent) path[i] = ancestor;
        var label = HtmlEscape.Text(hiddenLabel);
        List(html, nav.Root.VisibleChildren, new Context(path, current, fromOutput, style, label), level: 1);
        return html;
    }

    private readonly record struct Context(NavNode[] Path, NavNode Current, string FromOutput, LinkStyle Style, string HtmlLabel);

    private static void List(StringBuilder html, IReadOnlyList<NavNode> nodes, in Context at, int level)
    {
        var (first, count) = SidebarWindow.Of(nodes, at.Path);
        html.Append("<ul class=\"nav-list nav-list--").Append(level).Append("\">\n");
        if (first > 0) Hidden(html, first, at.HtmlLabel);
        for (var i = first; i < first + count; i++)
        {
            var node = nodes[i];
            var onPath = Array.IndexOf(at.Path, node) >= 0;
            html.Append(onPath ? "<li class=\"nav-item nav-item--active\">" : "<li class=\"nav-item\">")
                .Append("<a class=\"nav-link\" href=\"");
            Url(html, node.Page.OutputPath, at);
            html.Append('"')
                .Append(node == at.Current ? " aria-current=\"page\">" : ">")
                .Append(node.HtmlTitle).Append("</a>");
            if (onPath && node.VisibleChildren.Count > 0)
                List(html, node.VisibleChildren, at, level + 1);
            html.Append("</li>\n");
        }
        var after = nodes.Count - first - count;
        if (after > 0) Hidden(html, after, at.HtmlLabel);
        html.Append("</ul>");
    }

    private static void Url(StringBuilder html, string toOutput, in Context at)
    {
        // The fast way for the usual output path (nothing to escape, no scheme possible); anything else through the one helper.
        if (toOutput.AsSpan().IndexOfAny("&<>\":") < 0) SiteUrls.AppendRelative(html, at.FromOutput, toOutput, at.Style);
        else HtmlUrl.Append(html, SiteUrls.Relative(at.FromOutput, toOutput, at.Style));
    }

    private static void Hidden(StringBuilder html, int count, string htmlLabel) =>
        html.Append("<li class=\"nav-item nav-item--more\">… ").Append(count).Append(' ').Append(htmlLabel).Append("</li>\n");
}

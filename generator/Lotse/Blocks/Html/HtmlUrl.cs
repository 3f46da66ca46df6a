using System.Text;
using Markdig.Renderers;

namespace Lotse.Blocks.Html;

/// <summary>
/// The one way a URL is written into HTML by Lotse's own code (navigation, pager, breadcrumbs, edit link, sources,
/// footer, glossary, checklists, print and offline editions, redirects) and by templates (every <c>{{ … }}</c> that
/// starts an <c>href</c>, <c>src</c> or <c>action</c> value goes through <c>lotse_url</c>): its scheme is checked
/// against <see cref="UrlPolicy"/> (relative, http, https, mailto, tel; anything else becomes <c>#</c>) and it is escaped
/// for a double-quoted attribute value with <see cref="HtmlEscape"/>, the one escaper of text and attribute values.
/// </summary>
internal static class HtmlUrl
{
    /// <summary><paramref name="url"/> made safe and escaped, for <c>href="…"</c>.</summary>
    public static string Attribute(string url) => HtmlEscape.Text(UrlPolicy.Safe(url));

    /// <summary>Appends <paramref name="url"/> made safe and escaped.</summary>
    public static StringBuilder Append(StringBuilder html, string url) => HtmlEscape.Append(html, UrlPolicy.Safe(url));

    /// <summary>Writes <paramref name="url"/> made safe into Markdown's HTML (escaped and percent-encoded as Markdig writes link URLs).</summary>
    public static HtmlRenderer WriteUrl(this HtmlRenderer renderer, string url) => renderer.WriteEscapeUrl(UrlPolicy.Safe(url));
}

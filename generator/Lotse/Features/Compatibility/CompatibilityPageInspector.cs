using Lotse.Blocks.Html;
using System.Text.RegularExpressions;
using Lotse.Blocks.Diagnostics;
using Lotse.Blocks.Markdown;
using Lotse.Blocks.Paths;
using Lotse.Kernel;
using Lotse.Site;
using Markdig.Extensions.Alerts;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Lotse.Features.Compatibility;

/// <summary>Reports, at their line and column, what Markdown written for other generators needs: a second h1,
/// a container or alert Lotse does not know, external media; rewrites root-relative URLs of raw HTML (<c>href</c>,
/// <c>src</c>: <c>/bilder/x.png</c>, <c>/teil/seite</c>, from the content root) and links to <c>.md</c> files like
/// Markdown links, and reports those that lead nowhere at their line and column. Other relative URLs that name a
/// page or file from the Markdown's folder are rewritten too; the rest are relative to the written page and are
/// checked with the written site. An <c>&lt;iframe&gt;</c> from another host (reported by the raw HTML checks) becomes a
/// link to what it embeds: the site's Content-Security-Policy would block it, and it would send every reader's address there.</summary>
internal sealed partial class CompatibilityPageInspector(LinkResolver resolver, IReadOnlySet<string> containers, string? siteHost, DiagnosticBag diagnostics)
    : IMarkdownPageInspector
{
    [GeneratedRegex(@"<(?<tag>[A-Za-z][A-Za-z0-9-]*)(?<attrs>(?:[^>""']|""[^""]*""|'[^']*')*)>", RegexOptions.Singleline | RegexOptions.NonBacktracking)]
    private static partial Regex Tag();

    [GeneratedRegex(@"(?<=\s)(?<name>href|src|poster)\s*=\s*(?:""(?<url>[^""]*)""|'(?<url>[^']*)')", RegexOptions.IgnoreCase)]
    private static partial Regex UrlAttribute();

    [GeneratedRegex(@"(?<=\s)title\s*=\s*(?:""(?<title>[^""]*)""|'(?<title>[^']*)')", RegexOptions.IgnoreCase)]
    private static partial Regex TitleAttribute();

    [GeneratedRegex(@"(?<=\s)alt\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex AltAttribute();

    /// <summary>Elements whose source the browser loads with the page (an iframe is reported by the raw HTML checks).</summary>
    private static readonly HashSet<string> MediaTags = new(StringComparer.OrdinalIgnoreCase)
        { "img", "video", "audio", "source", "track", "script", "embed", "object", "input" };

    public IEnumerable<KeyValuePair<string, object?>> Inspect(Document page, MarkdownDocument markdown, int firstLine)
    {
        var nodes = MarkdownNodes.Of(markdown);
        var untitled = page.Metadata.Get(ContentKeys.TitleFromFileName) is true;
        foreach (var heading in nodes.Headings)
            if (heading.Level == 1 && untitled)
            {
                untitled = false;
                diagnostics.Warning(DiagnosticCodes.TitleFromFileName, page.SourcePath, firstLine + heading.Line, heading.Column + 1,
                    $"This h1 comes after other text, so it is not the page's title; the title is '{page.Title}', made from the file name. Move the h1 to the top, or set 'title:' in the front matter");
            }
            else if (heading.Level == 1)
                diagnostics.Warning(DiagnosticCodes.SecondH1, page.SourcePath, firstLine + heading.Line, heading.Column + 1,
                    $"A second h1: the layout shows the title '{page.Title}' as the page's h1. Make this heading '##', or make it the title (the first h1 before any text, or 'title:' in the front matter)");
        foreach (var heading in nodes.Headings)
        {
            // A setext heading with attributes (pandoc: "Einleitung {#einleitung}" over "----") keeps the space before them.
            if (heading.IsSetext && heading.Inline?.LastChild is LiteralInline { Content: var content } last && content.Length > 0
                && char.IsWhiteSpace(content[content.End]))
            {
                content.TrimEnd();
                last.Content = content;
            }
        }
        foreach (var container in nodes.Containers)
        {
            var (name, _) = CalloutRenderer.NameAndTitle(container);
            if (name.Length > 0 && !containers.Contains(name))
                diagnostics.Warning(DiagnosticCodes.ContainerUnknown, page.SourcePath, firstLine + container.Line, container.Column + 1,
                    $"The container '{name}' is unknown and shows as plain text. Use one of: {string.Join(", ", containers.Order(StringComparer.Ordinal))}");
        }
        foreach (var alert in markdown.Descendants<AlertBlock>())
        {
            var kind = alert.Kind.ToString();
            if (CalloutRenderer.CalloutFor(kind) is null)
                diagnostics.Warning(DiagnosticCodes.ContainerUnknown, page.SourcePath, firstLine + alert.Line, alert.Column + 1,
                    $"The alert '[!{kind}]' is unknown and shows as a plain note. Use [!NOTE], [!TIP], [!IMPORTANT], [!WARNING] or [!CAUTION]");
        }
        foreach (var link in nodes.Links)
            if (link.IsImage && link.Url is { } url && IsExternalMedia(url))
                ReportExternal(page, "image", url, firstLine + link.Line, link.Column + 1);

        var links = new List<MarkdownLink>();
        foreach (var block in nodes.HtmlBlocks)
        {
            var lines = block.Lines;
            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines.Lines[i];
                var text = line.Slice.ToString();
                var rewritten = RawHtml(page, text, firstLine + line.Line, line.Slice.Start - line.Position + 1, links);
                if (!ReferenceEquals(rewritten, text)) lines.Lines[i].Slice = new StringSlice(rewritten);
            }
        }
        foreach (var inline in nodes.HtmlInlines)
            inline.Tag = RawHtml(page, inline.Tag, firstLine + inline.Line, inline.Column + 1, links);
        return links.Count == 0 ? [] : [new(ContentKeys.Links, links)];
    }

    /// <summary>Rewrites the URLs of the tags in <paramref name="html"/> (one line of a block, or an inline tag) and
    /// reports the problems at <paramref name="line"/>, counting columns from <paramref name="column"/>.</summary>
    private string RawHtml(Document page, string html, int line, int column, List<MarkdownLink> links)
    {
        if (!html.Contains('<')) return html;
        var result = html;
        var shift = 0;
        foreach (Match tag in Tag().Matches(html))
        {
            var name = tag.Groups["tag"].Value;
            if (name.Equals("iframe", StringComparison.OrdinalIgnoreCase) && ForeignFrame(tag.Groups["attrs"].Value) is { } frameLink)
            {
                result = string.Concat(result.AsSpan(0, tag.Index + shift), frameLink, result.AsSpan(tag.Index + shift + tag.Length));
                shift += frameLink.Length - tag.Length;
                continue;
            }
            // An <img> without alt (a screenshot in VitePress's raw HTML) is reported like a Markdown image without
            // alt text, and gets alt="" as a Markdown image does, so a reader's screen reader skips it.
            if (name.Equals("img", StringComparison.OrdinalIgnoreCase) && !AltAttribute().IsMatch(tag.Groups["attrs"].Value))
            {
                diagnostics.Error(DiagnosticCodes.ImageWithoutAlt, page.SourcePath, line, column + tag.Index,
                    "The raw HTML <img> has no alt attribute. Describe what it shows: <img alt=\"Beschreibung\" …>; for a purely decorative image, write alt=\"\"");
                var at = tag.Index + 1 + name.Length + shift;
                result = string.Concat(result.AsSpan(0, at), " alt=\"\"", result.AsSpan(at));
                shift += " alt=\"\"".Length;
            }
            foreach (Match attribute in UrlAttribute().Matches(tag.Groups["attrs"].Value))
            {
                var group = attribute.Groups["url"];
                var url = group.Value.Trim();
                var at = tag.Groups["attrs"].Index + group.Index;
                var where = column + at;
                if (url.Length == 0 || url.StartsWith('#') || url.StartsWith("data:", StringComparison.OrdinalIgnoreCase)) continue;
                if (LinkResolver.IsExternal(url))
                {
                    if (MediaTags.Contains(name) && !attribute.Groups["name"].Value.Equals("href", StringComparison.OrdinalIgnoreCase) && IsExternalMedia(url))
                        ReportExternal(page, $"<{name.ToLowerInvariant()}>", url, line, where);
                    continue;
                }
                // A relative URL in raw HTML is relative to the written page (as Lotse always had it) and is checked
                // with the written site; only root-relative URLs and links to .md files are the editor's source paths.
                // A relative URL that names a page or file from the Markdown's folder (as VitePress and Jekyll read
                // it: './documentation/', 'bilder/x.png') is rewritten like a Markdown link; others stay as written.
                var path = url.Split('#', '?')[0];
                var target = resolver.Resolve(page.ContentPath(), page.OutputPath, System.Net.WebUtility.HtmlDecode(url));
                if (!url.StartsWith('/') && !path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && target.Kind is not (LinkKind.Page or LinkKind.File)) continue;
                var href = url;
                switch (target.Kind)
                {
                    case LinkKind.EscapesContent:
                        diagnostics.Error(DiagnosticCodes.LinkEscapesContent, page.SourcePath, line, where,
                            $"The raw HTML links to '{url}', which leaves the content folder. Link only to pages and files inside content/");
                        break;
                    case LinkKind.Missing:
                        diagnostics.Error(DiagnosticCodes.LinkTargetMissing, page.SourcePath, line, where,
                            "In raw HTML: " + resolver.MissingMessage(url, target));
                        break;
                    default:
                        href = target.Url.Length == 0 ? "#" + target.Anchor : target.Url;
                        break;
                }
                links.Add(new MarkdownLink(url, href, line, where, !name.Equals("a", StringComparison.OrdinalIgnoreCase), target.TargetSource, target.Anchor));
                if (href == url) continue;
                var start = at + shift;
                var written = HtmlUrl.Attribute(href);
                result = string.Concat(result.AsSpan(0, start), written, result.AsSpan(start + group.Length));
                shift += written.Length - group.Length;
            }
        }
        return result;
    }

    /// <summary>For an iframe from another host than the site's: a link to what it embeds, named by its title (a
    /// closing <c>&lt;/iframe&gt;</c> left behind is ignored by browsers); else null.</summary>
    private string? ForeignFrame(string attributes)
    {
        var src = UrlAttribute().Matches(attributes).FirstOrDefault(m => m.Groups["name"].Value.Equals("src", StringComparison.OrdinalIgnoreCase));
        if (src is null) return null;
        var url = System.Net.WebUtility.HtmlDecode(src.Groups["url"].Value.Trim());
        if (!IsExternalMedia(url)) return null;
        var host = new Uri(url.StartsWith("//", StringComparison.Ordinal) ? "https:" + url : url).Host;
        if (string.Equals(host, siteHost, StringComparison.OrdinalIgnoreCase)) return null;
        var title = TitleAttribute().Match(attributes) is { Success: true } t ? System.Net.WebUtility.HtmlDecode(t.Groups["title"].Value).Trim() : "";
        var text = title.Length > 0 ? $"{title} (eingebettet von {host})" : $"Eingebetteter Inhalt von {host}";
        return $"<a class=\"extern-eingebettet\" href=\"{HtmlUrl.Attribute(url)}\">{HtmlEscape.Text(text)}</a>";
    }

    private static bool IsExternalMedia(string url) =>
        url.StartsWith("//", StringComparison.Ordinal) || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    private void ReportExternal(Document page, string what, string url, int line, int column) =>
        diagnostics.Warning(DiagnosticCodes.ExternalMedia, page.SourcePath, line, column,
            $"The {what} '{url}' loads from another server: the site's Content-Security-Policy blocks it, and every reader's address would go to that server. Download the file into content/ (next to the page) and link it there");
}

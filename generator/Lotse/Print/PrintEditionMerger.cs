using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Lotse.Config;
using Lotse.Core;
using Document = Lotse.Core.Document;
using Lotse.Navigation;
using Lotse.Paths;

namespace Lotse.Print;

/// <summary>
/// Merges the pages of a part into one document. Each page becomes a <c>section.kapitel</c> with its title as h2;
/// its content's headings move one level down (h2 → h3 …), its ids get a prefix per chapter (so no id repeats) and
/// the attributes that refer to ids (<c>for</c>, <c>aria-labelledby</c> …) follow. Links to pages of the part
/// become links to their chapter (and the renamed anchor); other links and sources are rebased to relative URLs
/// from the Gesamtausgabe; external links stay as they are.
/// </summary>
public sealed class PrintEditionMerger(LinkStyle linkStyle, string? baseUrl = null)
{
    private static readonly string[] IdReferenceAttributes =
        ["for", "aria-labelledby", "aria-describedby", "aria-controls", "aria-owns", "aria-details", "headers", "list", "form"];

    private readonly HtmlParser _parser = new();

    /// <param name="contentHtml">The page's HTML from its Markdown (before layouts), by content path.</param>
    /// <param name="renderedHtml">The page's whole rendered HTML, used for a page whose Markdown is empty (pages from data).</param>
    /// <param name="reservedIds">Ids of the layout around the chapters, which the chapters must not use.</param>
    public MergedEdition Merge(PrintEdition edition, Func<Document, string> contentHtml, Func<Document, string?> renderedHtml,
        IEnumerable<string> reservedIds)
    {
        var document = _parser.ParseDocument("<!DOCTYPE html><html><body></body></html>");
        var body = document.Body!;
        var usedIds = new HashSet<string>(reservedIds, StringComparer.Ordinal);
        var usedSlugs = new HashSet<string>(StringComparer.Ordinal);
        var chapters = new List<(PrintChapter Chapter, NavNode Node, IElement Content, Dictionary<string, string> Ids)>();
        var partFolder = SiteUrls.FolderOf(edition.Section.Page.ContentPath());

        foreach (var node in edition.Pages)
        {
            var page = node.Page;
            var slug = Unique(Slug(page.ContentPath(), partFolder, edition.Name), usedSlugs);
            var chapterId = Unique("kapitel-" + slug, usedIds);
            var section = document.CreateElement("section");
            section.ClassName = "kapitel";
            section.Id = chapterId;
            section.SetAttribute("aria-labelledby", chapterId + "-titel");
            var title = document.CreateElement("h2");
            title.ClassName = "kapitel__titel";
            title.Id = Unique(chapterId + "-titel", usedIds);
            title.TextContent = node.Title;
            section.AppendChild(title);
            if (page.Metadata.GetString(Keys.Description) is { Length: > 0 } description)
            {
                var lead = document.CreateElement("p");
                lead.ClassName = "kapitel__lead";
                lead.TextContent = description;
                section.AppendChild(lead);
            }
            var content = document.CreateElement("div");
            content.ClassName = "prose kapitel__inhalt";
            content.InnerHtml = ContentOf(page, contentHtml, renderedHtml);
            section.AppendChild(content);
            body.AppendChild(section);

            var ids = RenameIds(content, slug, usedIds);
            ShiftHeadings(content);
            var depth = node.Ancestors().TakeWhile(a => a != edition.Section.Parent).Count();
            chapters.Add((new PrintChapter(chapterId, node.Title, depth, page.SourcePath), node, content, ids));
        }

        var byOutput = chapters.ToDictionary(c => c.Node.Page.OutputPath, c => (c.Chapter, c.Ids), StringComparer.Ordinal);
        var seenResources = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (chapter, node, content, ids) in chapters)
            RewriteReferences(content, node.Page.OutputPath, edition.OutputPath, chapter, ids, byOutput, seenResources);

        var stand = edition.Pages.Select(n => n.Page.Metadata.GetString(Keys.Stand)).Where(s => !string.IsNullOrEmpty(s))
            .Max(StringComparer.Ordinal);
        var html = new StringBuilder();
        foreach (var child in body.Children) html.Append(child.OuterHtml).Append('\n');
        return new MergedEdition(html.ToString(), chapters.Select(c => c.Chapter).ToList(), stand);
    }

    private string ContentOf(Document page, Func<Document, string> contentHtml, Func<Document, string?> renderedHtml)
    {
        var html = contentHtml(page);
        if (!string.IsNullOrWhiteSpace(html) || renderedHtml(page) is not { } rendered) return html;
        // A page from data has its text in the layout: take the layout's article without its h1.
        var article = _parser.ParseDocument(rendered).QuerySelector("main article");
        if (article is null) return html;
        foreach (var remove in article.QuerySelectorAll("h1, nav, .toc").ToList()) remove.Remove();
        return article.InnerHtml;
    }

    private static string Slug(string contentPath, string partFolder, string partName)
    {
        var relative = partFolder.Length > 0 && contentPath.StartsWith(partFolder + "/", StringComparison.Ordinal)
            ? contentPath[(partFolder.Length + 1)..]
            : contentPath;
        relative = relative == "index.md" ? partName : relative.EndsWith("/index.md", StringComparison.Ordinal)
            ? relative[..^"/index.md".Length]
            : relative[..^Path.GetExtension(relative).Length];
        var slug = new StringBuilder();
        foreach (var c in relative.ToLowerInvariant())
            slug.Append(c is >= 'a' and <= 'z' or >= '0' and <= '9' ? c : '-');
        return slug.ToString().Trim('-') is { Length: > 0 } s ? s : "seite";
    }

    private static string Unique(string candidate, HashSet<string> used)
    {
        var result = candidate;
        for (var n = 2; !used.Add(result); n++) result = $"{candidate}-{n}";
        return result;
    }

    private static Dictionary<string, string> RenameIds(IElement content, string slug, HashSet<string> usedIds)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in content.QuerySelectorAll("[id]"))
        {
            var old = element.Id!;
            var renamed = Unique($"{slug}--{old}", usedIds);
            map.TryAdd(old, renamed);
            element.Id = renamed;
        }
        foreach (var attribute in IdReferenceAttributes)
            foreach (var element in content.QuerySelectorAll($"[{attribute}]"))
            {
                var tokens = element.GetAttribute(attribute)!.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                element.SetAttribute(attribute, string.Join(' ', tokens.Select(t => map.GetValueOrDefault(t, t))));
            }
        return map;
    }

    private static void ShiftHeadings(IElement content)
    {
        foreach (var heading in content.QuerySelectorAll("h1, h2, h3, h4, h5, h6").ToList())
        {
            var level = heading.LocalName[1] - '0';
            if (level >= 6) continue;
            var shifted = heading.Owner!.CreateElement("h" + (level + 1));
            foreach (var attribute in heading.Attributes) shifted.SetAttribute(attribute.Name, attribute.Value);
            while (heading.FirstChild is { } child) shifted.AppendChild(child);
            heading.Replace(shifted);
        }
    }

    private void RewriteReferences(IElement content, string pageOutput, string editionOutput, PrintChapter chapter,
        Dictionary<string, string> ids, Dictionary<string, (PrintChapter Chapter, Dictionary<string, string> Ids)> byOutput,
        HashSet<string> seenResources)
    {
        foreach (var element in content.QuerySelectorAll("[href], [src]").ToList())
        {
            var attribute = element.HasAttribute("href") ? "href" : "src";
            var url = element.GetAttribute(attribute)!;
            var rewritten = Rewrite(url, pageOutput, editionOutput, chapter, ids, byOutput, absolute: element.LocalName == "a");
            // A stylesheet or script that several pages include (checklists) is loaded once.
            if (element.LocalName is "link" or "script" && !seenResources.Add(rewritten))
            {
                element.Remove();
                continue;
            }
            element.SetAttribute(attribute, rewritten);
        }
    }

    private string Rewrite(string url, string pageOutput, string editionOutput, PrintChapter chapter, Dictionary<string, string> ids,
        Dictionary<string, (PrintChapter Chapter, Dictionary<string, string> Ids)> byOutput, bool absolute)
    {
        if (url.Length == 0 || LinkResolver.IsExternal(url) || url.StartsWith('/')) return url;
        var hash = url.IndexOf('#');
        var anchor = hash < 0 ? null : Uri.UnescapeDataString(url[(hash + 1)..]);
        var path = hash < 0 ? url : url[..hash];
        if (path.Length == 0) return "#" + AnchorIn(chapter, ids, anchor);
        var query = path.IndexOf('?');
        var suffix = query < 0 ? "" : path[query..];
        if (query >= 0) path = path[..query];
        var target = SiteUrls.Combine(SiteUrls.FolderOf(pageOutput), Uri.UnescapeDataString(path));
        if (target is null) return url;
        if (target.Length == 0 || target.EndsWith('/')) target += "index.html";
        if (suffix.Length == 0 && byOutput.TryGetValue(target, out var other)) return "#" + AnchorIn(other.Chapter, other.Ids, anchor);
        // On paper a relative link says nothing: links to pages outside the part become absolute when the site has a base URL.
        if (absolute && baseUrl is not null) return baseUrl + SiteUrls.CleanPath(target) + suffix + (hash < 0 ? "" : url[hash..]);
        var relative = SiteUrls.Relative(editionOutput, target, target.EndsWith("index.html", StringComparison.Ordinal) ? linkStyle : LinkStyle.Files);
        var escaped = string.Join('/', relative.Split('/').Select(Uri.EscapeDataString));
        return escaped + suffix + (hash < 0 ? "" : url[hash..]);
    }

    private static string AnchorIn(PrintChapter chapter, Dictionary<string, string> ids, string? anchor) =>
        !string.IsNullOrEmpty(anchor) && ids.TryGetValue(anchor, out var renamed) ? renamed : chapter.Id;
}

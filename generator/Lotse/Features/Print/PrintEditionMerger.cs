using System.Text;
using AngleSharp.Html.Parser;
using Document = Lotse.Kernel.Document;
using Lotse.Blocks.Config;
using Lotse.Blocks.Html;
using Lotse.Kernel;
using Lotse.Blocks.Paths;
using Lotse.Site;
using Lotse.Site.Navigation;

namespace Lotse.Features.Print;

/// <summary>
/// Merges the pages of a part into one document. Each page becomes a <c>section.kapitel</c> with its title as h2;
/// its content's headings move one level down (h2 → h3 …), its ids get a prefix per chapter (so no id repeats) and
/// the attributes that refer to ids (<c>for</c>, <c>aria-labelledby</c> …) follow. Links to pages of the part
/// become links to their chapter (and the renamed anchor); other links and sources are rebased to relative URLs
/// from the Gesamtausgabe; external links stay as they are.
/// </summary>
internal sealed class PrintEditionMerger(LinkStyle linkStyle, string? baseUrl = null)
{
    private static readonly HashSet<string> IdReferenceAttributes = new(StringComparer.OrdinalIgnoreCase)
        { "for", "aria-labelledby", "aria-describedby", "aria-controls", "aria-owns", "aria-details", "headers", "list", "form" };

    /// <param name="contentHtml">The page's HTML from its Markdown (before layouts), by content path.</param>
    /// <param name="renderedHtml">The page's whole rendered HTML, used for a page whose Markdown is empty (pages from data).</param>
    /// <param name="reservedIds">Ids of the layout around the chapters, which the chapters must not use.</param>
    public MergedEdition Merge(PrintEdition edition, Func<Document, string> contentHtml, Func<Document, string?> renderedHtml,
        IEnumerable<string> reservedIds)
    {
        var nodes = edition.Pages;
        var partFolder = SiteUrls.FolderOf(edition.Section.Page.ContentPath());

        // 1. Each page's HTML, its ids and the stylesheets and scripts it loads, on all cores (one streaming pass, no DOM).
        var contents = new string[nodes.Count];
        var pageIds = new List<string>[nodes.Count];
        var resources = new List<string>[nodes.Count];
        Parallel.For(0, nodes.Count, i =>
        {
            contents[i] = ContentOf(nodes[i].Page, contentHtml, renderedHtml);
            (pageIds[i], resources[i]) = ([], []);
            foreach (var tag in HtmlTags.All(contents[i]))
            {
                if (tag.IsEnd) continue;
                if (TagAttributes.Get(tag, "id") is { Length: > 0 } id) pageIds[i].Add(id);
                if (IsResource(tag) is { } url) resources[i].Add(url);
            }
        });

        // 2. Chapter anchors and renamed ids, one page after the other: each must be unique in the whole edition.
        var usedIds = new HashSet<string>(reservedIds, StringComparer.Ordinal);
        var usedSlugs = new HashSet<string>(StringComparer.Ordinal);
        var chapters = new Chapter[nodes.Count];
        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            var slug = Unique(Slug(node.Page.ContentPath(), partFolder, edition.Name), usedSlugs);
            var chapterId = Unique("kapitel-" + slug, usedIds);
            var titleId = Unique(chapterId + "-titel", usedIds);
            var renamed = pageIds[i].Select(old => Unique($"{slug}--{old}", usedIds)).ToList();
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var k = 0; k < renamed.Count; k++) map.TryAdd(pageIds[i][k], renamed[k]);
            var depth = node.Ancestors().TakeWhile(a => a != edition.Section.Parent).Count();
            chapters[i] = new Chapter(new PrintChapter(chapterId, node.Title, depth, node.Page.SourcePath), node, titleId, renamed, map);
        }
        var byOutput = chapters.ToDictionary(c => c.Node.Page.OutputPath, c => (c.Print, c.Ids), StringComparer.Ordinal);

        // A stylesheet or script that several pages include (checklists) is loaded once: by the first page.
        var seenResources = new HashSet<string>(StringComparer.Ordinal);
        var keepResource = new List<bool>[nodes.Count];
        for (var i = 0; i < nodes.Count; i++)
            keepResource[i] = resources[i].Select(url => seenResources.Add(Rewrite(url, chapters[i], edition.OutputPath, byOutput, absolute: false))).ToList();

        // 3. Each chapter written with its ids renamed, headings one level down and links rebased, on all cores, as UTF-8:
        // the edition is spliced into its layout as bytes (no string of the whole edition, 25-43 MB at 10k pages, is made).
        var written = new byte[nodes.Count][];
        var pageLinks = new List<string>[nodes.Count];
        var facts = new HtmlFacts?[nodes.Count];
        Parallel.For(0, nodes.Count, i => (written[i], pageLinks[i], facts[i]) = WriteChapter(contents[i], chapters[i], keepResource[i], edition.OutputPath, byOutput));

        var stand = edition.Pages.Select(n => n.Page.Metadata.GetString(Keys.Stand)).Where(s => !string.IsNullOrEmpty(s))
            .Max(StringComparer.Ordinal);
        return new MergedEdition(written, chapters.Select(c => c.Print).ToList(), stand,
            pageLinks.SelectMany(l => l).ToHashSet(StringComparer.Ordinal),
            facts.All(f => f is not null) ? PieceFacts.Join(facts!) : null);
    }

    /// <summary>A page on its way to a chapter: its anchors, its ids renamed in document order, and the first renaming of each id.</summary>
    private sealed record Chapter(PrintChapter Print, NavNode Node, string TitleId, List<string> RenamedIds, Dictionary<string, string> Ids);

    /// <returns>The chapter's HTML (UTF-8), the URLs its links and sources have in the edition (checked at their page), and
    /// the link check's facts of its HTML (<see cref="PieceFacts"/>; null when they cannot be taken from the chapter alone).</returns>
    private (byte[] Html, List<string> Links, HtmlFacts? Facts) WriteChapter(string content, Chapter chapter, List<bool> keepResource, string editionOutput,
        Dictionary<string, (PrintChapter Chapter, Dictionary<string, string> Ids)> byOutput)
    {
        var links = new List<string>();
        var html = new StringBuilder(content.Length + 512);
        html.Append("<section class=\"kapitel\" id=\"").Append(chapter.Print.Id).Append("\" aria-labelledby=\"").Append(chapter.TitleId)
            .Append("\"><h2 class=\"kapitel__titel\" id=\"").Append(chapter.TitleId).Append("\">").Append(HtmlEscape.Text(chapter.Node.Title)).Append("</h2>");
        if (chapter.Node.Page.Metadata.GetString(Keys.Description) is { Length: > 0 } description)
            html.Append("<p class=\"kapitel__lead\">").Append(HtmlEscape.Text(description)).Append("</p>");
        html.Append("<div class=\"prose kapitel__inhalt\">");
        var (nextId, nextResource) = (0, 0);
        HtmlTags.Rewrite(content, html, tag =>
        {
            if (tag.Name.Length == 2 && tag.Name[0] is 'h' or 'H' && tag.Name[1] is >= '1' and <= '5')
                tag.Name = "h" + (char)(tag.Name[1] + 1);
            if (tag.IsEnd || tag.Attributes.Count == 0) return true; // nothing to rename, and no resource without its URL
            var attributes = tag.Attributes;
            if (TagAttributes.IndexOf(tag, "id") is var idAt and >= 0 && attributes[idAt].Value is { Length: > 0 })
                attributes[idAt] = attributes[idAt] with { Value = chapter.RenamedIds[nextId++] };
            // Each id-referring attribute (its first occurrence, as HtmlTag.Get reads it) gets the renamed ids.
            for (var k = 0; k < attributes.Count; k++)
                if (IdReferenceAttributes.Contains(attributes[k].Name) && attributes[k].Value is { } references
                    && TagAttributes.IndexOf(tag, attributes[k].Name) == k)
                    attributes[k] = attributes[k] with
                    {
                        Value = string.Join(' ', references.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(t => chapter.Ids.GetValueOrDefault(t, t))),
                    };
            if (IsResource(tag) is not null && !keepResource[nextResource++]) return false;
            var linkAt = TagAttributes.IndexOfValue(tag, "href") is var hrefAt and >= 0 ? hrefAt : TagAttributes.IndexOfValue(tag, "src");
            if (linkAt >= 0)
            {
                var rewritten = UrlPolicy.Safe(Rewrite(attributes[linkAt].Value!, chapter, editionOutput, byOutput, absolute: tag.Name.Equals("a", StringComparison.OrdinalIgnoreCase)));
                attributes[linkAt] = attributes[linkAt] with { Value = rewritten };
                links.Add(rewritten);
            }
            return true;
        });
        html.Append("</div></section>\n");
        var facts = PieceFacts.OfClosed(html.Append(PieceFacts.Sentinel).ToString());
        html.Length -= PieceFacts.Sentinel.Length;
        return (Utf8Text.Encode(html), links, facts);
    }

    /// <summary>The URL of a stylesheet or script a page loads, or null.</summary>
    private static string? IsResource(HtmlTag tag) =>
        tag.Name.Equals("link", StringComparison.OrdinalIgnoreCase) ? TagAttributes.Get(tag, "href") :
        tag.Name.Equals("script", StringComparison.OrdinalIgnoreCase) ? TagAttributes.Get(tag, "src") : null;

    private static string ContentOf(Document page, Func<Document, string> contentHtml, Func<Document, string?> renderedHtml)
    {
        var html = contentHtml(page);
        if (!string.IsNullOrWhiteSpace(html) || renderedHtml(page) is not { } rendered) return html;
        // A page from data has its text in the layout: take the layout's article without its h1.
        var article = new HtmlParser().ParseDocument(rendered).QuerySelector("main article");
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

    private string Rewrite(string url, Chapter from, string editionOutput,
        Dictionary<string, (PrintChapter Chapter, Dictionary<string, string> Ids)> byOutput, bool absolute)
    {
        var (pageOutput, chapter, ids) = (from.Node.Page.OutputPath, from.Print, from.Ids);
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

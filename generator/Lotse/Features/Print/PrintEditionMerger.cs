using System.Buffers;
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

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> IdReferenceAttributesByName =
        IdReferenceAttributes.GetAlternateLookup<ReadOnlySpan<char>>();

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
        Parallel.For(0, nodes.Count, () => new HtmlTagReader(), (i, _, tag) =>
        {
            var content = contents[i] = ContentOf(nodes[i].Page, contentHtml, renderedHtml);
            (pageIds[i], resources[i]) = ([], []);
            for (var at = 0; tag.Next(content, ref at);)
            {
                if (tag.IsEnd) continue;
                if (tag.IndexOf("id") is var idAt and >= 0 && tag.RawValue(idAt).Length > 0) pageIds[i].Add(tag.Value(idAt)!);
                if (ResourceAt(tag) is var resourceAt and >= 0) resources[i].Add(tag.Value(resourceAt)!);
            }
            return tag;
        }, _ => { });

        // 2. Chapter anchors and renamed ids, one page after the other: each must be unique in the whole edition.
        var usedIds = new HashSet<string>(2 * nodes.Count + pageIds.Sum(ids => ids.Count), StringComparer.Ordinal); // sized at once
        usedIds.UnionWith(reservedIds);
        var usedSlugs = new HashSet<string>(StringComparer.Ordinal);
        var chapters = new Chapter[nodes.Count];
        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            var slug = Unique(Slug(node.Page.ContentPath(), partFolder, edition.Name), usedSlugs);
            var chapterId = Unique("kapitel-" + slug, usedIds);
            var titleId = Unique(chapterId + "-titel", usedIds);
            var renamed = new List<string>(pageIds[i].Count);
            foreach (var old in pageIds[i]) renamed.Add(Unique($"{slug}--{old}", usedIds));
            var map = new Dictionary<string, string>(renamed.Count, StringComparer.Ordinal);
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
        var written = new ReadOnlyMemory<byte>[nodes.Count];
        var pageLinks = new List<string>[nodes.Count];
        var facts = new HtmlFacts?[nodes.Count];
        Parallel.For(0, nodes.Count, () => new ChapterWriter(), (i, _, writer) =>
        {
            (written[i], pageLinks[i], facts[i]) = WriteChapter(writer, contents[i], chapters[i], keepResource[i], edition.OutputPath, byOutput);
            return writer;
        }, _ => { });

        var stand = edition.Pages.Select(n => n.Page.Metadata.GetString(Keys.Stand)).Where(s => !string.IsNullOrEmpty(s))
            .Max(StringComparer.Ordinal);
        return new MergedEdition(written, chapters.Select(c => c.Print).ToList(), stand,
            pageLinks.SelectMany(l => l).ToHashSet(StringComparer.Ordinal),
            facts.All(f => f is not null) ? PieceFacts.Join(facts!) : null);
    }

    /// <summary>A page on its way to a chapter: its anchors, its ids renamed in document order, and the first renaming of each id.</summary>
    private sealed record Chapter(PrintChapter Print, NavNode Node, string TitleId, List<string> RenamedIds, Dictionary<string, string> Ids);

    /// <summary>What a thread reuses from chapter to chapter: the tag reader, the output and the attributes' new values.</summary>
    private sealed class ChapterWriter
    {
        public readonly HtmlTagReader Tag = new();
        public readonly Utf8Buffer Html = new();
        public string?[] NewValues = new string?[8];
        public readonly ChapterSlabs Kept = new();
    }

    /// <returns>The chapter's HTML (UTF-8), the URLs its links and sources have in the edition (checked at their page), and
    /// the link check's facts of its HTML (<see cref="PieceFacts"/>; null when they cannot be taken from the chapter alone).</returns>
    /// <remarks>Every tag is written anew (values entity-decoded, then escaped, in double quotes), as before; the text
    /// between tags is copied as it is.</remarks>
    private (ReadOnlyMemory<byte> Html, List<string> Links, HtmlFacts? Facts) WriteChapter(ChapterWriter writer, string content, Chapter chapter, List<bool> keepResource,
        string editionOutput, Dictionary<string, (PrintChapter Chapter, Dictionary<string, string> Ids)> byOutput)
    {
        var links = new List<string>();
        var (html, tag) = (writer.Html, writer.Tag);
        html.Length = 0;
        html.Append("<section class=\"kapitel\" id=\""u8).Append(chapter.Print.Id).Append("\" aria-labelledby=\""u8).Append(chapter.TitleId)
            .Append("\"><h2 class=\"kapitel__titel\" id=\""u8).Append(chapter.TitleId).Append("\">"u8).AppendEscaped(chapter.Node.Title).Append("</h2>"u8);
        if (chapter.Node.Page.Metadata.GetString(Keys.Description) is { Length: > 0 } description)
            html.Append("<p class=\"kapitel__lead\">"u8).AppendEscaped(description).Append("</p>"u8);
        html.Append("<div class=\"prose kapitel__inhalt\">"u8);
        var (nextId, nextResource) = (0, 0);
        var (copied, at) = (0, 0);
        while (tag.Next(content, ref at))
        {
            html.Append(content.AsSpan(copied, tag.Start - copied));
            // The reader moved past a script's or style's content (text, not tags): a kept one's is copied as it is.
            copied = tag.IsRawText ? tag.End : at;
            if (WriteTag(writer, chapter, keepResource, ref nextId, ref nextResource, links, editionOutput, byOutput)) continue;
            if (tag.IsRawText)
            {
                // A dropped script or style goes with its content and end tag.
                var close = HtmlTagReader.EndTagOf(content, at, tag.Name);
                var end = close < 0 ? content.Length : content.IndexOf('>', close) + 1;
                at = copied = end <= 0 ? content.Length : end;
            }
        }
        html.Append(content.AsSpan(copied)).Append("</div></section>\n"u8);
        var length = html.Length;
        var facts = PieceFacts.OfClosed(html.Append(PieceFacts.SentinelUtf8).Written);
        return (writer.Kept.Keep(html.Written[..length]), links, facts);
    }

    /// <summary>Writes the reader's tag with its headings one level down, its ids renamed and its links rebased; false (and
    /// nothing written) for a stylesheet or script an earlier chapter loads already.</summary>
    private bool WriteTag(ChapterWriter writer, Chapter chapter, List<bool> keepResource, ref int nextId, ref int nextResource, List<string> links,
        string editionOutput, Dictionary<string, (PrintChapter Chapter, Dictionary<string, string> Ids)> byOutput)
    {
        var (tag, html) = (writer.Tag, writer.Html);
        var count = tag.AttributeCount;
        if (writer.NewValues.Length < count) writer.NewValues = new string?[count];
        var newValues = writer.NewValues;
        Array.Clear(newValues, 0, count);
        if (!tag.IsEnd && count > 0) // else nothing to rename, and no resource without its URL
        {
            if (tag.IndexOf("id") is var idAt and >= 0 && tag.RawValue(idAt).Length > 0) newValues[idAt] = chapter.RenamedIds[nextId++];
            // Each id-referring attribute (its first occurrence) gets the renamed ids.
            for (var k = 0; k < count; k++)
                if (IdReferenceAttributesByName.Contains(tag.AttributeName(k)) && tag.HasValue(k) && tag.IndexOf(tag.AttributeName(k)) == k)
                    newValues[k] = RenamedReferences(tag.Value(k)!, chapter.Ids);
            if (ResourceAt(tag) >= 0 && !keepResource[nextResource++]) return false;
            var linkAt = tag.IndexOfValue("href") is var hrefAt and >= 0 ? hrefAt : tag.IndexOfValue("src");
            if (linkAt >= 0)
            {
                var rewritten = UrlPolicy.Safe(Rewrite(tag.Value(linkAt)!, chapter, editionOutput, byOutput, absolute: tag.Name.Equals("a", StringComparison.OrdinalIgnoreCase)));
                newValues[linkAt] = rewritten;
                links.Add(rewritten);
            }
        }
        var name = tag.Name;
        html.Append(tag.IsEnd ? "</"u8 : "<"u8);
        if (name.Length == 2 && name[0] is 'h' or 'H' && name[1] is >= '1' and <= '5')
            html.Append("h"u8).Append([(byte)(name[1] + 1)]);
        else
            html.Append(name);
        for (var k = 0; k < count; k++)
        {
            html.Append(" "u8).Append(tag.AttributeName(k));
            if (!tag.HasValue(k)) continue;
            html.Append("=\""u8);
            if (newValues[k] is { } value) html.AppendEscaped(value);
            else if (tag.RawValue(k).Contains('&')) html.AppendEscaped(tag.Value(k));
            else html.AppendEscaped(tag.RawValue(k));
            html.Append("\""u8);
        }
        html.Append(tag.SelfClosing ? " />"u8 : ">"u8);
        return true;
    }

    /// <summary>The ids an attribute such as <c>aria-labelledby</c> refers to, renamed. (Not a lambda in <see cref="WriteTag"/>:
    /// its closure would be made for every tag.)</summary>
    private static string RenamedReferences(string references, Dictionary<string, string> ids) =>
        string.Join(' ', references.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(t => ids.GetValueOrDefault(t, t)));

    /// <summary>Where the URL of a stylesheet or script a page loads is among the tag's attributes (<c>href</c> of a
    /// <c>link</c>, <c>src</c> of a <c>script</c>, when it has a value), or -1.</summary>
    private static int ResourceAt(HtmlTagReader tag) =>
        tag.Name.Equals("link", StringComparison.OrdinalIgnoreCase) ? tag.IndexOfValue("href") :
        tag.Name.Equals("script", StringComparison.OrdinalIgnoreCase) ? tag.IndexOfValue("src") : -1;

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

    /// <summary>The chapter's slug from its content path (relative to the part, without its extension or <c>index.md</c>),
    /// lower case, every character but a-z and 0-9 a '-'. Made in a buffer: only the slug becomes a string.</summary>
    private static string Slug(string contentPath, string partFolder, string partName)
    {
        var relative = contentPath.AsSpan();
        if (partFolder.Length > 0 && relative.Length > partFolder.Length && relative[partFolder.Length] == '/' && relative.StartsWith(partFolder, StringComparison.Ordinal))
            relative = relative[(partFolder.Length + 1)..];
        relative = relative is "index.md" ? partName : relative.EndsWith("/index.md", StringComparison.Ordinal)
            ? relative[..^"/index.md".Length]
            : relative[..^Path.GetExtension(relative).Length];
        Span<char> slug = relative.Length <= 256 ? stackalloc char[relative.Length] : new char[relative.Length];
        for (var i = 0; i < relative.Length; i++)
        {
            var c = char.ToLowerInvariant(relative[i]);
            slug[i] = c is >= 'a' and <= 'z' or >= '0' and <= '9' ? c : '-';
        }
        return slug.Trim('-') is { Length: > 0 } s ? new string(s) : "seite";
    }

    private static string Unique(string candidate, HashSet<string> used)
    {
        var result = candidate;
        for (var n = 2; !used.Add(result); n++) result = $"{candidate}-{n}";
        return result;
    }

    /// <summary>The characters <see cref="Uri.EscapeDataString(string)"/> leaves as they are (RFC 3986's unreserved ones), and '/'.</summary>
    private static readonly SearchValues<char> UnreservedOrSlash =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/");

    private const string IndexFile = "index.html";

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
        // The target's output path, made in a buffer: a link to a page of the part needs no string of it.
        var folder = pageOutput.AsSpan(0, Math.Max(0, pageOutput.LastIndexOf('/')));
        var unescaped = Uri.UnescapeDataString(path);
        var most = folder.Length + unescaped.Length + 2 + IndexFile.Length;
        Span<char> buffer = most <= 512 ? stackalloc char[most] : new char[most];
        if (!SiteUrls.TryCombine(folder, unescaped, buffer, out var length)) return url;
        if (length == 0 || buffer[length - 1] == '/')
        {
            IndexFile.CopyTo(buffer[length..]);
            length += IndexFile.Length;
        }
        if (suffix.Length == 0 && byOutput.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(buffer[..length], out var other))
            return "#" + AnchorIn(other.Chapter, other.Ids, anchor);
        var target = new string(buffer[..length]);
        // On paper a relative link says nothing: links to pages outside the part become absolute when the site has a base URL.
        if (absolute && baseUrl is not null) return baseUrl + SiteUrls.CleanPath(target) + suffix + (hash < 0 ? "" : url[hash..]);
        var relative = SiteUrls.Relative(editionOutput, target, target.EndsWith("index.html", StringComparison.Ordinal) ? linkStyle : LinkStyle.Files);
        // Each segment as Uri.EscapeDataString writes it: most are unreserved characters only, which it leaves as they are.
        var escaped = relative.AsSpan().ContainsAnyExcept(UnreservedOrSlash) ? string.Join('/', relative.Split('/').Select(Uri.EscapeDataString)) : relative;
        return hash < 0 ? escaped + suffix : string.Concat(escaped, suffix, url.AsSpan(hash));
    }

    private static string AnchorIn(PrintChapter chapter, Dictionary<string, string> ids, string? anchor) =>
        !string.IsNullOrEmpty(anchor) && ids.TryGetValue(anchor, out var renamed) ? renamed : chapter.Id;
}


using Lotse.Blocks.Config;

namespace Lotse.Blocks.Paths;

/// <summary>Resolves links as editors write them (<c>../anleitungen/a.md#x</c>, relative to the current file)
/// to the target page or file and the relative URL to write. Besides <c>x.md</c>, the forms of other generators
/// resolve to the same page (<c>x</c>, <c>x.html</c>, <c>x/</c>, <c>/teil/x</c> from the content root, <c>README.md</c>
/// as a folder's page), unless <c>requireMarkdownLinks</c>. With <c>linksFromRoot</c> (docsify, whose links count from
/// the docs root), a relative link that names nothing from its file's folder is taken from the content root, and
/// docsify's <c>?id=anker</c> is the anchor.</summary>
internal sealed class LinkResolver(
    IReadOnlyDictionary<string, string> pageOutputBySource,
    IReadOnlyDictionary<string, string> fileOutputBySource,
    LinkStyle style,
    bool requireMarkdownLinks = false,
    bool linksFromRoot = false)
{
    public LinkTarget Resolve(string fromContentPath, string fromOutput, string url)
    {
        if (IsExternal(url)) return new LinkTarget(LinkKind.External, null, null, url);
        var hash = url.IndexOf('#');
        var path = hash < 0 ? url : url[..hash];
        var anchor = hash < 0 ? null : Uri.UnescapeDataString(url[(hash + 1)..]);
        var query = path.IndexOf('?');
        if (query >= 0)
        {
            if (linksFromRoot && anchor is null && DocsifyAnchor(path[(query + 1)..]) is { } id) anchor = id;
            path = path[..query];
        }
        path = Uri.UnescapeDataString(path);
        if (path.Length == 0) return new LinkTarget(LinkKind.SamePage, fromContentPath, anchor, url);

        var found = ResolvePath(SiteUrls.FolderOf(fromContentPath), path, anchor, fromOutput, url);
        if (linksFromRoot && found.Kind is LinkKind.Missing or LinkKind.EscapesContent && !path.StartsWith('/') && SiteUrls.FolderOf(fromContentPath).Length > 0)
        {
            var fromRoot = ResolvePath("", path, anchor, fromOutput, url);
            if (fromRoot.Kind is LinkKind.Page or LinkKind.File) return fromRoot;
        }
        return found;
    }

    /// <summary>docsify's anchor in the query (<c>?id=anker</c>).</summary>
    private static string? DocsifyAnchor(string query)
    {
        foreach (var part in query.Split('&'))
            if (part.StartsWith("id=", StringComparison.Ordinal)) return Uri.UnescapeDataString(part[3..]);
        return null;
    }

    private LinkTarget ResolvePath(string folder, string path, string? anchor, string fromOutput, string url)
    {
        var combined = SiteUrls.Combine(folder, path);
        if (combined is null) return new LinkTarget(LinkKind.EscapesContent, null, anchor, url);
        var folderLink = combined.Length == 0 || combined.EndsWith('/');
        if (folderLink) combined += "index.md";

        var suffix = anchor is null ? "" : "#" + Uri.EscapeDataString(anchor);
        foreach (var candidate in Candidates(combined))
            if (pageOutputBySource.TryGetValue(candidate, out var pageOutput))
                return new LinkTarget(LinkKind.Page, candidate, anchor, Link(fromOutput, pageOutput) + suffix);
        if (fileOutputBySource.TryGetValue(combined, out var fileOutput))
            return new LinkTarget(LinkKind.File, combined, anchor, SiteUrls.Relative(fromOutput, fileOutput, LinkStyle.Files) + suffix);
        // A folder of static HTML files without a page of its own (an older edition kept as it was): 'v1/' is its index.html.
        if (folderLink && !requireMarkdownLinks && fileOutputBySource.TryGetValue(combined[..^"md".Length] + "html", out fileOutput))
            return new LinkTarget(LinkKind.File, combined[..^"md".Length] + "html", anchor, SiteUrls.Relative(fromOutput, fileOutput, LinkStyle.Files) + suffix);
        // VitePress serves the files of its public folder at the root: '/img/x.png' is content/public/img/x.png.
        if (path.StartsWith('/') && !requireMarkdownLinks && fileOutputBySource.TryGetValue(PublicFolder + "/" + combined, out fileOutput))
            return new LinkTarget(LinkKind.File, PublicFolder + "/" + combined, anchor, SiteUrls.Relative(fromOutput, fileOutput, LinkStyle.Files) + suffix);
        return new LinkTarget(LinkKind.Missing, combined, anchor, url);
    }

    /// <summary>The page sources a link may mean, in order: the path as written, then (unless only <c>.md</c> links
    /// are allowed) the forms other generators use: <c>x</c> and <c>x.html</c> for <c>x.md</c>, a folder
    /// (<c>x/</c>, <c>x</c>, <c>x/index.html</c>) for its <c>index.md</c> or <c>README.md</c>.</summary>
    private IEnumerable<string> Candidates(string combined)
    {
        yield return combined;
        var isMarkdown = combined.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || combined.EndsWith(".mdx", StringComparison.OrdinalIgnoreCase);
        if (!isMarkdown) yield return combined + "/index.md";
        if (requireMarkdownLinks) yield break;
        if (combined.EndsWith("/index.md", StringComparison.Ordinal) || combined == "index.md")
            yield return combined[..^"index.md".Length] + "README.md";
        // A folder link 'x/' to the page x.md (MkDocs writes x.md as x/, VitePress as x.html).
        if (combined.EndsWith("/index.md", StringComparison.Ordinal)) yield return combined[..^"/index.md".Length] + ".md";
        if (isMarkdown) yield break;
        var name = combined[(combined.LastIndexOf('/') + 1)..];
        var stem = combined;
        if (combined.EndsWith(".html", StringComparison.OrdinalIgnoreCase)) stem = combined[..^".html".Length];
        else if (name.Contains('.')) yield break; // a file (x.pdf, x.png), not a page
        if (stem.EndsWith("/index", StringComparison.Ordinal) || stem == "index")
        {
            yield return stem + ".md";
            yield return stem[..^"index".Length] + "README.md";
            yield break;
        }
        yield return stem + ".md";
        yield return stem + ".mdx"; // Docusaurus
        yield return stem + "/index.md";
        yield return stem + "/README.md";
    }

    /// <summary>The folder of <c>content/</c> whose files root-relative URLs may also mean (VitePress's <c>public</c>).</summary>
    public const string PublicFolder = "public";

    /// <summary>The <c>lotse.yml</c> key that takes relative links that name nothing from the content root (docsify).</summary>
    public const string LinksFromRootKey = "links_from_root";

    /// <summary>The <c>lotse.yml</c> key that allows only <c>.md</c> links to pages (<c>true</c>).</summary>
    public const string RequireMarkdownLinksKey = "links_require_md";

    /// <summary>The message for a link to a missing page or file, with the closest existing one ("did you mean").</summary>
    public string MissingMessage(string url, LinkTarget target)
    {
        var relativeTo = url.StartsWith('/') ? "the content folder (it starts with '/')" : "this file";
        var message = $"Link '{url}' points to 'content/{target.TargetSource}', which does not exist. Check the path; it is relative to {relativeTo}";
        var known = pageOutputBySource.Keys.Concat(fileOutputBySource.Keys);
        if (target.TargetSource is { } wanted && ClosestPath.Find(wanted, known) is { } closest)
            message += $". Did you mean 'content/{closest}'?";
        return message;
    }

    private string Link(string fromOutput, string toOutput) =>
        fromOutput == toOutput ? "" : SiteUrls.Relative(fromOutput, toOutput, style);

    public static bool IsExternal(string url)
    {
        if (url.StartsWith("//", StringComparison.Ordinal)) return true;
        var colon = url.IndexOf(':');
        if (colon <= 0) return false;
        var slash = url.IndexOfAny(['/', '#', '?']);
        return slash < 0 || colon < slash;
    }
}


using Lotse.Blocks.Config;

namespace Lotse.Blocks.Paths;

/// <summary>Resolves links as editors write them (<c>../anleitungen/a.md#x</c>, relative to the current file)
/// to the target page or file and the relative URL to write. Besides <c>x.md</c>, the forms of other generators
/// resolve to the same page (<c>x</c>, <c>x.html</c>, <c>x/</c>, <c>/teil/x</c> from the content root, <c>README.md</c>
/// as a folder's page), unless <c>requireMarkdownLinks</c>. With <c>linksFromRoot</c> (docsify, whose links count from
/// the docs root), a relative link that names nothing from its file's folder is taken from the content root, and
/// docsify's <c>?id=anker</c> is the anchor. A root-relative link that starts with <c>linksBase</c> (the path the
/// content was published under before: Docusaurus's <c>routeBasePath</c>, a base URL) counts from the content root
/// without it. A link that finds nothing as written may name a page without the numeric prefixes of its folders and
/// file (<c>theorie/agil</c> for <c>02-theorie/01-agil.md</c>), as Docusaurus publishes such pages.</summary>
internal sealed class LinkResolver(
    IReadOnlyDictionary<string, string> pageOutputBySource,
    IReadOnlyDictionary<string, string> fileOutputBySource,
    LinkStyle style,
    bool requireMarkdownLinks = false,
    bool linksFromRoot = false,
    string linksBase = "")
{
    /// <summary>The resolver with the link settings of <c>lotse.yml</c>.</summary>
    public static LinkResolver For(IReadOnlyDictionary<string, string> pageOutputBySource, IReadOnlyDictionary<string, string> fileOutputBySource,
        SiteConfig config) =>
        new(pageOutputBySource, fileOutputBySource, config.LinkStyle,
            config.Values.GetValueOrDefault(RequireMarkdownLinksKey) is true,
            config.Values.GetValueOrDefault(LinksFromRootKey) is true,
            config.Values.GetValueOrDefault(LinksBaseKey) as string ?? "");

    /// <summary>The pages by their paths without numeric prefixes (<c>theorie/agil.md</c> → <c>02-theorie/01-agil.md</c>),
    /// when only one page has that path; made at the first link that needs it.</summary>
    private readonly Lazy<IReadOnlyDictionary<string, string>> _unnumbered = new(() => pageOutputBySource.Keys
        .GroupBy(FileNameTitle.WithoutNumbers, StringComparer.Ordinal)
        .Where(g => g.Count() == 1 && g.Key != g.First())
        .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal));

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
        if (linksBase.Trim('/').Length > 0 && path.StartsWith('/') && (path + "/").StartsWith("/" + linksBase.Trim('/') + "/", StringComparison.Ordinal))
            path = "/" + path[(linksBase.Trim('/').Length + 1)..].TrimStart('/');
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
        if (!requireMarkdownLinks)
            foreach (var candidate in Candidates(combined))
                if (_unnumbered.Value.TryGetValue(candidate, out var numbered))
                    return new LinkTarget(LinkKind.Page, numbered, anchor, Link(fromOutput, pageOutputBySource[numbered]) + suffix);
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
    /// are allowed) the forms other generators use: <c>x</c> and <c>x.html</c> for <c>x.md</c> (or <c>x.mdx</c>), a folder
    /// (<c>x/</c>, <c>x</c>, <c>x/index.html</c>) for its <c>index.md</c> or <c>README.md</c>.</summary>
    private IEnumerable<string> Candidates(string combined)
    {
        yield return combined;
        var isMarkdown = MarkdownFiles.IsPage(combined);
        if (!isMarkdown) foreach (var page in Pages(combined + "/index")) yield return page;
        if (requireMarkdownLinks) yield break;
        if (combined.EndsWith("/index.md", StringComparison.Ordinal) || combined == "index.md")
        {
            yield return combined[..^"md".Length] + "mdx";
            yield return combined[..^"index.md".Length] + "README.md";
        }
        // A folder link 'x/' to the page x.md (MkDocs writes x.md as x/, VitePress as x.html).
        if (combined.EndsWith("/index.md", StringComparison.Ordinal))
            foreach (var page in Pages(combined[..^"/index.md".Length])) yield return page;
        if (isMarkdown) yield break;
        var name = combined[(combined.LastIndexOf('/') + 1)..];
        var stem = combined;
        if (combined.EndsWith(".html", StringComparison.OrdinalIgnoreCase)) stem = combined[..^".html".Length];
        else if (name.Contains('.')) yield break; // a file (x.pdf, x.png), not a page
        if (stem.EndsWith("/index", StringComparison.Ordinal) || stem == "index")
        {
            foreach (var page in Pages(stem)) yield return page;
            yield return stem[..^"index".Length] + "README.md";
            yield break;
        }
        foreach (var page in Pages(stem)) yield return page;
        foreach (var page in Pages(stem + "/index")) yield return page;
        yield return stem + "/README.md";
    }

    /// <summary>The page files a path without extension may be: <c>x.md</c>, <c>x.mdx</c>.</summary>
    private static IEnumerable<string> Pages(string stem) => MarkdownFiles.Extensions.Select(extension => stem + extension);

    /// <summary>The folder of <c>content/</c> whose files root-relative URLs may also mean (VitePress's <c>public</c>).</summary>
    public const string PublicFolder = "public";

    /// <summary>The <c>lotse.yml</c> key that takes relative links that name nothing from the content root (docsify).</summary>
    public const string LinksFromRootKey = "links_from_root";

    /// <summary>The <c>lotse.yml</c> key for the path root-relative links start with (<c>links_base: /docs/</c>).</summary>
    public const string LinksBaseKey = "links_base";

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

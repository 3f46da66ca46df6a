using Lotse.Blocks.Markdown;
using Lotse.Blocks.Paths;
using Lotse.Kernel;

namespace Lotse.Site;

/// <summary>
/// Whether a change in <c>lotse serve</c> edits only the bodies of pages, so that the fast lane may show it by
/// rendering those pages alone with the last build's site-wide facts (<see cref="SinglePageRender"/>).
/// <para>What a page's HTML depends on: its own text; what the site makes of every page's place, title and front matter
/// (navigation, the neighbours' titles, section lists, the search's A–Z list, the FAQ named in the footer); the settings,
/// templates, data files and the day (review dates); other pages' headings (cross-references, anchors written for other
/// generators); its last-changed date (git or the file's time); and the downloads' sizes, which pages state (written
/// again by the second stage, as in every rebuild). Other pages' HTML depends on this page's place, title, front matter
/// and headings, and on its body only where that is included into them or gathered across pages.</para>
/// <para>So a change is body-only when every changed path is a page of the last build that is still there (not a new or
/// deleted file, a template, <c>lotse.yml</c>, a data file or a <c>_file</c> pages include) and, for each of them:</para>
/// <list type="number">
/// <item>after its front matter and the steps before its Markdown (folder defaults, date, the features' checks and
/// rewrites) its output path and all its metadata are the last build's: front matter, title, the leading title's id,
/// the line its body starts at, the date (<see cref="SamePlace"/>);</item>
/// <item>no page of the last build includes it (<see cref="ContentKeys.Includes"/>) and no feature gathers its body
/// (<see cref="IFeature.GathersBody"/>: checklists, the FAQ), before or after the edit, and the steps after Markdown
/// (the checklists' collection) left its last rendering as it was (<see cref="SharedAsBefore"/>);</item>
/// <item>its headings as other pages see them are the last build's: the title, each heading's level, id and text, the
/// ids of figures and tables with their text (<see cref="SameHeadings"/>).</item>
/// </list>
/// <para>The day must be the last build's too (<see cref="SinglePageRender"/> checks it). Then the page the fast lane
/// renders is the one a full build renders; anything else (or any diagnostic) takes the ordinary rebuild.</para>
/// </summary>
internal static class BodyOnlyChange
{
    /// <summary>The changed paths (full paths from serve's file watcher) as site-relative paths of Markdown pages that
    /// exist, or null when any changed path is something else, or when what changed is not known.</summary>
    public static IReadOnlyList<string>? Pages(IReadOnlyCollection<string>? changes, SitePaths paths)
    {
        if (changes is null || changes.Count == 0) return null;
        var content = Path.GetFullPath(paths.Content).TrimEnd('/') + "/";
        var pages = new List<string>(changes.Count);
        foreach (var change in changes)
        {
            var full = Path.GetFullPath(change);
            if (!full.StartsWith(content, StringComparison.Ordinal) || !MarkdownFiles.IsPage(full) || !File.Exists(full)) return null;
            pages.Add(paths.Relative(full));
        }
        return pages.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The page as it is now, before its Markdown, has the last build's output path and metadata (only its
    /// body may differ).</summary>
    public static bool SamePlace(Document before, Document now) =>
        before.SourcePath == now.SourcePath && before.OutputPath == now.OutputPath
        && !before.Metadata.GetBool(ContentKeys.Failed)
        && new Fingerprint().Add(before.Metadata).Value == new Fingerprint().Add(now.Metadata).Value;

    /// <summary>No other page includes the page, no feature gathers its body (as last rendered, nor as rendered now), and the
    /// steps after Markdown left its last rendering alone (<paramref name="gathered"/>: the page as they passed it on).</summary>
    public static bool SharedAsBefore(Document renderedBefore, Document renderedNow, Document? gathered, IReadOnlyList<Document> pagesBefore, BuildContext last)
    {
        if (!ReferenceEquals(gathered, renderedBefore)) return false;
        var path = renderedNow.ContentPath();
        foreach (var page in pagesBefore)
            if (page.Metadata.Get<List<string>>(ContentKeys.Includes) is { } included && included.Contains(path, StringComparer.Ordinal)) return false;
        foreach (var feature in last.Features)
            if (feature.GathersBody(renderedBefore, last) || feature.GathersBody(renderedNow, last)) return false;
        return true;
    }

    /// <summary>The page's title, headings (level, id, text) and ids of figures and tables (with their text) as other
    /// pages' cross-references and anchors see them (<see cref="HeadingLookup"/>) are the same before and now.</summary>
    public static bool SameHeadings(Document before, Document now, MarkdownRenderer markdown)
    {
        static IEnumerable<(int, string, string)> Seen(Document page, MarkdownRenderer markdown)
        {
            var tree = markdown.Parse(page.Content);
            var headings = MarkdownRenderer.AssignHeadingIds(tree, page.BodyLine());
            return HeadingLookup.WithTitle(page, [.. headings, .. HeadingLookup.ElementIds(tree, page.BodyLine())])
                .Select(h => (h.Level, h.Id, h.Text));
        }
        return Seen(before, markdown).SequenceEqual(Seen(now, markdown));
    }
}

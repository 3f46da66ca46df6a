using Lotse.Config;
using Lotse.Core;
using Lotse.Markdown;
using Lotse.Navigation;
using Lotse.Paths;
using Lotse.Print;
using Scriban.Runtime;

namespace Lotse.Templates;

/// <summary>
/// Builds what a layout sees for one page:
/// <c>page</c> (front matter plus <c>title content url source_path toc breadcrumbs prev next children edit_url canonical gesamtausgabe</c>),
/// <c>nav</c> (the sidebar tree, expanded along the current page), <c>site</c> (lotse.yml), <c>data</c>
/// (the data files), <c>rel</c> (the prefix to the site root, e.g. <c>../../</c>) and the functions
/// <c>search_az</c> (every page and FAQ question A–Z, URLs from the site root),
/// <c>page_url</c> (a content-root source path as URL; a missing page is an error), <c>page_exists</c>, <c>page_link</c> (a source path relative to the
/// current page, as in front matter, to <c>{url, title}</c>) and <c>date_de</c> (ISO date to German).
/// </summary>
public sealed class PageModel(SiteConfig config, NavTree nav, IReadOnlyDictionary<string, object?> data, IReadOnlyDictionary<string, string> pageOutputs,
    object? searchAz = null, PrintEditionPlan? printEditions = null)
{
    public ScriptObject For(Document page, Func<string, string?>? onMissingPage = null)
    {
        var from = page.OutputPath;
        var style = config.LinkStyle;
        string Url(string toOutput) => SiteUrls.Relative(from, toOutput, style);
        var node = nav.BySource.GetValueOrDefault(page.ContentPath());

        var model = new ScriptObject
        {
            ["site"] = SiteValues(),
            ["data"] = data,
            ["rel"] = SiteUrls.RootPrefix(from),
            ["search_az"] = searchAz,
            ["page"] = PageValues(page, node, Url),
            ["nav"] = node is null ? new List<object?>() : Items(nav.Root.VisibleChildren, node, Url, expand: true),
        };
        model.Import("page_url", new Func<string, string>(source =>
        {
            var key = source.TrimStart('/');
            if (pageOutputs.TryGetValue(key, out var output)) return Url(output);
            return onMissingPage?.Invoke(key) ?? "#";
        }));
        model.Import("page_exists", new Func<string, bool>(source => pageOutputs.ContainsKey(source.TrimStart('/'))));
        model.Import("page_link", new Func<string, Dictionary<string, object?>?>(relativeSource =>
        {
            var key = SiteUrls.Combine(SiteUrls.FolderOf(page.ContentPath()), relativeSource.Split('#')[0]);
            if (key is not null && pageOutputs.TryGetValue(key, out var output))
                return new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["url"] = Url(output) is { Length: > 0 } u ? u : "#",
                    ["title"] = nav.BySource.GetValueOrDefault(key)?.Title ?? key,
                };
            onMissingPage?.Invoke(key ?? relativeSource);
            return null;
        }));
        model.Import("date_de", new Func<object?, string>(GermanDate.Format));
        return model;
    }

    private Dictionary<string, object?> SiteValues()
    {
        var site = new Dictionary<string, object?>(config.Values, StringComparer.Ordinal)
        {
            ["title"] = config.Title,
            ["language"] = config.Language,
            ["base_url"] = config.BaseUrl,
        };
        return site;
    }

    private Dictionary<string, object?> PageValues(Document page, NavNode? node, Func<string, string> url)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in page.Metadata.Pairs)
            if (!key.StartsWith("lotse.", StringComparison.Ordinal) && key != Keys.Toc) values[key] = value;
        values[Keys.Title] = page.Title;
        values[Keys.Content] = page.Content;
        values[Keys.Url] = page.OutputPath;
        values[Keys.SourcePath] = page.SourcePath;
        values[Keys.Toc] = Toc(page.Metadata.Get<IReadOnlyList<TocEntry>>(Keys.Toc) ?? []);
        values["is_home"] = page.OutputPath == "index.html";
        values["edit_url"] = config.EditUrl is { } pattern && page.Metadata.Get(ContentKeys.IsGenerated) is not true
            ? pattern.Replace("{path}", page.SourcePath, StringComparison.Ordinal)
            : null;
        values["canonical"] = config.BaseUrl is { } baseUrl ? baseUrl + SiteUrls.CleanPath(page.OutputPath) : null;
        if (node is not null)
        {
            values["breadcrumbs"] = node.Ancestors().Reverse().Select(a => Link(a, url)).ToList<object?>();
            var index = nav.IndexOf(node);
            values["prev"] = index > 0 ? Link(nav.Linear[index - 1], url) : null;
            values["next"] = index >= 0 && index + 1 < nav.Linear.Count ? Link(nav.Linear[index + 1], url) : null;
            values["children"] = node.VisibleChildren.Select(c => Child(c, url)).ToList<object?>();
            values["gesamtausgabe"] = printEditions?.For(node) is { } edition
                ? new Dictionary<string, object?>(StringComparer.Ordinal) { ["title"] = edition.Title, ["url"] = url(edition.OutputPath) }
                : null;
            values["section"] = node.Ancestors().Reverse().Skip(1).FirstOrDefault() is { } top ? Link(top, url) : (node.Parent is null ? null : Link(node, url));
        }
        return values;
    }

    private static Dictionary<string, object?> Link(NavNode n, Func<string, string> url) => new(StringComparer.Ordinal)
    {
        ["title"] = n.Title,
        ["url"] = url(n.Page.OutputPath),
    };

    private static Dictionary<string, object?> Child(NavNode n, Func<string, string> url)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in n.Page.Metadata.Pairs)
            if (!key.StartsWith("lotse.", StringComparison.Ordinal) && key != Keys.Toc) values[key] = value;
        values[Keys.Title] = n.Title;
        values[Keys.Url] = url(n.Page.OutputPath);
        values["is_section"] = n.IsSection;
        values["children"] = n.VisibleChildren.Select(c => Link(c, url)).ToList<object?>();
        return values;
    }

    private static List<object?> Items(IEnumerable<NavNode> nodes, NavNode current, Func<string, string> url, bool expand)
    {
        var path = current.Ancestors().Append(current).ToHashSet();
        return nodes.Select(n =>
        {
            var onPath = path.Contains(n);
            var children = n.VisibleChildren.ToList();
            return (object?)new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["title"] = n.Title,
                ["url"] = url(n.Page.OutputPath),
                ["current"] = n == current,
                ["active"] = onPath,
                ["has_children"] = children.Count > 0,
                ["children"] = onPath && expand ? Items(children, current, url, expand) : new List<object?>(),
            };
        }).ToList();
    }

    private static List<object?> Toc(IReadOnlyList<TocEntry> entries) => entries.Select(e => (object?)new Dictionary<string, object?>(StringComparer.Ordinal)
    {
        ["id"] = e.Id,
        ["text"] = e.Text,
        ["level"] = e.Level,
        ["children"] = Toc(e.Children),
    }).ToList();
}

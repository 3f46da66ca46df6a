using Lotse.Blocks.Config;
using Lotse.Blocks.Markdown;
using Lotse.Blocks.Paths;
using Lotse.Blocks.Templates;
using Lotse.Kernel;
using Lotse.Site.Navigation;
using Scriban;
using Scriban.Runtime;

namespace Lotse.Site;

/// <summary>
/// Builds what a layout sees for one page:
/// <c>page</c> (front matter plus <c>title content url source_path toc breadcrumbs prev next children edit_url canonical gesamtausgabe</c>),
/// <c>nav</c> (the sidebar tree, expanded along the current page; made when asked for), <c>nav_html "weitere Seiten"</c>
/// (the same tree as nested lists, written in C#: the fast way for a theme's sidebar), <c>site</c> (lotse.yml), <c>data</c>
/// (the data files), <c>rel</c> (the prefix to the site root, e.g. <c>../../</c>) and the functions
/// the features' values (<see cref="IFeature.LayoutGlobals"/>, <see cref="IFeature.PageValues"/>),
/// <c>page_url</c> (a content-root source path as URL; a missing page is an error), <c>page_exists</c>, <c>page_link</c> (a source path relative to the
/// current page, as in front matter, to <c>{url, title}</c>) and <c>date_de</c> (ISO date to German).
/// </summary>
internal sealed class PageModel
{
    private const string ScopeKey = "lotse_page_scope";

    // The page's globals: the six below, base and body (set by the renderer), and room for a layout's own.
    private const int GlobalsCapacity = 16;
    private readonly SiteConfig _config;
    private readonly NavTree _nav;
    private readonly IReadOnlyDictionary<string, object?> _data;
    private readonly IReadOnlyDictionary<string, string> _pageOutputs;
    private readonly IReadOnlyDictionary<string, object?> _globals;
    private readonly IReadOnlyList<IPageValues> _pageValues;
    private readonly Dictionary<string, object?> _site;

    /// <summary>The functions, made once per build (importing a delegate into Scriban uses reflection);
    /// they find the page being rendered through its <see cref="PageScope"/>.</summary>
    private readonly ScriptObject _functions = new();

    public PageModel(SiteConfig config, NavTree nav, IReadOnlyDictionary<string, object?> data,
        IReadOnlyDictionary<string, string> pageOutputs, IReadOnlyDictionary<string, object?>? globals = null, IReadOnlyList<IPageValues>? pageValues = null)
    {
        _globals = globals ?? new Dictionary<string, object?>();
        _pageValues = pageValues ?? [];
        _config = config;
        _nav = nav;
        _data = data;
        _pageOutputs = pageOutputs;
        _site = new Dictionary<string, object?>(config.Values, StringComparer.Ordinal)
        {
            ["title"] = config.Title,
            ["language"] = config.Language,
            ["base_url"] = config.BaseUrl,
        };
        Add(new TemplateFunction<string>("page_url", (context, source) =>
        {
            var scope = ScopeOf(context);
            var key = (source ?? "").TrimStart('/');
            if (pageOutputs.TryGetValue(key, out var output)) return scope.Url(output);
            return scope.OnMissingPage?.Invoke(key) ?? "#";
        }));
        Add(new TemplateFunction<string>("page_exists", (_, source) => pageOutputs.ContainsKey((source ?? "").TrimStart('/'))));
        Add(new TemplateFunction<string>("page_link", (context, relativeSource) =>
        {
            relativeSource ??= "";
            var scope = ScopeOf(context);
            var key = SiteUrls.Combine(SiteUrls.FolderOf(scope.Page.ContentPath()), relativeSource.Split('#')[0]);
            if (key is not null && pageOutputs.TryGetValue(key, out var output))
                return new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["url"] = scope.Url(output) is { Length: > 0 } u ? u : "#",
                    ["title"] = nav.BySource.GetValueOrDefault(key)?.Title ?? key,
                };
            scope.OnMissingPage?.Invoke(key ?? relativeSource);
            return null;
        }));
        // The sidebar tree as values (for themes that write their own sidebar) is made only when a template asks for it.
        _functions.Import("nav", new Func<TemplateContext, List<object?>>(context =>
            ScopeOf(context) is { Node: { } node } scope ? Items(nav.Root.VisibleChildren, node, scope.Url, expand: true) : []));
        _functions["nav_html"] = new HtmlWritingFunction((context, hiddenLabel, html) =>
        {
            if (ScopeOf(context) is { Node: { } node } scope) SidebarHtml.Write(html, nav, node, scope.Page.OutputPath, config.LinkStyle, hiddenLabel);
        });
        Add(new TemplateFunction<object>("date_de", (_, value) => GermanDate.Format(value)));
    }

    private void Add<T>(TemplateFunction<T> function) => _functions[function.Name] = function;

    /// <summary>The page a template is rendering, for the functions.</summary>
    private sealed record PageScope(Document Page, NavNode? Node, Func<string, string> Url, Func<string, string?>? OnMissingPage);

    private static PageScope ScopeOf(TemplateContext context) =>
        (PageScope)context.GetValue(new Scriban.Syntax.ScriptVariableGlobal(ScopeKey))!;

    /// <summary>The functions, to push before the page's own globals.</summary>
    public ScriptObject Functions => _functions;

    public ScriptObject For(Document page, Func<string, string?>? onMissingPage = null)
    {
        var from = page.OutputPath;
        var style = _config.LinkStyle;
        string Url(string toOutput) => SiteUrls.Relative(from, toOutput, style);
        var node = _nav.BySource.GetValueOrDefault(page.ContentPath());

        var globals = new ScriptObject(GlobalsCapacity)
        {
            ["site"] = _site,
            ["data"] = _data,
            ["rel"] = SiteUrls.RootPrefix(from),
            ["page"] = PageValues(page, node, Url),
            [ScopeKey] = new PageScope(page, node, Url, onMissingPage),
        };
        foreach (var (name, value) in _globals) globals[name] = value;
        return globals;
    }

    /// <summary>The values <see cref="PageValues"/> sets besides the front matter (and the features' values).</summary>
    private const int ComputedPageValues = 13;

    private Dictionary<string, object?> PageValues(Document page, NavNode? node, Func<string, string> url)
    {
        // Room for everything from the start: a dictionary that grows copies itself (a tenth of a layout's garbage).
        var values = new Dictionary<string, object?>(page.Metadata.Pairs.Count() + ComputedPageValues + _pageValues.Count, StringComparer.Ordinal);
        foreach (var (key, value) in page.Metadata.Pairs)
            if (!key.StartsWith("lotse.", StringComparison.Ordinal) && key != Keys.Toc) values[key] = value;
        values[Keys.Title] = page.Title;
        values[Keys.Content] = page.Content;
        values[Keys.Url] = page.OutputPath;
        values[Keys.SourcePath] = page.SourcePath;
        values[Keys.Toc] = Toc(page.Metadata.Get<IReadOnlyList<TocEntry>>(Keys.Toc) ?? []);
        values["is_home"] = page.OutputPath == "index.html";
        values["edit_url"] = _config.EditUrl is { } pattern && page.Metadata.Get(ContentKeys.IsGenerated) is not true
            ? pattern.Replace("{path}", string.Join('/', page.SourcePath.Split('/').Select(Uri.EscapeDataString)), StringComparison.Ordinal)
            : null;
        values["canonical"] = _config.BaseUrl is { } baseUrl ? baseUrl + SiteUrls.CleanPath(page.OutputPath) : null;
        if (node is not null)
        {
            var ancestors = node.Ancestors().Reverse().ToList(); // from the root down
            var breadcrumbs = new List<object?>(ancestors.Count);
            foreach (var ancestor in ancestors) breadcrumbs.Add(Link(ancestor, url));
            values["breadcrumbs"] = breadcrumbs;
            var index = _nav.IndexOf(node);
            values["prev"] = index > 0 ? Link(_nav.Linear[index - 1], url) : null;
            values["next"] = index >= 0 && index + 1 < _nav.Linear.Count ? Link(_nav.Linear[index + 1], url) : null;
            values["children"] = node.VisibleChildren.Select(c => Child(c, url)).ToList<object?>();
            foreach (var feature in _pageValues) feature.AddTo(values, page, node, url);
            values["section"] = ancestors.Count > 1 ? Link(ancestors[1], url) : (node.Parent is null ? null : Link(node, url));
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
        var values = new Dictionary<string, object?>(n.Page.Metadata.Pairs.Count() + 4, StringComparer.Ordinal);
        foreach (var (key, value) in n.Page.Metadata.Pairs)
            if (!key.StartsWith("lotse.", StringComparison.Ordinal) && key != Keys.Toc) values[key] = value;
        values[Keys.Title] = n.Title;
        values[Keys.Url] = url(n.Page.OutputPath);
        values["is_section"] = n.IsSection;
        values["children"] = n.VisibleChildren.Select(c => Link(c, url)).ToList<object?>();
        return values;
    }

    private static List<object?> Items(IReadOnlyList<NavNode> nodes, NavNode current, Func<string, string> url, bool expand)
    {
        var path = current.Ancestors().Append(current).ToHashSet();
        return ItemsOnPath(nodes, path, current, url, expand);
    }

    private static List<object?> ItemsOnPath(IReadOnlyList<NavNode> nodes, HashSet<NavNode> path, NavNode current, Func<string, string> url, bool expand)
    {
        var (first, count) = SidebarWindow.Of(nodes, path);
        var items = new List<object?>(count);
        for (var i = first; i < first + count; i++)
        {
            var n = nodes[i];
            var onPath = path.Contains(n);
            var children = n.VisibleChildren;
            items.Add(new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["title"] = n.Title,
                ["url"] = url(n.Page.OutputPath),
                ["current"] = n == current,
                ["active"] = onPath,
                ["has_children"] = children.Count > 0,
                ["children"] = onPath && expand ? ItemsOnPath(children, path, current, url, expand) : new List<object?>(),
                ["hidden_before"] = i == first ? first : 0,
                ["hidden_after"] = i == first + count - 1 ? nodes.Count - first - count : 0,
            });
        }
        return items;
    }

    private static List<object?> Toc(IReadOnlyList<TocEntry> entries)
    {
        // Sized from the start (a dictionary grows at its fourth key): a page's contents were a third of its model's garbage.
        var toc = new List<object?>(entries.Count);
        foreach (var e in entries)
            toc.Add(new Dictionary<string, object?>(4, StringComparer.Ordinal)
            {
                ["id"] = e.Id,
                ["text"] = e.Text,
                ["level"] = e.Level,
                ["children"] = Toc(e.Children),
            });
        return toc;
    }
}

using System.Collections.Concurrent;
using Lotse.Blocks.Config;
using Lotse.Kernel;
using Lotse.Site.Navigation;
using Lotse.Site.Pipelines;

namespace Lotse.Site;

/// <summary>
/// What the whole site looks like once every page is known (after the ContentPipeline's Process phase), made
/// once per build and shared by the modules that need it: the data files, the navigation tree, the settings as
/// layouts see them (each feature adds its part, <see cref="IFeature.LayoutSettings"/>), and each feature's own plan
/// (<see cref="Part{T}"/>).
/// </summary>
public sealed class SitePlan
{
    private readonly BuildContext _context;
    private readonly ConcurrentDictionary<Type, Lazy<object>> _parts = new();
    private readonly Lazy<SiteConfig> _layoutConfig;

    private SitePlan(BuildContext context, IReadOnlyDictionary<string, object?> data, NavTree nav)
    {
        _context = context;
        Data = data;
        Nav = nav;
        // The settings that name pages are checked here, once every page is known (their wrong entries left out).
        _layoutConfig = new Lazy<SiteConfig>(() => context.Features.Aggregate(
            SettingsNamingPages.Checked(context.Config, context.Outputs[nameof(ContentPipeline), Phase.Process], context.Diagnostics),
            (settings, feature) => feature.LayoutSettings(settings, context)));
    }

    public IReadOnlyDictionary<string, object?> Data { get; }
    public NavTree Nav { get; }

    /// <summary>The pages once every page is known.</summary>
    public IReadOnlyList<Document> Pages => _context.Outputs[nameof(ContentPipeline), Phase.Process];

    public SiteConfig LayoutConfig => _layoutConfig.Value;

    /// <summary>A feature's plan for this build (print editions, offline downloads), made once, on first use.</summary>
    public T Part<T>(Func<BuildContext, T> create) where T : class =>
        (T)_parts.GetOrAdd(typeof(T), _ => new Lazy<object>(() => create(_context))).Value;

    public static SitePlan Create(BuildContext context)
    {
        var pages = context.Outputs[nameof(ContentPipeline), Phase.Process];
        var data = SiteData.Of(context);
        var layout = NavLayoutOf(data, context);
        var nav = context.Cache is { } cache
            ? cache.NavTree.Get(pages, layout, cache.Fingerprints, () => NavTree.Build(pages, layout))
            : NavTree.Build(pages, layout);
        return new SitePlan(context, data, nav);
    }

    /// <summary>The explicit navigation: <c>content/_data/nav.yml</c>, else GitBook's <c>SUMMARY.md</c> or docsify's
    /// <c>_sidebar.md</c> in the content folder, else none (the folder tree alone).</summary>
    private static NavLayout NavLayoutOf(IReadOnlyDictionary<string, object?> data, BuildContext context)
    {
        var yaml = NavYaml.Read(data);
        return yaml.Entries.Count > 0 ? yaml : NavMarkdownList.Read(context.Paths.Content);
    }
}

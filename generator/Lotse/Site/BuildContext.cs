using Lotse.Blocks.Config;
using Lotse.Blocks.Diagnostics;
using Lotse.Blocks.Markdown;
using Lotse.Blocks.Output;
using Lotse.Blocks.Paths;
using Lotse.Blocks.Templates;
using Lotse.Kernel;

namespace Lotse.Site;

/// <summary>Everything a module may use: settings, paths, the features, the shared Markdown pipeline, the parsed
/// templates, the diagnostics, the outputs of earlier pipelines and the output writer. One per build; nothing static.</summary>
public sealed class BuildContext : IPipelineContext
{
    public required BuildOptions Options { get; init; }
    public required SiteConfig Config { get; init; }
    public required SitePaths Paths { get; init; }
    public required IReadOnlyList<IFeature> Features { get; init; }

    /// <summary>The build's pipelines, in the order they were declared.</summary>
    public required IReadOnlyList<string> PipelineNames { get; init; }

    /// <summary>The pipelines a rebuild in stages runs after the pages are written (<see cref="Pipeline.AfterPages"/>).</summary>
    public required IReadOnlyList<string> LaterPipelineNames { get; init; }
    public required MarkdownRenderer Markdown { get; init; }
    public required TemplateSet Templates { get; init; }
    public required DiagnosticBag Diagnostics { get; init; }

    /// <summary>The one writer of the output (<c>lotse check</c>: one that writes nothing).</summary>
    public required OutputWriter Output { get; init; }

    public PipelineOutputs Outputs { get; private init; } = new();
    public List<ModuleTiming> Timings { get; } = [];

    /// <summary>Set again for a build's later stage (<see cref="StagedBuild"/>), which a newer change may cancel.</summary>
    public CancellationToken CancellationToken { get; internal set; }

    /// <summary>Results of the previous build in this process (<c>lotse serve</c>), or null: compute everything.</summary>
    public BuildCache? Cache { get; init; }

    public bool MayWrite => Options.Write && !Diagnostics.HasErrors;

    public bool? MeasureMemory => Options.MeasureMemory;

    private IReadOnlyDictionary<string, FrontMatterKey>? _frontMatterKeys;

    /// <summary>The front-matter keys of the site and its features, by name (<see cref="FrontMatterKey.Of"/>).</summary>
    public IReadOnlyDictionary<string, FrontMatterKey> FrontMatterKeys => LazyInitializer.EnsureInitialized(ref _frontMatterKeys,
        () => FrontMatterKey.Of(Features).DistinctBy(k => k.Name).ToDictionary(k => k.Name, StringComparer.Ordinal));

    private SitePlan? _plan;

    /// <summary>The data, the navigation and the features' plans, made on first use (once every page is known).</summary>
    public SitePlan Plan => LazyInitializer.EnsureInitialized(ref _plan, () => SitePlan.Create(this));

    /// <summary>What the rendering of all pages made once for all of them (in <c>lotse serve</c>), for the fast lane.</summary>
    internal FastLaneParts LaneParts { get; private init; } = new();

    /// <summary>This build's settings, templates, plan (navigation, data, the features' plans) and outputs, with other
    /// diagnostics and another writer: <c>lotse serve</c>'s fast lane renders one edited page with the site-wide facts of
    /// the build this context made (<see cref="SinglePageRender"/>).</summary>
    internal BuildContext ForOnePage(DiagnosticBag diagnostics, OutputWriter output, CancellationToken cancellationToken) => new()
    {
        Options = Options,
        Config = Config,
        Paths = Paths,
        Features = Features,
        PipelineNames = PipelineNames,
        LaterPipelineNames = LaterPipelineNames,
        Markdown = Markdown,
        Templates = Templates,
        Diagnostics = diagnostics,
        Output = output,
        Cache = Cache,
        CancellationToken = cancellationToken,
        Outputs = Outputs,
        LaneParts = LaneParts,
        _frontMatterKeys = FrontMatterKeys,
        _plan = Plan,
    };

    /// <summary>The value the previous build computed for the same <paramref name="key"/> (<c>lotse serve</c>), or
    /// <paramref name="compute"/>'s. The key is only made when there is a cache. With <paramref name="reportsProblems"/>,
    /// a result is kept only when computing it reported nothing (a reused result would not report its problems again).</summary>
    public T? Reuse<T>(Func<BuildCache, Memo<T>> memo, Func<UInt128> key, Func<T?> compute, bool reportsProblems = false) where T : class
    {
        if (Cache is not { } cache) return compute();
        var reported = Diagnostics.Count;
        return memo(cache).GetOrAdd(key(), compute, reportsProblems ? () => Diagnostics.Count == reported : null);
    }

    /// <summary>The document made from <paramref name="input"/> with <paramref name="key"/> in the previous build
    /// (<c>lotse serve</c>: the same instance, so later steps find theirs by instance too), or <paramref name="make"/>'s.</summary>
    public Document Derive<TKey>(Func<BuildCache, DerivedDocuments<TKey>> derived, Document input, TKey key, Func<Document, TKey, Document> make) =>
        Cache is { } cache ? derived(cache).Get(input, key, make) : make(input, key);
}

/// <summary>Set by <see cref="Modules.RenderMarkdown"/> and <see cref="Modules.RenderLayouts"/> in <c>lotse serve</c>.</summary>
internal sealed class FastLaneParts
{
    public Modules.RenderMarkdown.MarkdownStep? Markdown { get; set; }
    public Modules.RenderLayouts.LayoutStep? Layouts { get; set; }
}

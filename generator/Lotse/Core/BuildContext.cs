using Lotse.Config;
using Lotse.Diagnostics;
using Lotse.Markdown;
using Lotse.Templates;

namespace Lotse.Core;

/// <summary>Everything a module may use: settings, paths, the shared Markdown pipeline, the parsed
/// templates, the diagnostics and the outputs of earlier pipelines. One per build; nothing static.</summary>
public sealed class BuildContext
{
    public required BuildOptions Options { get; init; }
    public required SiteConfig Config { get; init; }
    public required SitePaths Paths { get; init; }
    public required MarkdownRenderer Markdown { get; init; }
    public required TemplateSet Templates { get; init; }
    public required DiagnosticBag Diagnostics { get; init; }
    public PipelineOutputs Outputs { get; } = new();
    public List<ModuleTiming> Timings { get; } = [];
    /// <summary>Set again for a build's later stage (<see cref="StagedBuild"/>), which a newer change may cancel.</summary>
    public CancellationToken CancellationToken { get; internal set; }

    /// <summary>Results of the previous build in this process (<c>lotse serve</c>), or null: compute everything.</summary>
    public BuildCache? Cache { get; init; }

    /// <summary>The folder files are written to during this build (swapped in after success).</summary>
    public required string StagingFolder { get; init; }

    public bool WriteOutput => Options.Write;

    /// <summary>True when <see cref="StagingFolder"/> is the output folder itself, updated in place (rebuilds in <c>lotse serve</c>).</summary>
    public bool InPlace { get; init; }

    private SitePlan? _plan;

    /// <summary>The navigation, Gesamtausgaben and offline downloads, made on first use (once every page is known).</summary>
    public SitePlan Plan => LazyInitializer.EnsureInitialized(ref _plan, () => SitePlan.Create(this));
}

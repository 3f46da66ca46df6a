using System.Diagnostics;
using Lotse.Blocks.Config;
using Lotse.Blocks.Diagnostics;
using Lotse.Blocks.Markdown;
using Lotse.Blocks.Output;
using Lotse.Blocks.Paths;
using Lotse.Blocks.Templates;
using Lotse.Kernel;
using Lotse.Site.Pipelines;

namespace Lotse.Site;

/// <summary>One build from its settings to its swap: what <see cref="SiteBuild"/> runs its pipelines on, in one pass
/// (<c>lotse build</c>) or in stages (<see cref="StagedBuild"/>).</summary>
internal sealed class BuildRun
{
    private readonly Stopwatch _clock;

    private BuildRun(BuildContext context, Stopwatch clock)
    {
        Context = context;
        _clock = clock;
    }

    public BuildContext Context { get; }

    /// <summary>True when the build writes straight into the output folder (a rebuild in <c>lotse serve</c>).</summary>
    public bool InPlace => Context.Output.IsInPlace;

    /// <summary>Settings, folders, templates, the Markdown pipeline and where to write; or the result of a build that
    /// may not write where it was asked to.</summary>
    public static (BuildRun? Run, BuildResult? Refused) Start(BuildOptions options, IReadOnlyList<IFeature> features, IReadOnlyList<Pipeline> pipelines,
        BuildCache? cache, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();

        // 0. A root that does not exist (a typo) or has no content folder: said exactly that, and nothing is created.
        var contentFolder = Path.Combine(options.Root, "content");
        if (!Directory.Exists(options.Root) || !Directory.Exists(contentFolder))
        {
            var missing = !Directory.Exists(options.Root)
                ? $"The site folder '{options.Root}' does not exist. Check the path (a typo?) or create the site with 'lotse new'"
                : $"The site folder '{options.Root}' has no 'content' folder. Run Lotse in the folder that holds lotse.yml and content/, or create content/ with the pages";
            diagnostics.Error(DiagnosticCodes.RootMissing, Directory.Exists(options.Root) ? "content" : options.Root, 0, 0, missing);
            return (null, new BuildResult(false, diagnostics.Sorted(), new PipelineOutputs(), [], 0, clock.Elapsed));
        }

        // 1. Settings, folders, templates (all parsed before any page renders), the Markdown pipeline with the features' syntax.
        var config = SiteConfig.Load(options.Root, diagnostics);
        var paths = new SitePaths(options.Root, config.Themes);
        var templates = TemplateSet.Load(paths.Themes, paths.Relative, diagnostics);
        var markdown = new MarkdownRenderer(features.SelectMany(f => f.MarkdownExtensions));

        // 2. Where to write: a staging folder next to the output, swapped in only after success; or, for a rebuild
        //    in serve, the output itself, where only changed files are written once everything is rendered.
        var folder = new OutputFolder(options.OutputFolder);
        if (options.Write && folder.RefusalReason(options.Root) is { } refusal)
        {
            diagnostics.Error(DiagnosticCodes.ForeignFileInOutput, folder.Path, 0, 0, refusal);
            return (null, new BuildResult(false, diagnostics.Sorted(), new PipelineOutputs(), [], 0, clock.Elapsed));
        }
        cache?.NextBuild();
        var output = !options.Write ? OutputWriter.None(diagnostics)
            : cache is { Output: { HasOutput: true } record } && folder.IsLotseOutput ? OutputWriter.InPlace(folder, record, diagnostics)
            : OutputWriter.IntoStaging(folder, cache?.Output, diagnostics);

        var context = new BuildContext
        {
            Options = options,
            Config = config,
            Paths = paths,
            Features = features,
            PipelineNames = pipelines.Select(p => p.Name).ToList(),
            LaterPipelineNames = pipelines.Where(p => p.AfterPages).Select(p => p.Name).ToList(),
            Markdown = markdown,
            Templates = templates,
            Diagnostics = diagnostics,
            Output = output,
            Cache = cache,
            CancellationToken = cancellationToken,
        };
        return (new BuildRun(context, clock), null);
    }

    /// <summary>Runs the given pipelines and phases (all when null); a build that throws leaves no staging folder behind.</summary>
    public async Task RunAsync(Engine<BuildContext> engine, IReadOnlySet<string>? only = null, IReadOnlySet<Phase>? phases = null)
    {
        try
        {
            await engine.RunAsync(Context, only, phases);
        }
        catch
        {
            Context.Output.Discard();
            throw;
        }
    }

    /// <summary>The outcome so far, without swapping anything in (a staged rebuild's first stage).</summary>
    public BuildResult Result() => new(!Failed, Context.Diagnostics.Sorted(), Context.Outputs, [], PageCount, _clock.Elapsed, Context.Timings);

    private bool Failed => Context.Diagnostics.HasErrors || (Context.Options.Strict && Context.Diagnostics.HasProblems);

    private int PageCount => Context.Outputs[nameof(ContentPipeline), Phase.Process].Length;

    /// <summary>Swaps the new site in, or leaves the old one untouched.</summary>
    public BuildResult Finish()
    {
        var context = Context;
        var written = BuildOutputs.Of(context).Select(d => d.OutputPath).ToList();
        var failed = Failed;
        foreach (var foreign in context.Output.Finish(failed, written))
            context.Diagnostics.Warning(DiagnosticCodes.ForeignFileInOutput, $"{Path.GetFileName(Path.TrimEndingDirectorySeparator(context.Options.OutputFolder))}/{foreign}", 0, 0,
                "Lotse did not write this file; it was kept. Remove it by hand if it is not needed");
        if (context.Cache is { } cache && !failed)
            cache.LaterOutputs = StagedBuild.LaterPipelines(context).SelectMany(name => context.Outputs.FromPipeline(name)).ToList();

        return new BuildResult(!failed, context.Diagnostics.Sorted(), context.Outputs, written, PageCount, _clock.Elapsed, context.Timings);
    }
}

using System.Diagnostics;
using Lotse.Config;
using Lotse.Diagnostics;
using Lotse.Markdown;
using Lotse.Output;
using Lotse.Pipelines;
using Lotse.Templates;

namespace Lotse.Core;

/// <summary>One build from its settings to its swap: what <see cref="SiteBuilder"/> runs its pipelines on, in one pass
/// (<c>lotse build</c>) or in stages (<see cref="StagedBuild"/>).</summary>
internal sealed class BuildRun
{
    private readonly OutputFolder _output;
    private readonly Stopwatch _clock;

    private BuildRun(BuildContext context, OutputFolder output, Stopwatch clock)
    {
        Context = context;
        _output = output;
        _clock = clock;
    }

    public BuildContext Context { get; }

    /// <summary>True when the build writes straight into the output folder (a rebuild in <c>lotse serve</c>).</summary>
    public bool InPlace => Context.InPlace;

    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>Settings, folders, templates, the Markdown pipeline and where to write; or the result of a build that
    /// may not write where it was asked to.</summary>
    public static (BuildRun? Run, BuildResult? Refused) Start(BuildOptions options, BuildCache? cache, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();

        // 1. Settings, folders, templates (all parsed before any page renders), the Markdown pipeline.
        var config = SiteConfig.Load(options.Root, diagnostics);
        var paths = new SitePaths(options.Root, config.Themes);
        var templates = TemplateSet.Load(paths.Themes, paths.Relative, diagnostics);
        var markdown = new MarkdownRenderer();

        // 2. Where to write: a staging folder next to the output, swapped in only after success; or, for a rebuild
        //    in serve, the output itself, where only changed files are written once everything is rendered.
        var output = new OutputFolder(options.OutputFolder);
        if (options.Write && output.RefusalReason(options.Root) is { } refusal)
        {
            diagnostics.Error(DiagnosticCodes.ForeignFileInOutput, output.Path, 0, 0, refusal);
            return (null, new BuildResult(false, diagnostics.Sorted(), new PipelineOutputs(), [], 0, clock.Elapsed));
        }
        cache?.NextBuild();
        var inPlace = options.Write && cache is { HasOutput: true } && output.IsLotseOutput;
        var staging = !options.Write ? "" : inPlace ? output.Path : output.CreateStaging();

        var context = new BuildContext
        {
            Options = options,
            Config = config,
            Paths = paths,
            Markdown = markdown,
            Templates = templates,
            Diagnostics = diagnostics,
            StagingFolder = staging,
            InPlace = inPlace,
            Cache = cache,
            CancellationToken = cancellationToken,
        };
        return (new BuildRun(context, output, clock), null);
    }

    /// <summary>Runs the given pipelines and phases (all when null); a build that throws leaves no staging folder behind.</summary>
    public async Task RunAsync(Engine engine, IReadOnlySet<string>? only = null, IReadOnlySet<Phase>? phases = null)
    {
        try
        {
            await engine.RunAsync(Context, only, phases);
        }
        catch
        {
            if (Context.Options.Write && !InPlace) OutputFolder.Discard(Context.StagingFolder);
            throw;
        }
    }

    /// <summary>The outcome so far, without swapping anything in (a staged rebuild's first stage).</summary>
    public BuildResult Result() => new(!Failed, Context.Diagnostics.Sorted(), Context.Outputs, [], PageCount, _clock.Elapsed, Context.Timings);

    private bool Failed => Context.Diagnostics.HasErrors || (Context.Options.Strict && Context.Diagnostics.Count > 0);

    private int PageCount => Context.Outputs[nameof(ContentPipeline), Phase.Process].Length;

    /// <summary>Swaps the new site in, or leaves the old one untouched.</summary>
    public BuildResult Finish()
    {
        var context = Context;
        var options = context.Options;
        var diagnostics = context.Diagnostics;
        var written = BuildOutputs.Of(context).Select(d => d.OutputPath).ToList();
        var failed = Failed;
        if (InPlace)
        {
            if (!failed) _output.CommitInPlace(written);
        }
        else if (options.Write)
        {
            if (failed) OutputFolder.Discard(context.StagingFolder);
            else
                foreach (var foreign in _output.Commit(context.StagingFolder, written))
                    diagnostics.Warning(DiagnosticCodes.ForeignFileInOutput, $"{Path.GetFileName(_output.Path)}/{foreign}", 0, 0,
                        "Lotse did not write this file; it was kept. Remove it by hand if it is not needed");
            if (context.Cache is { } cache) cache.HasOutput = !failed || cache.HasOutput;
        }
        if (context.Cache is { } memo && !failed)
            memo.LaterOutputs = StagedBuild.LaterPipelines.SelectMany(name => context.Outputs.FromPipeline(name)).ToList();

        return new BuildResult(!failed, diagnostics.Sorted(), context.Outputs, written, PageCount, _clock.Elapsed, context.Timings);
    }
}

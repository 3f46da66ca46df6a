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

        // A root that is a file (issue 18) is said before anything is read from it.
        if (File.Exists(options.Root))
        {
            diagnostics.Error(DiagnosticCodes.NotADirectory, Path.GetFullPath(options.Root), 0, 0,
                "This is a file, not a site folder. Give the folder that holds lotse.yml and content/");
            return (null, new BuildResult(false, diagnostics.Sorted(), new PipelineOutputs(), [], 0, clock.Elapsed));
        }

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
        diagnostics.UseSeverities(DiagnosticSeverities.From(config, diagnostics));
        _ = SiteBasePath.Of(config, diagnostics); // checked on every build, not only by a site with a 404 page
        var paths = new SitePaths(options.Root, config.Themes);
        var templates = TemplateSet.Load(paths.Themes, paths.Relative, diagnostics, name => ThemeAt(config, name));
        var markdown = new MarkdownRenderer(features.SelectMany(f => f.MarkdownExtensions));

        // 2. Where to write: a staging folder next to the output, swapped in only after success; or, for a rebuild
        //    in serve, the output itself, where only changed files are written once everything is rendered.
        var folder = new OutputFolder(options.OutputFolder);
        if (options.Write && folder.PathProblem() is { } problem)
        {
            diagnostics.Error(problem.Code, folder.Path, 0, 0, problem.Message);
            return (null, new BuildResult(false, diagnostics.Sorted(), new PipelineOutputs(), [], 0, clock.Elapsed));
        }
        if (options.Write && folder.RefusalReason(options.Root) is { } refusal)
        {
            diagnostics.Error(DiagnosticCodes.ForeignFileInOutput, folder.Path, 0, 0, refusal);
            return (null, new BuildResult(false, diagnostics.Sorted(), new PipelineOutputs(), [], 0, clock.Elapsed));
        }
        cache?.NextBuild();
        OutputWriter output;
        if (!options.Write) output = OutputWriter.None(diagnostics);
        else
        {
            OutputLock? outputLock = null;
            try
            {
                outputLock = OutputLock.Take(folder.Path, out var holder);
                if (outputLock is null)
                {
                    diagnostics.Error(DiagnosticCodes.OutputLocked, OutputLock.FileFor(folder.Path), 0, 0,
                        $"Another Lotse build ({holder}) is writing into '{folder.Path}' right now, so this one does not. Wait until it has finished (or stop it) and build again");
                    return (null, new BuildResult(false, diagnostics.Sorted(), new PipelineOutputs(), [], 0, clock.Elapsed));
                }
                if (folder.Repair() is { } repaired)
                    diagnostics.Warning(DiagnosticCodes.OutputSwapRepaired, folder.Path, 0, 0, $"{repaired}. Nothing to do; this build replaces it as usual");
                output = cache is { Output: { HasOutput: true } record } && folder.IsLotseOutput
                    ? OutputWriter.InPlace(folder, record, diagnostics, outputLock)
                    : OutputWriter.IntoStaging(folder, cache?.Output, diagnostics, outputLock);
            }
            catch (Exception e) when (FileSystemFault.Find(e) is { } fault)
            {
                outputLock?.Dispose();
                FileSystemFault.Report(fault, folder.Path, diagnostics);
                return (null, new BuildResult(false, diagnostics.Sorted(), new PipelineOutputs(), [], 0, clock.Elapsed));
            }
        }

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

    /// <summary>Where lotse.yml's <c>theme</c> names <paramref name="name"/>, or null when it does not name it (the default theme).</summary>
    private static (int Line, int Column)? ThemeAt(Blocks.Config.SiteConfig config, string name) => config.Values.GetValueOrDefault("theme") switch
    {
        string text when text == name => config.At("theme"),
        List<object?> list when list.FindIndex(o => o is string s && s == name) is var index and >= 0 => config.At("theme", index),
        _ => null,
    };

    /// <summary>Runs the given pipelines and phases (all when null); a build that throws leaves no staging folder behind.</summary>
    public async Task RunAsync(Engine<BuildContext> engine, IReadOnlySet<string>? only = null, IReadOnlySet<Phase>? phases = null)
    {
        try
        {
            await engine.RunAsync(Context, only, phases);
        }
        catch (Exception e) when (FileSystemFault.Find(e) is { } fault)
        {
            // Disk full, read-only, permission denied…: a diagnostic naming the path, never an internal error.
            FileSystemFault.Report(fault, Context.Options.OutputFolder, Context.Diagnostics, Context.Output.Shown);
            DiscardQuietly();
        }
        catch
        {
            Context.Output.Discard();
            throw;
        }
    }

    /// <summary>Removes the staging folder after a file-system error; one that cannot be removed either (the disk went
    /// read-only) is left for the next build to clean up.</summary>
    private void DiscardQuietly()
    {
        try
        {
            Context.Output.Discard();
        }
        catch (Exception e) when (FileSystemFault.Find(e) is not null)
        {
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
        var documents = BuildOutputs.Of(context);
        var written = documents.Select(d => d.OutputPath).ToList();
        var sources = documents.ToDictionary(d => d.OutputPath, d => d.SourcePath, StringComparer.Ordinal);
        IReadOnlyList<OutputFolder.Kept> kept = [];
        try
        {
            kept = context.Output.Finish(Failed, written, path => sources.GetValueOrDefault(path));
        }
        catch (Exception e) when (FileSystemFault.Find(e) is { } fault)
        {
            FileSystemFault.Report(fault, context.Options.OutputFolder, context.Diagnostics, context.Output.Shown);
            DiscardQuietly();
        }
        var failed = Failed;
        foreach (var foreign in kept)
            context.Diagnostics.Warning(DiagnosticCodes.ForeignFileInOutput, $"{Path.GetFileName(Path.TrimEndingDirectorySeparator(context.Options.OutputFolder))}/{foreign.Path}", 0, 0,
                foreign.LinkTarget is { } target
                    ? $"Lotse did not write this symbolic link (to '{target}'); it was kept as a link and not followed. Remove it by hand if it is not needed"
                    : $"Lotse did not write this {(foreign.Path.EndsWith('/') ? "folder" : "file")}; it was kept as it is. Remove it by hand if it is not needed");
        if (context.Cache is { } cache && !failed)
            cache.LaterOutputs = StagedBuild.LaterPipelines(context).SelectMany(name => context.Outputs.FromPipeline(name)).ToList();
        if (context.Cache is { } held) held.FastLane = failed ? null : SinglePageRender.From(context);

        return new BuildResult(!failed, context.Diagnostics.Sorted(), context.Outputs, written, PageCount, _clock.Elapsed, context.Timings);
    }
}

using System.Diagnostics;
using Lotse.Config;
using Lotse.Diagnostics;
using Lotse.Markdown;
using Lotse.Output;
using Lotse.Pipelines;
using Lotse.Templates;

namespace Lotse.Core;

/// <summary>Builds a site. Reads top to bottom as the data flow.</summary>
public static class SiteBuilder
{
    public static Task<BuildResult> BuildAsync(BuildOptions options, CancellationToken cancellationToken = default) =>
        BuildAsync(options, cache: null, cancellationToken);

    /// <param name="cache">What the previous build in this process left (<c>lotse serve</c>): unchanged pages are not
    /// rendered again, and once an output exists it is updated in place, only where files changed.</param>
    public static async Task<BuildResult> BuildAsync(BuildOptions options, BuildCache? cache, CancellationToken cancellationToken = default)
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
            return new BuildResult(false, diagnostics.Sorted(), new PipelineOutputs(), [], 0, clock.Elapsed);
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

        // 3. Data → content → site files → search index → link check, phase by phase (Input, Process, PostProcess, Output).
        try
        {
            await new Engine(Pipelines()).RunAsync(context);
        }
        catch
        {
            if (options.Write && !inPlace) OutputFolder.Discard(staging);
            throw;
        }

        // 4. Swap the new site in, or leave the old one untouched.
        var written = BuildOutputs.Of(context).Select(d => d.OutputPath).ToList();
        var failed = diagnostics.HasErrors || (options.Strict && diagnostics.Sorted().Count > 0);
        if (inPlace)
        {
            if (!failed) output.CommitInPlace(written);
        }
        else if (options.Write)
        {
            if (failed) OutputFolder.Discard(staging);
            else
                foreach (var foreign in output.Commit(staging, written))
                    diagnostics.Warning(DiagnosticCodes.ForeignFileInOutput, $"{Path.GetFileName(output.Path)}/{foreign}", 0, 0,
                        "Lotse did not write this file; it was kept. Remove it by hand if it is not needed");
            if (cache is not null) cache.HasOutput = !failed || cache.HasOutput;
        }

        var pages = context.Outputs[nameof(ContentPipeline), Phase.Process].Length;
        return new BuildResult(!failed, diagnostics.Sorted(), context.Outputs, written, pages, clock.Elapsed, context.Timings);
    }

    private static List<Pipeline> Pipelines()
    {
        List<Pipeline> pipelines = [new DataPipeline(), new AssetsPipeline(), new ContentPipeline(), new SiteFilesPipeline(), new SearchIndexPipeline(), new PrintEditionPipeline()];
        pipelines.Add(new OfflinePipeline(pipelines.Select(p => p.Name).ToList()));
        pipelines.Add(new ValidationPipeline(pipelines.Select(p => p.Name).ToList()));
        return pipelines;
    }
}

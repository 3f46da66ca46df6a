using Lotse.Pipelines;

namespace Lotse.Core;

/// <summary>Builds a site: settings, folders and templates (<see cref="BuildRun.Start"/>), then data → content → site
/// files → search index → Gesamtausgaben → offline downloads → link check, phase by phase (Input, Process,
/// PostProcess, Output), then the new site is swapped in, or the old one stays untouched.</summary>
public static class SiteBuilder
{
    public static Task<BuildResult> BuildAsync(BuildOptions options, CancellationToken cancellationToken = default) =>
        BuildAsync(options, cache: null, cancellationToken);

    /// <param name="cache">What the previous build in this process left (<c>lotse serve</c>): unchanged pages are not
    /// rendered again, and once an output exists it is updated in place, only where files changed.</param>
    public static async Task<BuildResult> BuildAsync(BuildOptions options, BuildCache? cache, CancellationToken cancellationToken = default)
    {
        var (run, refused) = BuildRun.Start(options, cache, cancellationToken);
        if (run is null) return refused!;
        await run.RunAsync(new Engine(Pipelines()));
        return run.Finish();
    }

    /// <summary>A rebuild in <c>lotse serve</c>: the pages first, the search index, Gesamtausgaben and offline
    /// downloads after (<see cref="StagedBuild"/>). A build that cannot update the output in place runs in one pass.</summary>
    public static async Task<StagedBuild> BuildInStagesAsync(BuildOptions options, BuildCache cache, CancellationToken cancellationToken = default)
    {
        var (run, refused) = BuildRun.Start(options, cache, cancellationToken);
        if (run is null) return StagedBuild.Complete(refused!);
        var pipelines = Pipelines();
        if (!run.InPlace)
        {
            await run.RunAsync(new Engine(pipelines));
            return StagedBuild.Complete(run.Finish());
        }
        return await StagedBuild.StartAsync(run, pipelines);
    }

    internal static List<Pipeline> Pipelines()
    {
        List<Pipeline> pipelines = [new DataPipeline(), new AssetsPipeline(), new ContentPipeline(), new SiteFilesPipeline(), new SearchIndexPipeline(), new PrintEditionPipeline()];
        pipelines.Add(new OfflinePipeline(pipelines.Select(p => p.Name).ToList()));
        pipelines.Add(new ValidationPipeline(pipelines.Select(p => p.Name).ToList()));
        return pipelines;
    }
}

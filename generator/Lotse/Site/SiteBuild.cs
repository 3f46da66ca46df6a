using Lotse.Kernel;
using Lotse.Site.Pipelines;

namespace Lotse.Site;

/// <summary>Builds a site with the given features: settings, folders and templates (<see cref="BuildRun.Start"/>), then
/// data → assets → content → site files → the features' pipelines → link check, phase by phase (Input, Process,
/// PostProcess, Output), then the new site is swapped in, or the old one stays untouched.</summary>
internal static class SiteBuild
{
    /// <param name="cache">What the previous build in this process left (<c>lotse serve</c>): unchanged pages are not
    /// rendered again, and once an output exists it is updated in place, only where files changed.</param>
    public static async Task<BuildResult> RunAsync(BuildOptions options, IReadOnlyList<IFeature> features, BuildCache? cache, CancellationToken cancellationToken = default)
    {
        var pipelines = Pipelines(features);
        var (run, refused) = BuildRun.Start(options, features, pipelines, cache, cancellationToken);
        if (run is null) return refused!;
        await run.RunAsync(new Engine<BuildContext>(pipelines));
        return run.Finish();
    }

    /// <summary>A rebuild in <c>lotse serve</c>: the pages first, the pipelines that come after the pages (search index,
    /// Gesamtausgaben, offline downloads) later (<see cref="StagedBuild"/>). A build that cannot update the output in
    /// place runs in one pass.</summary>
    public static async Task<StagedBuild> RunInStagesAsync(BuildOptions options, IReadOnlyList<IFeature> features, BuildCache cache, CancellationToken cancellationToken = default)
    {
        var pipelines = Pipelines(features);
        var (run, refused) = BuildRun.Start(options, features, pipelines, cache, cancellationToken);
        if (run is null) return StagedBuild.Complete(refused!);
        if (!run.InPlace)
        {
            await run.RunAsync(new Engine<BuildContext>(pipelines));
            return StagedBuild.Complete(run.Finish());
        }
        return await StagedBuild.StartAsync(run, pipelines);
    }

    /// <summary>The site's pipelines, each feature's, and the link check over all of them.</summary>
    internal static List<Pipeline> Pipelines(IReadOnlyList<IFeature> features)
    {
        List<Pipeline> pipelines = [new DataPipeline(), new AssetsPipeline(features), new ContentPipeline(features), new SiteFilesPipeline()];
        foreach (var feature in features) pipelines.AddRange(feature.Pipelines(pipelines.Select(p => p.Name).ToList()));
        pipelines.Add(new ValidationPipeline(pipelines.Select(p => p.Name).ToList()));
        return pipelines;
    }
}

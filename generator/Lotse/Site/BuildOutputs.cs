using Lotse.Kernel;

namespace Lotse.Site;

/// <summary>The documents a build writes, from every pipeline, one per output path: for a page a feature writes later
/// (<see cref="IFeature.WritesLater"/>) from a later pipeline, the later document.</summary>
internal static class BuildOutputs
{
    /// <summary>Ordered by output path.</summary>
    public static List<Document> Of(BuildContext context) => context.PipelineNames
        .SelectMany(name => context.Outputs.FromPipeline(name))
        .Where(d => d.OutputPath.Length > 0)
        .Reverse()
        .DistinctBy(d => d.OutputPath, StringComparer.Ordinal)
        .OrderBy(d => d.OutputPath, StringComparer.Ordinal)
        .ToList();
}


using Lotse.Site.Modules;

namespace Lotse.Site.Pipelines;

/// <summary>Theme assets and the non-Markdown files of <c>content/</c>, copied as they are, and the files the features
/// make from them (<see cref="IFeature.AddFiles"/>).</summary>
public sealed class AssetsPipeline : Pipeline
{
    public AssetsPipeline(IReadOnlyList<IFeature> features)
    {
        Input.AddRange([new ReadAssets(), new ReadVendorFiles(), .. features.SelectMany(f => f.AddFiles)]);
        Output.Add(new WriteFiles());
    }
}

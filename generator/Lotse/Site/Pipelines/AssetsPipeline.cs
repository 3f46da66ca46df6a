
using Lotse.Site.Modules;

namespace Lotse.Site.Pipelines;

/// <summary>Theme assets and the non-Markdown files of <c>content/</c>, copied as they are.</summary>
public sealed class AssetsPipeline : Pipeline
{
    public AssetsPipeline()
    {
        Input.AddRange([new ReadAssets(), new ReadVendorFiles()]);
        Output.Add(new WriteFiles());
    }
}

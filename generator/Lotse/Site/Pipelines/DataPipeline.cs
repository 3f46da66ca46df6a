
using Lotse.Blocks.Paths;
using Lotse.Features.Offline;
using Lotse.Features.Print;
using Lotse.Features.SiteSearch;
using Lotse.Kernel;
using Lotse.Site;
using Lotse.Site.Modules;

namespace Lotse.Site.Pipelines;

/// <summary>The data files of <c>content/_data/</c>, for layouts and pages from data.</summary>
public sealed class DataPipeline : Pipeline
{
    public DataPipeline()
    {
        Input.Add(new ReadDataFiles());
    }
}

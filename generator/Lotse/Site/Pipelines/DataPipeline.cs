
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

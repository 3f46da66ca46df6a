using Lotse.Site;
using Lotse.Site.Modules;

namespace Lotse.Features.Conformance;

/// <summary>The conformance report, once every page is built (and before the offline archive, which contains it).</summary>
internal sealed class ConformancePipeline : Pipeline
{
    public ConformancePipeline(IReadOnlyList<string> sitePipelines)
    {
        AfterPages = true;
        Dependencies.AddRange(sitePipelines);
        PostProcess.Add(new BuildConformanceReport());
        Output.Add(new WriteFiles());
    }
}

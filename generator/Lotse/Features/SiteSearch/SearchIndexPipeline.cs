
using Lotse.Site;
using Lotse.Site.Modules;
using Lotse.Site.Pipelines;

namespace Lotse.Features.SiteSearch;

/// <summary>The search index, built once every page is rendered.</summary>
internal sealed class SearchIndexPipeline : Pipeline
{
    public SearchIndexPipeline()
    {
        AfterPages = true;
        Dependencies.Add(nameof(ContentPipeline));
        PostProcess.Add(new GenerateSearchIndex());
        Output.Add(new WriteFiles());
    }
}

using Lotse.Core;
using Lotse.Modules;

namespace Lotse.Pipelines;

/// <summary>The search index, built once every page is rendered.</summary>
public sealed class SearchIndexPipeline : Pipeline
{
    public SearchIndexPipeline()
    {
        Dependencies.Add(nameof(ContentPipeline));
        PostProcess.Add(new GenerateSearchIndex());
        Output.Add(new WriteFiles());
    }
}

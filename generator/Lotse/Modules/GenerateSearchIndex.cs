using System.Collections.Immutable;
using Lotse.Core;
using Lotse.Pipelines;
using Lotse.Search;
using Lotse.SiteSearch;

namespace Lotse.Modules;

/// <summary>Builds the site's German search index (lunr 2.x format, sharded by area, as classic scripts that
/// also load from file://) from every searchable page; the glossary gives the synonym groups.</summary>
public sealed class GenerateSearchIndex : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        if (context.Config.Values.GetValueOrDefault("search") is not true) return Task.FromResult(inputs);
        var pages = context.Outputs.FromPipeline(nameof(ContentPipeline)).Where(SearchDocuments.IsSearchable).ToList();
        var docs = pages.SelectMany(SearchDocuments.Of).ToList();
        var files = SearchIndexWriter.Write(docs, GlossarySearchSynonyms.From(SiteData.Of(context)));
        return Task.FromResult(files
            .Select(f => new Document(SearchIndexWriter.ManifestPath, f.RelativePath, f.Content, Metadata.Empty))
            .ToImmutableArray());
    }
}

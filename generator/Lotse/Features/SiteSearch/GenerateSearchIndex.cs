using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Lotse.Kernel;
using Lotse.Search;
using Lotse.Site;
using Lotse.Site.Pipelines;

namespace Lotse.Features.SiteSearch;

/// <summary>Builds the site's German search index (lunr 2.x format, sharded by area, as classic scripts that
/// also load from file://) from every searchable page; the glossary gives the synonym groups. In
/// <c>lotse serve</c> a shard whose inputs did not change is taken from the previous build, and so are the terms of every
/// search document whose text did not change (only a changed page's documents are tokenized again).</summary>
internal sealed class GenerateSearchIndex : IModule
{
    /// <summary>From this many search documents (a section is one; 10k pages make about 65,000), a build collects the
    /// garbage the index leaves once it is written.</summary>
    private const int LargeIndexDocuments = 20_000;

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        if (context.Config.Values.GetValueOrDefault("search") is not true) return Task.FromResult(inputs);
        var (files, documents) = WriteIndex(context);
        if (documents >= LargeIndexDocuments)
        {
            // The documents, their index and its builder are garbage now (WriteIndex has returned), hundreds of MB in a big
            // site, which the runtime would not collect before the offline archive grows the heap further: 10k pages with
            // everything, peak RSS 2.67 → 2.56 GB (medians of three), for a blocking collection of about 0.4 s. Aggressive:
            // the memory it held is given back to the system too, not kept committed for later modules to fill (10k pages:
            // committed memory after this module 863 → 410 MiB).
            OneShotMemory.GiveBack(context);
        }
        return Task.FromResult(files
            .Select(f => new Document(SearchIndexWriter.ManifestPath, f.RelativePath, "", Metadata.Empty)
            {
                Body = f.Written ? DocumentBody.Streamed : DocumentBody.Utf8(f.Utf8),
            })
            .ToImmutableArray());
    }

    private static (IReadOnlyList<SearchOutputFile> Files, int Documents) WriteIndex(BuildContext context)
    {
        var pages = context.Outputs.FromPipeline(nameof(ContentPipeline)).Where(SearchDocuments.IsSearchable).ToList();
        // Pages split into sections on both cores (1.3 s of CPU at 10k pages), in page order.
        var areas = AreaLabels.From(context.Config, context.Outputs.FromPipeline(nameof(ContentPipeline)));
        // Each thread splits its pages with buffers of its own.
        using var splitters = new ThreadLocal<HtmlSections>(() => new HtmlSections());
        var docs = pages.AsParallel().AsOrdered().SelectMany(page => SearchDocuments.Of(page, areas, splitters.Value!)).ToList();
        var count = docs.Count;
        var cache = context.Cache is { } buildCache ? new ShardMemo(buildCache.Slot<SearchCache>()) : null;
        // A build into a new staging folder gets the shards streamed straight into it, so that it does not hold them until
        // the files are written; a rebuild in place (lotse serve) writes only once everything is checked, lotse check never.
        // The documents are handed over: the writer lets their texts go once it has tokenized them.
        return (SearchIndexWriter.WriteHandedOver(docs, GlossarySearchSynonyms.From(SiteData.Of(context)), cache, context.Output.EarlyStreams), count);
    }

    private sealed class ShardMemo(SearchCache slot) : ISearchShardCache
    {
        public bool TryGet(UInt128 key, [MaybeNullWhen(false)] out SearchShardScript shard) => slot.SearchShards.TryGet(key, out shard);

        public void Set(UInt128 key, SearchShardScript shard) => slot.SearchShards.Set(key, shard);

        public bool TryGetTerms(UInt128 key, [MaybeNullWhen(false)] out string[][] terms) => slot.DocumentTerms.TryGet(key, out terms);

        public void SetTerms(UInt128 key, string[][] terms)
        {
            slot.CountTokenized();
            slot.DocumentTerms.Set(key, terms);
        }
    }
}

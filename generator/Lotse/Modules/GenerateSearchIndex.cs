using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Lotse.Core;
using Lotse.Pipelines;
using Lotse.Search;
using Lotse.SiteSearch;

namespace Lotse.Modules;

/// <summary>Builds the site's German search index (lunr 2.x format, sharded by area, as classic scripts that
/// also load from file://) from every searchable page; the glossary gives the synonym groups. In
/// <c>lotse serve</c> a shard whose inputs did not change is taken from the previous build.</summary>
public sealed class GenerateSearchIndex : IModule
{
    /// <summary>From this many search documents (a section is one; 10k pages make about 65,000), a build collects the
    /// garbage the index leaves once it is written.</summary>
    private const int LargeIndexDocuments = 20_000;

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        if (context.Config.Values.GetValueOrDefault("search") is not true) return Task.FromResult(inputs);
        var (files, documents) = WriteIndex(context);
        if (context.Cache is null && documents >= LargeIndexDocuments)
        {
            // The documents, their index and its builder are garbage now (WriteIndex has returned), hundreds of MB in a big
            // site, which the runtime would not collect before the offline archive grows the heap further: 10k pages with
            // everything, peak RSS 2.67 → 2.56 GB (medians of three), for a blocking collection of about 0.4 s. Worth it
            // only while a later step (the archive) sets the peak. Not in lotse serve, whose rebuilds must be quick.
            GC.Collect();
        }
        return Task.FromResult(files
            .Select(f => new Document(SearchIndexWriter.ManifestPath, f.RelativePath, "",
                f.Written ? Metadata.Empty.Set(ContentKeys.Written, true) : Metadata.Empty.Set(ContentKeys.Utf8, f.Utf8)))
            .ToImmutableArray());
    }

    private static (IReadOnlyList<SearchOutputFile> Files, int Documents) WriteIndex(BuildContext context)
    {
        var pages = context.Outputs.FromPipeline(nameof(ContentPipeline)).Where(SearchDocuments.IsSearchable).ToList();
        // Pages split into sections on both cores (1.3 s of CPU at 10k pages), in page order.
        var docs = pages.AsParallel().AsOrdered().SelectMany(SearchDocuments.Of).ToList();
        var cache = context.Cache is { } buildCache ? new ShardMemo(buildCache.SearchShards) : null;
        return (SearchIndexWriter.Write(docs, GlossarySearchSynonyms.From(SiteData.Of(context)), cache, OpenInStaging(context)), docs.Count);
    }

    /// <summary>A build into a new staging folder (discarded if the build fails) gets the shards streamed straight into it,
    /// so that it does not hold them until the files are written; a rebuild in place (<c>lotse serve</c>) writes only once
    /// everything is checked, and <c>lotse check</c> writes nothing.</summary>
    private static Func<string, Stream>? OpenInStaging(BuildContext context)
    {
        if (!context.Options.Write || context.InPlace || context.StagingFolder.Length == 0) return null;
        return path =>
        {
            var file = Path.Combine(context.StagingFolder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            return new FileStream(file, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0);
        };
    }

    private sealed class ShardMemo(Memo<SearchShardScript> memo) : ISearchShardCache
    {
        public bool TryGet(UInt128 key, [MaybeNullWhen(false)] out SearchShardScript shard) => memo.TryGet(key, out shard);

        public void Set(UInt128 key, SearchShardScript shard) => memo.Set(key, shard);
    }
}

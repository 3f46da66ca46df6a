using Lotse.Kernel;
using Lotse.Search;
using Lotse.Site;

namespace Lotse.Features.SiteSearch;

/// <summary>The search's part of the build cache: the A–Z list, each shard of the index by what it depends on, and the
/// terms each search document's fields were tokenized into (a changed page rebuilds every shard, scored with the whole
/// site's statistics, but only its own documents run through the indexing pipeline again).</summary>
public sealed class SearchCache : IBuildCacheSlot
{
    private int _documentsTokenized;

    public Memo<List<object?>> SearchAz { get; } = new();
    public Memo<SearchShardScript> SearchShards { get; } = new();
    public Memo<string[][]> DocumentTerms { get; } = new();

    /// <summary>How many search documents the last build tokenized (those it did not find in <see cref="DocumentTerms"/>).</summary>
    public int DocumentsTokenized => _documentsTokenized;

    internal void CountTokenized() => Interlocked.Increment(ref _documentsTokenized);

    public void NextBuild()
    {
        SearchAz.NextBuild();
        SearchShards.NextBuild();
        DocumentTerms.NextBuild();
        _documentsTokenized = 0;
    }
}

using Lotse.Kernel;
using Lotse.Search;
using Lotse.Site;

namespace Lotse.Features.SiteSearch;

/// <summary>The search's part of the build cache: the A–Z list and each shard of the index, by what they depend on.</summary>
public sealed class SearchCache : IBuildCacheSlot
{
    public Memo<List<object?>> SearchAz { get; } = new();
    public Memo<SearchShardScript> SearchShards { get; } = new();

    public void NextBuild()
    {
        SearchAz.NextBuild();
        SearchShards.NextBuild();
    }
}

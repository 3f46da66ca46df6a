using System.Diagnostics.CodeAnalysis;

namespace Lotse.Search;

/// <summary>
/// Shards kept from an earlier build in the same process (<c>lotse serve</c>), by a key that covers
/// everything a shard's script depends on: its area, its documents, the synonym groups and the compound
/// lexicon (learnt from all documents). <see cref="SearchIndexWriter.Write"/> calls it from several threads.
/// </summary>
public interface ISearchShardCache
{
    bool TryGet(UInt128 key, [MaybeNullWhen(false)] out SearchShardScript shard);

    void Set(UInt128 key, SearchShardScript shard);
}

using System.Diagnostics.CodeAnalysis;

namespace Lotse.Search;

/// <summary>
/// Shards kept from an earlier build in the same process (<c>lotse serve</c>), by a key that covers
/// everything a shard's script depends on: its area, its documents, the synonym groups and the compound
/// lexicon (learnt from all documents). <see cref="SearchIndexWriter.Write"/> calls it from several threads.
/// Since every shard is scored with the whole site's term statistics, a changed document builds every shard again;
/// the terms of each document that did not change are then taken from the cache too (<see cref="TryGetTerms"/>), so
/// that only the changed documents run through the indexing pipeline.
/// </summary>
public interface ISearchShardCache
{
    bool TryGet(UInt128 key, [MaybeNullWhen(false)] out SearchShardScript shard);

    void Set(UInt128 key, SearchShardScript shard);

    /// <summary>The terms a document's fields were tokenized into (<see cref="Lunr.LunrIndexBuilder.Tokenize"/>), by a key of
    /// its field values, the synonym groups and the compound lexicon.</summary>
    bool TryGetTerms(UInt128 key, [MaybeNullWhen(false)] out string[][] terms)
    {
        terms = null;
        return false;
    }

    void SetTerms(UInt128 key, string[][] terms)
    {
    }
}

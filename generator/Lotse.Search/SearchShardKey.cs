using System.IO.Hashing;
using System.Runtime.InteropServices;
using Lotse.Search.Pipeline;

namespace Lotse.Search;

/// <summary>
/// The <see cref="ISearchShardCache"/> key of a shard: a 128-bit hash of its inputs. Every text is hashed
/// with its length, so that no two different inputs run together into the same bytes.
/// </summary>
internal sealed class SearchShardKey
{
    private readonly XxHash128 _hash = new();

    /// <summary>What every shard depends on: the synonym groups and the compound lexicon.</summary>
    public static UInt128 OfShared(IReadOnlyList<SynonymGroup> groups, IReadOnlyList<string> lexicon)
    {
        var key = new SearchShardKey().Add("lotse-search-shared/1").Add(groups.Count);
        foreach (var group in groups)
        {
            key.Add(group.Token).Add(group.Members.Count);
            foreach (var member in group.Members)
            {
                key.Add(member.Count);
                foreach (var word in member)
                {
                    key.Add(word);
                }
            }
        }
        key.Add(lexicon.Count);
        foreach (var word in lexicon)
        {
            key.Add(word);
        }
        return key.Value;
    }

    /// <summary>One shard: the shared inputs, its id and label, and all of its documents in order.</summary>
    public static UInt128 OfShard(UInt128 shared, string id, string label, IReadOnlyList<SearchDocument> docs)
    {
        var key = new SearchShardKey().Add("lotse-search-shard/1").Add(shared).Add(id).Add(label).Add(docs.Count);
        foreach (var doc in docs)
        {
            key.Add(doc.Ref).Add(doc.Url).Add(doc.Area).Add(doc.Title).Add(doc.Section).Add(doc.Headings).Add(doc.Body).Add(doc.Description).Add(doc.Summary)
                .Add(doc.IsFaq ? 1 : 0).Add(doc.Tags.Count);
            foreach (var tag in doc.Tags)
            {
                key.Add(tag);
            }
            key.Add(doc.Roles.Count);
            foreach (var role in doc.Roles)
            {
                key.Add(role);
            }
        }
        return key.Value;
    }

    /// <summary>The terms of one document: the shared inputs and its field values (<see cref="SearchFields.ValuesOf"/>).</summary>
    public static UInt128 OfDocumentTerms(UInt128 shared, IReadOnlyList<string?> fieldValues)
    {
        var key = new SearchShardKey().Add("lotse-search-document-terms/1").Add(shared).Add(fieldValues.Count);
        foreach (var value in fieldValues)
        {
            key.Add(value);
        }
        return key.Value;
    }

    /// <summary>The whole corpus: the keys of all shards, in order (the term statistics every shard is scored with).</summary>
    public static UInt128 OfCorpus(IReadOnlyList<UInt128> shardKeys)
    {
        var key = new SearchShardKey().Add("lotse-search-corpus/1").Add(shardKeys.Count);
        foreach (var shardKey in shardKeys)
        {
            key.Add(shardKey);
        }
        return key.Value;
    }

    /// <summary>A shard in its corpus: it is scored with the corpus's statistics.</summary>
    public static UInt128 OfCorpusShard(UInt128 corpus, UInt128 shard) =>
        new SearchShardKey().Add("lotse-search-corpus-shard/1").Add(corpus).Add(shard).Value;

    private UInt128 Value => _hash.GetCurrentHashAsUInt128();

    private SearchShardKey Add(string? text)
    {
        if (text is null)
        {
            return Add(-1);
        }
        Add(text.Length);
        _hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
        return this;
    }

    private SearchShardKey Add(long number)
    {
        _hash.Append(MemoryMarshal.AsBytes(new ReadOnlySpan<long>(in number)));
        return this;
    }

    private SearchShardKey Add(UInt128 value)
    {
        _hash.Append(MemoryMarshal.AsBytes(new ReadOnlySpan<UInt128>(in value)));
        return this;
    }
}

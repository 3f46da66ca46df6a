using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace Lotse.Search.Tests;

/// <summary>
/// SearchIndexWriter.Write with an <see cref="ISearchShardCache"/> (what <c>lotse serve</c> passes): a rebuild
/// reuses the shards when nothing searchable changed; since every shard is scored with the term statistics of the whole
/// site, a changed document builds all shards again. Its files are byte for byte those of a build without a cache.
/// </summary>
public class ShardCacheTests
{
    [Fact]
    public void An_unchanged_site_reuses_every_shard_and_a_changed_document_rebuilds_all_with_the_bytes_of_a_full_build()
    {
        var docs = ContentCorpus.Documents;
        var synonyms = ContentCorpus.Glossary();
        var cache = new CountingCache();
        var first = SearchIndexWriter.Write(docs, synonyms, cache);
        var shardCount = first.Count - 1;
        shardCount.ShouldBeGreaterThan(2);
        cache.Built.Count.ShouldBe(shardCount);
        cache.Reused.ShouldBe(0);
        ShouldBeTheSame(first, SearchIndexWriter.Write(docs, synonyms));

        cache.Built.Clear();
        ShouldBeTheSame(SearchIndexWriter.Write(docs, synonyms, cache), first);
        cache.Built.ShouldBeEmpty();
        cache.Reused.ShouldBe(shardCount);

        // A lower-case word leaves the compound lexicon (learnt from nouns) as it was, but changes the site's term
        // statistics, which every shard is scored with.
        var changedIndex = docs.Count - 1;
        var changed = docs.Select((d, i) => i == changedIndex ? d with { Body = d.Body + " zusätzlich geändert" } : d).ToList();
        cache.Built.Clear();

        var second = SearchIndexWriter.Write(changed, synonyms, cache);

        cache.Built.Count.ShouldBe(shardCount);
        ShouldBeTheSame(second, SearchIndexWriter.Write(changed, synonyms));
        var differing = first.Zip(second).Where(p => p.First.Text() != p.Second.Text()).Select(p => p.Second.RelativePath).ToList();
        differing.ShouldContain(SearchIndexWriter.Directory + "index-" + SearchAreas.IdOf(docs[changedIndex].Area) + ".js");
        differing.Count.ShouldBeGreaterThan(2, "the other shards' idf changed too");
    }

    [Fact]
    public void A_new_noun_changes_the_compound_lexicon_and_rebuilds_every_shard()
    {
        var docs = ContentCorpus.Documents;
        var synonyms = ContentCorpus.Glossary();
        var cache = new CountingCache();
        var first = SearchIndexWriter.Write(docs, synonyms, cache);
        cache.Built.Clear();

        var changed = docs.Select((d, i) => i == 0 ? d with { Body = d.Body + " Die Quarkstrudelverordnung gilt." } : d).ToList();
        var second = SearchIndexWriter.Write(changed, synonyms, cache);

        cache.Built.Count.ShouldBe(first.Count - 1);
        cache.Reused.ShouldBe(0);
        ShouldBeTheSame(second, SearchIndexWriter.Write(changed, synonyms));
    }

    [Fact]
    public void Changed_synonyms_rebuild_every_shard()
    {
        var docs = ContentCorpus.Documents;
        var cache = new CountingCache();
        var first = SearchIndexWriter.Write(docs, ContentCorpus.Glossary(), cache);
        cache.Built.Clear();

        var synonyms = new SearchSynonyms([.. ContentCorpus.Glossary().Groups, ["Quarkstrudel", "Topfenstrudel"]]);
        var second = SearchIndexWriter.Write(docs, synonyms, cache);

        cache.Built.Count.ShouldBe(first.Count - 1);
        ShouldBeTheSame(second, SearchIndexWriter.Write(docs, synonyms));
    }

    private static void ShouldBeTheSame(IReadOnlyList<SearchOutputFile> actual, IReadOnlyList<SearchOutputFile> expected)
    {
        actual.Select(f => f.RelativePath).ShouldBe(expected.Select(f => f.RelativePath));
        for (var i = 0; i < actual.Count; i++)
        {
            (actual[i].Text() == expected[i].Text()).ShouldBeTrue($"{actual[i].RelativePath} differs from a build without a cache");
        }
    }

    internal sealed class CountingCache : ISearchShardCache
    {
        private readonly ConcurrentDictionary<UInt128, SearchShardScript> _shards = new();
        private int _reused;

        public ConcurrentBag<string> Built { get; } = [];

        public int Reused => _reused;

        public bool TryGet(UInt128 key, [MaybeNullWhen(false)] out SearchShardScript shard)
        {
            if (_shards.TryGetValue(key, out shard))
            {
                Interlocked.Increment(ref _reused);
                return true;
            }
            return false;
        }

        public void Set(UInt128 key, SearchShardScript shard)
        {
            _shards[key] = shard;
            Built.Add(shard.File.RelativePath);
        }
    }
}

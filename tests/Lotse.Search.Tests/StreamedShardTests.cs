using System.Buffers;
using System.Collections.Concurrent;

namespace Lotse.Search.Tests;

/// <summary>
/// SearchIndexWriter.Write with a place to write to (what <c>lotse build</c> passes: its staging folder): each shard is
/// streamed there as it is written and comes back without bytes; what was streamed is byte for byte the shard of a
/// build that keeps its bytes, for small shards and for big ones (written on several threads).
/// </summary>
public class StreamedShardTests
{
    [Fact]
    public void Streamed_shards_are_the_bytes_of_shards_kept_in_memory()
    {
        // The repository's documents in their areas, and five more copies in one area: a shard big enough to be tokenized
        // on all cores.
        var docs = ContentCorpus.Documents
            .Concat(Enumerable.Range(1, 5).SelectMany(copy => ContentCorpus.Documents.Select(d =>
                d with { Ref = d.Ref + "-" + copy, Url = d.Url + "-" + copy, Area = "Kopien" })))
            .ToList();
        docs.Count(d => d.Area == "Kopien").ShouldBeGreaterThan(2000);
        var synonyms = ContentCorpus.Glossary();
        var streamed = new ConcurrentDictionary<string, MemoryStream>();

        var written = SearchIndexWriter.Write(docs, synonyms, open: path => streamed.GetOrAdd(path, _ => new MemoryStream()));
        var kept = SearchIndexWriter.Write(docs, synonyms);

        written.Select(f => f.RelativePath).ShouldBe(kept.Select(f => f.RelativePath));
        var shards = kept.Where(f => f.RelativePath != SearchIndexWriter.ManifestPath).ToList();
        shards.Count.ShouldBeGreaterThan(2);
        streamed.Keys.Order(StringComparer.Ordinal).ShouldBe(shards.Select(f => f.RelativePath).Order(StringComparer.Ordinal));
        foreach (var shard in shards)
        {
            var file = written.Single(f => f.RelativePath == shard.RelativePath);
            file.Written.ShouldBeTrue();
            file.Utf8.IsEmpty.ShouldBeTrue();
            streamed[shard.RelativePath].ToArray().ShouldBe(shard.ToArray(), shard.RelativePath);
        }
        // The manifest (which states each shard's size) is kept, the same.
        var manifest = written.Single(f => f.RelativePath == SearchIndexWriter.ManifestPath);
        manifest.Written.ShouldBeFalse();
        manifest.Text().ShouldBe(kept.Single(f => f.RelativePath == SearchIndexWriter.ManifestPath).Text());
    }

    /// <summary>Issue 26: a big shard's store is written in ranges of documents on all cores; each range starts from what the
    /// document before it leaves (a title the next one repeats as 0, a page whose sections follow as #anchor), so that the
    /// ranges one after the other are byte for byte the store written in one piece.</summary>
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(41)]
    public void A_store_written_in_ranges_is_the_store_written_in_one_piece(int parts)
    {
        var docs = SearchRefs.Numbered(ContentCorpus.Documents);
        docs.Length.ShouldBeGreaterThan(5 * parts);
        var whole = Utf8Chunks.Join(SearchIndexWriter.Store("shard", docs, 1)).ToArray();

        Utf8Chunks.Join(SearchIndexWriter.Store("shard", docs, parts)).ToArray().ShouldBe(whole);
    }

    /// <summary>What <c>lotse build</c> does: it hands its documents over (the writer empties the list and lets their texts go
    /// once they are tokenized); the files are those of documents that stay with the caller.</summary>
    [Fact]
    public void Handed_over_documents_give_the_same_files_and_are_let_go()
    {
        var docs = ContentCorpus.Documents.ToList();
        var synonyms = ContentCorpus.Glossary();
        var streamed = new ConcurrentDictionary<string, MemoryStream>();
        var kept = SearchIndexWriter.Write(docs, synonyms);

        var handedOver = docs.ToList();
        var written = SearchIndexWriter.WriteHandedOver(handedOver, synonyms, open: path => streamed.GetOrAdd(path, _ => new MemoryStream()));

        handedOver.ShouldBeEmpty();
        written.Select(f => f.RelativePath).ShouldBe(kept.Select(f => f.RelativePath));
        foreach (var shard in kept.Where(f => f.RelativePath != SearchIndexWriter.ManifestPath))
        {
            streamed[shard.RelativePath].ToArray().ShouldBe(shard.ToArray(), shard.RelativePath);
        }
        written.Single(f => f.RelativePath == SearchIndexWriter.ManifestPath).Text()
            .ShouldBe(kept.Single(f => f.RelativePath == SearchIndexWriter.ManifestPath).Text());
        docs.Count.ShouldBe(ContentCorpus.Documents.Count); // a list that was not handed over stays as it was
    }

    [Fact]
    public void With_a_cache_the_shards_are_kept_and_nothing_is_streamed()
    {
        var streamed = new ConcurrentBag<string>();
        var files = SearchIndexWriter.Write(ContentCorpus.Documents, ContentCorpus.Glossary(), new ShardCacheTests.CountingCache(),
            path => { streamed.Add(path); return new MemoryStream(); });

        streamed.ShouldBeEmpty();
        files.ShouldAllBe(f => !f.Written && f.Utf8.Length > 0);
    }
}

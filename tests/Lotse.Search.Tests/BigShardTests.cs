using System.Buffers;
using Lotse.Search.Lunr;
using Lotse.Search.Pipeline;

namespace Lotse.Search.Tests;

/// <summary>
/// Issue 26, a big shard on both cores: a site without areas puts every document into one shard (65,000 in 10k pages),
/// which is tokenized on all cores in chunks (added in order as they are done), scored on all cores, and written with its postings counted into place. The
/// index is the one a single pipeline builds document by document, and the compact postings are lunr's field vectors
/// grouped by term and document, exactly.
/// </summary>
public class BigShardTests
{
    /// <summary>The repository's documents, copied until there are at least <paramref name="atLeast"/> (a copy's texts differ by a word,
    /// and it starts elsewhere in the corpus).</summary>
    private static SearchDocument[] ManyDocuments(int atLeast)
    {
        var corpus = ContentCorpus.Documents;
        var docs = new List<SearchDocument>();
        for (var copy = 0; docs.Count < atLeast; copy++)
        {
            for (var i = 0; i < corpus.Count; i++)
            {
                var doc = corpus[(i + copy * 7) % corpus.Count];
                docs.Add(doc with { Body = doc.Body + " Abschnitt" + copy, Title = copy % 3 == 0 ? doc.Title : doc.Title + " Teil " + copy });
            }
        }
        return SearchRefs.Numbered(docs);
    }

    [Fact]
    public void A_big_shard_is_the_index_one_pipeline_builds_document_by_document()
    {
        var docs = ManyDocuments(9000); // many chunks of tokenizing, done on two cores in any order, added in order
        var synonyms = TestData.Synonyms();
        var lexicon = TestData.Lexicon();

        var alone = new LunrIndexBuilder(SearchFields.All, LotsePipelines.CreateIndexing(synonyms, lexicon), LotsePipelines.CreateSearch());
        foreach (var doc in docs)
        {
            alone.Add(doc.Ref, SearchFields.ValuesOf(doc));
        }
        var expected = alone.Build();
        var actual = SearchShardBuilder.Build(docs, synonyms, lexicon);

        actual.FieldVectors.Count.ShouldBeGreaterThan(50_000, "enough vectors to be scored on all cores");
        LunrIndexSerializer.Serialize(actual).ShouldBe(LunrIndexSerializer.Serialize(expected));
        CompactIndexSerializer.Serialize(actual).ShouldBe(CompactIndexSerializer.Serialize(expected));
        // What a build writes: the postings counted into place on all cores, each range of field entries after the ones before.
        var direct = new System.Text.StringBuilder();
        CompactIndexSerializer.Write(direct, SearchShardBuilder.Fill(docs, synonyms, lexicon).BuildCompact(null, SearchRefs.Parse));
        direct.ToString().ShouldBe(CompactIndexSerializer.Serialize(expected));
    }

    /// <summary>lotse build lets each document go once its terms are added (a big shard's texts are not all held until its
    /// last document is tokenized): the index is the same, for a big shard and a small one.</summary>
    [Theory]
    [InlineData(9000)]
    [InlineData(100)]
    public void Documents_let_go_once_tokenized_give_the_same_index(int count)
    {
        var docs = ManyDocuments(count);
        var synonyms = TestData.Synonyms();
        var lexicon = TestData.Lexicon();
        var expected = CompactIndexSerializer.Serialize(SearchShardBuilder.Build(docs, synonyms, lexicon));

        var released = docs.ToArray();
        var actual = SearchShardBuilder.FillReleasing(released, synonyms, lexicon, tokens: null).Build();

        released.ShouldAllBe(d => d == null);
        CompactIndexSerializer.Serialize(actual).ShouldBe(expected);
    }

    [Fact]
    public void Vectors_scored_on_all_cores_are_those_of_its_parts_scored_one_by_one_with_the_same_statistics()
    {
        var docs = ManyDocuments(9000);
        var synonyms = TestData.Synonyms();
        var lexicon = TestData.Lexicon();
        var whole = SearchShardBuilder.Fill(docs, synonyms, lexicon);
        var halves = new[] { docs[..(docs.Length / 2)], docs[(docs.Length / 2)..] }
            .Select(half => SearchShardBuilder.Fill(half, synonyms, lexicon)).ToArray();
        var statistics = LunrCorpusStatistics.Merge(halves.Select(h => h.Statistics()).ToArray());

        var big = whole.Build(statistics);
        var small = halves.Select(h => h.Build(statistics)).ToArray();

        big.FieldVectors.Count.ShouldBeGreaterThan(50_000);
        small.ShouldAllBe(s => s.FieldVectors.Count < 50_000, "each half is scored on one thread");
        var expected = small.SelectMany(Weights).ToArray();
        var actual = Weights(big).ToArray();
        actual.Length.ShouldBe(expected.Length);
        Enumerable.Range(0, actual.Length).FirstOrDefault(v => actual[v] != expected[v], -1).ShouldBe(-1, "the first vector that differs");
    }

    [Fact]
    public void Compact_postings_are_the_field_weights_summed_per_term_and_document_even_when_documents_come_out_of_order()
    {
        var docs = ManyDocuments(3000);
        // Added in reverse, so that each term's documents come out of order and are sorted.
        var builder = new LunrIndexBuilder(SearchFields.All, LotsePipelines.CreateIndexing(TestData.Synonyms(), TestData.Lexicon()),
            LotsePipelines.CreateSearch());
        foreach (var doc in docs.Reverse())
        {
            builder.Add(doc.Ref, SearchFields.ValuesOf(doc));
        }
        foreach (var index in new[] { builder.Build(), SearchShardBuilder.Build(docs, TestData.Synonyms(), TestData.Lexicon()) })
        {
            var postings = System.Text.Json.JsonDocument.Parse(CompactIndexSerializer.Serialize(index)).RootElement.GetProperty("postings").GetString()!;
            CompactCode.ReadAll(postings).ShouldBe(ExpectedPostings(index));
        }
    }

    [Fact]
    public void A_shard_writes_the_compact_index_of_the_index_it_would_build_without_building_it()
    {
        var docs = ManyDocuments(3000);
        var synonyms = TestData.Synonyms();
        var lexicon = TestData.Lexicon();
        var inOrder = SearchShardBuilder.Fill(docs, synonyms, lexicon);
        // Added in reverse by the builder's own Add: each term's documents come out of order and are sorted.
        var reversed = new LunrIndexBuilder(SearchFields.All, LotsePipelines.CreateIndexing(synonyms, lexicon), LotsePipelines.CreateSearch());
        foreach (var doc in docs.Reverse())
        {
            reversed.Add(doc.Ref, SearchFields.ValuesOf(doc));
        }
        var halves = new[] { docs[..(docs.Length / 2)], docs[(docs.Length / 2)..] }
            .Select(half => SearchShardBuilder.Fill(half, synonyms, lexicon).Statistics()).ToArray();
        var site = LunrCorpusStatistics.Merge(halves);

        foreach (var builder in new[] { inOrder, reversed })
        {
            foreach (var statistics in new[] { null, site })
            {
                var direct = new System.Text.StringBuilder();
                CompactIndexSerializer.Write(direct, builder.BuildCompact(statistics, SearchRefs.Parse));
                direct.ToString().ShouldBe(CompactIndexSerializer.Serialize(builder.Build(statistics)));
            }
        }
    }

    /// <summary>Issue 26: a big shard's index is written on all cores, its vocabulary and its postings in ranges (each range
    /// of terms front-coded from the term before it, the postings split by their elements); the parts one after the other
    /// are byte for byte the index written in one piece, after the same head.</summary>
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(8)]
    public void An_index_written_in_parts_is_the_index_written_in_one_piece(int parts)
    {
        var docs = ManyDocuments(3000);
        var postings = SearchShardBuilder.Fill(docs, TestData.Synonyms(), TestData.Lexicon()).BuildCompact(null, SearchRefs.Parse);
        var whole = new System.Text.StringBuilder("head ");
        CompactIndexSerializer.Write(whole, postings);

        var written = CompactIndexSerializer.WriteInParts(new System.Text.StringBuilder("head "), postings, parts);

        written.Length.ShouldBe(2 * parts);
        System.Text.Encoding.UTF8.GetString(Utf8Chunks.Join(written).ToArray()).ShouldBe(whole.ToString());
    }

    /// <summary>Per field vector, in order: its field/ref and each term with its score (by term: term indices are the
    /// order in which a builder met the terms).</summary>
    private static IEnumerable<string> Weights(LunrIndex index)
    {
        var terms = index.InvertedIndex.ToDictionary(p => p.TermIndex, p => p.Term);
        return index.FieldVectors.Select(v => v.FieldRef + ":" + string.Join(",", Enumerable.Range(0, v.Count)
            .Select(e => terms[v.TermIndex(e)] + "=" + v.ScoreThousandths(e)).Order(StringComparer.Ordinal)));
    }

    /// <summary>The postings as the format describes them, from every element of every field vector: per term in vocabulary
    /// order, the number of documents, then per document (ascending) its distance to the one before and the code of its
    /// weights summed.</summary>
    private static int[] ExpectedPostings(LunrIndex index)
    {
        var terms = index.InvertedIndex.Select(p => p.Term).ToArray();
        var byIndex = index.InvertedIndex.ToDictionary(p => p.TermIndex, p => p.Term);
        var weights = index.FieldVectors
            .SelectMany(v => Enumerable.Range(0, v.Count).Select(e => (Term: byIndex[v.TermIndex(e)], Document: SearchRefs.Parse(v.Ref), Score: v.ScoreThousandths(e))))
            .GroupBy(x => x.Term, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.GroupBy(x => x.Document).OrderBy(d => d.Key).Select(d => (d.Key, d.Sum(x => x.Score))).ToArray(), StringComparer.Ordinal);
        var codes = new List<int>();
        foreach (var term in terms)
        {
            var documents = weights.GetValueOrDefault(term, []);
            codes.Add(documents.Length);
            var before = 0;
            foreach (var (document, score) in documents)
            {
                codes.Add(document - before);
                codes.Add(CompactIndexSerializer.WeightCode(score));
                before = document;
            }
        }
        return [.. codes];
    }
}

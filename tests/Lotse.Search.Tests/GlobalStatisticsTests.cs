using Lotse.Search.Lunr;
using Lotse.Search.Pipeline;

namespace Lotse.Search.Tests;

/// <summary>
/// Issue 21, one scoring space: shards scored with the merged statistics of all shards give every document exactly the
/// BM25 weights that one index of the whole site gives it (scored with the same statistics), so results of different
/// shards merge without error; scored with its own statistics (what lunr.js does), a shard does not.
/// </summary>
public class GlobalStatisticsTests
{
    [Fact]
    public void Shards_scored_with_the_merged_statistics_weigh_every_document_as_one_index_of_the_whole_site_does()
    {
        var docs = ContentCorpus.Documents;
        var groups = LotsePipelines.PrepareSynonyms(ContentCorpus.Glossary());
        var lexicon = TestData.Lexicon();
        var wholeBuilder = SearchShardBuilder.Fill(docs, groups, lexicon);
        var whole = Weights(wholeBuilder.Build(wholeBuilder.Statistics()));

        var areas = docs.GroupBy(d => SearchAreas.IdOf(d.Area)).ToArray();
        areas.Length.ShouldBeGreaterThan(2);
        var builders = areas.Select(a => SearchShardBuilder.Fill(a, groups, lexicon)).ToArray();
        var merged = LunrCorpusStatistics.Merge(builders.Select(b => b.Statistics()).ToArray());
        merged.Documents.ShouldBe(docs.Count);

        var global = builders.SelectMany(b => Weights(b.Build(merged))).ToDictionary();
        var own = builders.SelectMany(b => Weights(b.Build())).ToDictionary();

        global.Count.ShouldBe(whole.Count);
        var differences = whole.Where(w => global[w.Key] != w.Value).Select(w => $"{w.Key}: {w.Value} vs {global[w.Key]}").ToList();
        differences.ShouldBeEmpty($"{differences.Count} weights differ; first: {differences.FirstOrDefault()}");
        // The per-shard statistics that the issue found: many weights differ from the whole site's.
        whole.Count(w => own[w.Key] != w.Value).ShouldBeGreaterThan(whole.Count / 2);
    }

    [Fact]
    public void A_field_s_average_length_counts_only_the_documents_with_text_in_it()
    {
        var docs = ContentCorpus.Documents;
        var builder = SearchShardBuilder.Fill(docs, [], TestData.Lexicon());
        var statistics = builder.Statistics();
        var question = SearchFields.All.Select(f => f.Name).ToList().IndexOf("question");
        var faqQuestions = docs.Count(d => d.IsFaq);
        faqQuestions.ShouldBeGreaterThan(0);
        statistics.DocumentsWithField[question].ShouldBe(docs.Count);
        statistics.DocumentsWithText[question].ShouldBe(faqQuestions);
        statistics.AverageLength(question).ShouldBe(statistics.LengthSums[question] / faqQuestions);
    }

    /// <summary>"field/ref/term" → weight.</summary>
    private static Dictionary<string, double> Weights(LunrIndex index)
    {
        var terms = index.InvertedIndex.ToDictionary(p => p.TermIndex, p => p.Term);
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var vector in index.FieldVectors)
        {
            for (var e = 0; e < vector.Count; e++)
            {
                weights[vector.FieldRef + "/" + terms[vector.TermIndex(e)]] = vector.Score(e);
            }
        }
        return weights;
    }
}

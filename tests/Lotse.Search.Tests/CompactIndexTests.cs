using System.Text.Json.Nodes;
using Lotse.Search.Lunr;
using Lotse.Search.Pipeline;

namespace Lotse.Search.Tests;

/// <summary>
/// Issue 21, smaller encoding: a shard's index in Lotse's compact form (format 3), loaded by lunr-lotse.js, holds what
/// lunr JSON of the same index holds for Lotse's scorer, as real lunr.js loads it: the same vocabulary, the same documents
/// per term, each term's weight in a document (lunr's field weights summed) within half a step of the log scale, so Lotse's
/// scorer finds the same documents with scores within that step; and it is a small part of lunr JSON.
/// </summary>
public class CompactIndexTests
{
    [Fact]
    public void The_compact_index_loads_as_the_same_lunr_index_as_lunr_json()
    {
        var docs = SearchRefs.Numbered(ContentCorpus.Documents);
        var index = SearchShardBuilder.Build(docs, LotsePipelines.PrepareSynonyms(ContentCorpus.Glossary()), TestData.Lexicon());
        var json = LunrIndexSerializer.Serialize(index);
        var compact = CompactIndexSerializer.Serialize(index);
        (compact.Length * 5).ShouldBeLessThan(json.Length, "the compact form is less than a fifth of lunr JSON");
        var terms = System.Text.Json.JsonDocument.Parse(compact).RootElement.GetProperty("terms").GetString()!;
        CompactIndexSerializer.ReadTerms(terms).ShouldBe(index.InvertedIndex.Select(p => p.Term).ToArray());
        var jsonFile = Path.GetTempFileName();
        var compactFile = Path.GetTempFileName();
        try
        {
            File.WriteAllText(jsonFile, json);
            File.WriteAllText(compactFile, compact);
            var queries = TestData.Queries();
            var js = NodeRunner.Run("compact-index.js", new JsonObject
            {
                ["lunrIndex"] = jsonFile,
                ["compactIndex"] = compactFile,
                ["queries"] = NodeRunner.ToJson(queries),
            });
            NodeRunner.Strings(js["warnings"]).ShouldBeEmpty();
            js["terms"]!.GetValue<int>().ShouldBe(index.InvertedIndex.Count);
            js["weights"]!.GetValue<int>().ShouldBeGreaterThan(index.InvertedIndex.Count);
            js["differenceCount"]!.GetValue<int>().ShouldBe(0, string.Join("\n", NodeRunner.Strings(js["differences"])));
            JsonNode.DeepEquals(js["json"], js["compact"]).ShouldBeTrue("Lotse's scorer finds the same documents on both");
            js["json"]!.AsArray().Count(r => r!.AsArray().Count > 0).ShouldBeGreaterThan(queries.Count / 2);
        }
        finally
        {
            File.Delete(jsonFile);
            File.Delete(compactFile);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(143)]
    [InlineData(3166)]
    [InlineData(127_250)]
    [InlineData(2_000_000)]
    public void A_weight_comes_back_within_half_a_step(int thousandths)
    {
        var back = CompactIndexSerializer.Weight(CompactIndexSerializer.WeightCode(thousandths)) * 1000;
        (Math.Abs(back - thousandths) / thousandths).ShouldBeLessThanOrEqualTo(Math.Exp(0.5 / CompactIndexSerializer.WeightSteps) - 1);
    }

    [Theory]
    [InlineData(new[] { 0, 31, 32, 1023, 1024, 32767, 32768, int.MaxValue })]
    [InlineData(new int[0])]
    public void Numbers_of_the_compact_code_read_back(int[] numbers)
    {
        var text = new System.Text.StringBuilder();
        foreach (var n in numbers)
        {
            CompactCode.Write(text, n);
        }
        CompactCode.ReadAll(text.ToString()).ShouldBe(numbers);
        text.ToString().ShouldAllBe(c => CompactCode.Alphabet.Contains(c));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(35)]
    [InlineData(36)]
    [InlineData(46655)]
    [InlineData(1_000_000)]
    public void A_ref_parses_back_to_its_position(int position) => SearchRefs.Parse(SearchRefs.Of(position)).ShouldBe(position);

    [Theory]
    [InlineData("")]
    [InlineData("01")]
    [InlineData("A")]
    [InlineData("seite/index.html")]
    public void Only_refs_parse(string text) => Should.Throw<FormatException>(() => SearchRefs.Parse(text));
}

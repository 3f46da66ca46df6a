using System.Text.Json.Nodes;
using Lotse.Search.Lunr;
using Lotse.Search.Pipeline;

namespace Lotse.Search.Tests;

/// <summary>
/// Issue 21, smaller encoding: a shard's index in Lotse's compact form, loaded by lunr-lotse.js, is the same lunr.Index
/// as lunr JSON of the same index loaded by lunr.js (vocabulary, postings, vectors), so lunr's own search and Lotse's
/// scorer answer identically; and it is much smaller.
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
        (compact.Length * 2).ShouldBeLessThan(json.Length, "the compact form is less than half of lunr JSON");
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
            js["differenceCount"]!.GetValue<int>().ShouldBe(0, string.Join("\n", NodeRunner.Strings(js["differences"])));
            JsonNode.DeepEquals(js["json"], js["compact"]).ShouldBeTrue("lunr's search and Lotse's scorer answer the same on both");
            js["json"]!.AsArray().Count(r => r!["lotse"]!.AsArray().Count > 0).ShouldBeGreaterThan(queries.Count / 2);
        }
        finally
        {
            File.Delete(jsonFile);
            File.Delete(compactFile);
        }
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

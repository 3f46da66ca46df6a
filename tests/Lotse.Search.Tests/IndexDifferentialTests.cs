using System.Text.Json.Nodes;
using Lotse.Search.Lunr;
using Xunit.Abstractions;

namespace Lotse.Search.Tests;

/// <summary>
/// Differential test (b): lunr.js builds an index of the content itself (same fields, boosts and
/// pipeline); Lotse's index, loaded with lunr.Index.load, must be the same index and must answer at
/// least 50 queries with the same refs in the same order and scores equal within 1e-6.
/// </summary>
public class IndexDifferentialTests(ITestOutputHelper output)
{
    private const double Tolerance = 1e-6;

    [Fact]
    public void Lotse_index_and_lunr_js_index_answer_queries_identically()
    {
        var docs = ContentCorpus.Documents;
        var lexicon = TestData.Lexicon();
        var synonyms = TestData.Synonyms();
        var queries = TestData.Queries();
        queries.Count.ShouldBeGreaterThanOrEqualTo(50);

        var index = SearchShardBuilder.Build(docs, synonyms, lexicon);
        var indexFile = Path.GetTempFileName();
        try
        {
            File.WriteAllText(indexFile, LunrIndexSerializer.Serialize(index));
            var js = NodeRunner.Run("differential-index.js", new JsonObject
            {
                ["docs"] = new JsonArray(docs.Select(ToJson).ToArray()),
                ["lexicon"] = NodeRunner.ToJson(lexicon),
                ["synonyms"] = TestData.SynonymsJson(synonyms),
                ["synonymsForQueries"] = TestData.SynonymsJson(synonyms),
                ["queries"] = NodeRunner.ToJson(queries),
                ["lotseIndex"] = indexFile,
            });

            NodeRunner.Strings(js["buildWarnings"]).ShouldBeEmpty();
            NodeRunner.Strings(js["loadWarnings"]).ShouldBeEmpty();

            var differences = new List<string>();
            CompareIndexes(js["lunrIndex"]!.AsObject(), NodeRunner.Parse(LunrIndexSerializer.Serialize(index)).AsObject(), differences);
            var lunrResults = js["lunrResults"]!.AsArray();
            var lotseResults = js["lotseResults"]!.AsArray();
            var answered = 0;
            for (var q = 0; q < queries.Count; q++)
            {
                var expected = lunrResults[q]!.AsArray();
                var actual = lotseResults[q]!.AsArray();
                answered += expected.Count > 0 ? 1 : 0;
                if (expected.Count != actual.Count)
                {
                    differences.Add($"'{queries[q]}': lunr.js {expected.Count} results, Lotse {actual.Count}");
                    continue;
                }
                for (var r = 0; r < expected.Count; r++)
                {
                    var (refE, scoreE) = (expected[r]!["ref"]!.GetValue<string>(), expected[r]!["score"]!.GetValue<double>());
                    var (refA, scoreA) = (actual[r]!["ref"]!.GetValue<string>(), actual[r]!["score"]!.GetValue<double>());
                    if (refE != refA || Math.Abs(scoreE - scoreA) > Tolerance)
                    {
                        differences.Add($"'{queries[q]}' #{r}: lunr.js {refE} {scoreE:R}, Lotse {refA} {scoreA:R}");
                        break;
                    }
                }
            }
            output.WriteLine($"{docs.Count} documents, {index.InvertedIndex.Count} terms, {queries.Count} queries, {answered} with results");
            foreach (var difference in differences.Take(30))
            {
                output.WriteLine(difference);
            }
            differences.ShouldBeEmpty($"{differences.Count} differences; first: {differences.FirstOrDefault()}");
            answered.ShouldBeGreaterThanOrEqualTo(queries.Count * 8 / 10);
        }
        finally
        {
            File.Delete(indexFile);
        }
    }

    private static JsonNode ToJson(SearchDocument doc)
    {
        var values = SearchFields.ValuesOf(doc);
        var json = new JsonObject { ["id"] = doc.Ref };
        for (var f = 0; f < SearchFields.All.Count; f++)
        {
            json[SearchFields.All[f].Name] = values[f];
        }
        return json;
    }

    /// <summary>Compares two serialized indexes as data (JSON object key order is not part of the format).</summary>
    private static void CompareIndexes(JsonObject lunr, JsonObject lotse, List<string> differences)
    {
        foreach (var key in new[] { "version", "fields", "pipeline" })
        {
            if (!JsonNode.DeepEquals(lunr[key], lotse[key]))
            {
                differences.Add($"{key}: lunr.js {lunr[key]?.ToJsonString()}, Lotse {lotse[key]?.ToJsonString()}");
            }
        }
        var lunrVectors = lunr["fieldVectors"]!.AsArray();
        var lotseVectors = lotse["fieldVectors"]!.AsArray();
        if (lunrVectors.Count != lotseVectors.Count)
        {
            differences.Add($"fieldVectors: lunr.js {lunrVectors.Count}, Lotse {lotseVectors.Count}");
        }
        for (var i = 0; i < Math.Min(lunrVectors.Count, lotseVectors.Count); i++)
        {
            if (!JsonNode.DeepEquals(lunrVectors[i], lotseVectors[i]))
            {
                differences.Add($"fieldVector {i}: lunr.js {Short(lunrVectors[i])}, Lotse {Short(lotseVectors[i])}");
            }
        }
        var lunrTerms = lunr["invertedIndex"]!.AsArray();
        var lotseTerms = lotse["invertedIndex"]!.AsArray();
        if (lunrTerms.Count != lotseTerms.Count)
        {
            differences.Add($"invertedIndex: lunr.js {lunrTerms.Count} terms, Lotse {lotseTerms.Count}");
        }
        for (var i = 0; i < Math.Min(lunrTerms.Count, lotseTerms.Count); i++)
        {
            if (!JsonNode.DeepEquals(Sorted(lunrTerms[i]), Sorted(lotseTerms[i])))
            {
                differences.Add($"term {i}: lunr.js {Short(lunrTerms[i])}, Lotse {Short(lotseTerms[i])}");
            }
        }
    }

    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value)))),
        JsonArray a => new JsonArray(a.Select(Sorted).ToArray()),
        _ => node?.DeepClone(),
    };

    private static string Short(JsonNode? node)
    {
        var text = node?.ToJsonString() ?? "null";
        return text.Length > 200 ? text[..200] + "…" : text;
    }
}

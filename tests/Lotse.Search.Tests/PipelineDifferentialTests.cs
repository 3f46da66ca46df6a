using System.Text.Json.Nodes;
using Lotse.Search.Lunr;
using Lotse.Search.Pipeline;
using Xunit.Abstractions;

namespace Lotse.Search.Tests;

/// <summary>
/// Differential test (a): for every word of the word list and every content page, C#'s tokenizer and
/// pipelines give exactly the tokens that lunr.js with lunr.de and lunr-lotse.js gives in node.
/// </summary>
public class PipelineDifferentialTests(ITestOutputHelper output)
{
    private static readonly string[] EdgeCases =
    [
        "§", "§§", "(§ 9 OZG)", "2021/24,", "und/oder", "/", "a/b/c", "ẞ", "STRASSE", "Straße", "İstanbul", "ΣΊΣΥΦΟΣ",
        "aue", "quelle", "bauen", "Beziehungsweise", "z.B.", "E-Mail-Adresse", "100 %", "1.000", "…", "\u00A0", "",
        "nutzerkontos", "Bauanträge", "Fußgängerüberweg", "ﬁnanzierung", "Ärztekammer", "yyy", "Bayern", "äuy", "uu",
    ];

    [Fact]
    public void Csharp_and_lunr_js_give_identical_tokens_for_the_content_words()
    {
        var (words, fromContent) = TestData.WordList();
        var rawTokens = ContentCorpus.DistinctRawTokens();
        var allWords = words.Concat(rawTokens).Concat(EdgeCases).Distinct(StringComparer.Ordinal).ToArray();
        var texts = ContentCorpus.Texts().Concat(EdgeCases).Append(string.Join(' ', EdgeCases)).ToArray();
        var lexicon = TestData.Lexicon();
        var synonyms = TestData.Synonyms();
        var numbers = Enumerable.Range(0, 2000).Select(i => 1 + Math.Abs((2000.0 - i + 0.5) / (i + 0.5))).ToArray();
        output.WriteLine($"{words.Count} words ({fromContent} distinct from content, rest inflected variants), " +
                         $"{rawTokens.Count} raw tokens, {texts.Length} texts, lexicon {lexicon.Count}, {synonyms.Count} synonym groups");
        words.Count.ShouldBeGreaterThanOrEqualTo(TestData.MinimumWordCount);

        var js = NodeRunner.Run("pipelines.js", new JsonObject
        {
            ["words"] = NodeRunner.ToJson(allWords),
            ["texts"] = NodeRunner.ToJson(texts),
            ["lexicon"] = NodeRunner.ToJson(lexicon),
            ["synonyms"] = TestData.SynonymsJson(synonyms),
            ["numbers"] = new JsonArray(numbers.Select(n => (JsonNode?)JsonValue.Create(n)).ToArray()),
        });

        var german = LotsePipelines.CreateLunrGerman();
        var indexing = LotsePipelines.CreateIndexing(synonyms, lexicon);
        var search = LotsePipelines.CreateSearch();
        var mismatches = new List<string>();
        Compare("tokenizer", texts, js["tokenizer"], LunrTokenizer.Tokenize, mismatches);
        Compare("lunr.de", allWords, js["german"], w => german.Run(LunrTokenizer.Tokenize(w)), mismatches);
        Compare("indexing", allWords, js["indexing"], w => indexing.Run(LunrTokenizer.Tokenize(w)), mismatches);
        Compare("search", allWords, js["search"], w => search.Run(LunrTokenizer.Tokenize(w)), mismatches);
        Compare("indexing text", texts, js["indexingTexts"], t => indexing.Run(LunrTokenizer.Tokenize(t)), mismatches);
        var prefixForms = NodeRunner.Strings(js["prefixForms"]);
        for (var i = 0; i < allWords.Length; i++)
        {
            var expected = UmlautFolding.PrefixForm(JavaScriptText.ToLowerCase(allWords[i]));
            if (prefixForms[i] != expected)
            {
                mismatches.Add($"prefix form of '{allWords[i]}': js '{prefixForms[i]}', c# '{expected}'");
            }
        }
        var logs = js["logs"]!.AsArray();
        for (var i = 0; i < numbers.Length; i++)
        {
            if (logs[i]!.GetValue<double>() != FdlibmLog.Log(numbers[i]))
            {
                mismatches.Add($"Math.log({numbers[i]:R}): js {logs[i]!.GetValue<double>():R}, c# {FdlibmLog.Log(numbers[i]):R}");
            }
        }
        NodeRunner.Strings(js["warnings"]).ShouldBeEmpty();

        foreach (var mismatch in mismatches.Take(30))
        {
            output.WriteLine(mismatch);
        }
        mismatches.ShouldBeEmpty($"{mismatches.Count} differences; first: {mismatches.FirstOrDefault()}");

        // The comparison is only worth something if the pipeline did real work on these words.
        var stemmed = words.Count(w => german.Run(LunrTokenizer.Tokenize(w)) is [var s] && s != w);
        stemmed.ShouldBeGreaterThan(words.Count / 4);
        var indexedTexts = texts.Select(t => indexing.Run(LunrTokenizer.Tokenize(t))).ToArray();
        indexedTexts.Sum(t => t.Count).ShouldBeGreaterThan(texts.Sum(t => german.Run(LunrTokenizer.Tokenize(t)).Count));
        if (synonyms.Count > 0)
        {
            indexedTexts.SelectMany(t => t).Any(t => t.StartsWith("syn", StringComparison.Ordinal) && char.IsDigit(t[t.Length - 1])).ShouldBeTrue();
        }
    }

    private static void Compare(string what, IReadOnlyList<string> inputs, JsonNode? js, Func<string, List<string>> csharp, List<string> mismatches)
    {
        var expected = js!.AsArray();
        expected.Count.ShouldBe(inputs.Count);
        for (var i = 0; i < inputs.Count; i++)
        {
            var jsTokens = NodeRunner.Strings(expected[i]);
            var csTokens = csharp(inputs[i]);
            if (!jsTokens.SequenceEqual(csTokens, StringComparer.Ordinal))
            {
                var input = inputs[i].Length > 60 ? inputs[i][..60] + "…" : inputs[i];
                mismatches.Add($"{what} '{input}': js [{string.Join(' ', jsTokens.Take(12))}], c# [{string.Join(' ', csTokens.Take(12))}]");
            }
        }
    }
}

using System.Text.Json.Nodes;
using Lotse.Search.Pipeline;

namespace Lotse.Search.Tests;

/// <summary>Inputs shared by the differential tests, all derived from the repository's content.</summary>
internal static class TestData
{
    public const int MinimumWordCount = 5000;

    private static readonly string[] InflectionEndings =
        ["e", "en", "er", "es", "s", "n", "ern", "em", "ung", "ungen", "lich", "isch", "heit", "keit", "ig", "end", "st"];

    /// <summary>
    /// The distinct words of the content and, when there are fewer than <see cref="MinimumWordCount"/>,
    /// deterministic variants of them: inflectional endings and umlauts written as ae/oe/ue/ss.
    /// </summary>
    public static (IReadOnlyList<string> Words, int FromContent) WordList()
    {
        var content = ContentCorpus.DistinctWords();
        var words = new SortedSet<string>(content, StringComparer.Ordinal);
        if (words.Count < MinimumWordCount)
        {
            foreach (var word in content.Where(w => w.Any(char.IsLetter)))
            {
                foreach (var ending in InflectionEndings)
                {
                    words.Add(word + ending);
                }
                words.Add(word.Replace("ä", "ae").Replace("ö", "oe").Replace("ü", "ue").Replace("ß", "ss"));
            }
        }
        return (words.ToArray(), content.Count);
    }

    public static IReadOnlyList<string> Lexicon() => CompoundLexicon.Build(SearchShardBuilder.TextsOf(ContentCorpus.Documents));

    public static IReadOnlyList<SynonymGroup> Synonyms() => LotsePipelines.PrepareSynonyms(ContentCorpus.Glossary());

    public static JsonArray SynonymsJson(IReadOnlyList<SynonymGroup> groups) => new(groups.Select(g => (JsonNode?)new JsonObject
    {
        ["token"] = g.Token,
        ["members"] = new JsonArray(g.Members.Select(m => (JsonNode?)NodeRunner.ToJson(m)).ToArray()),
    }).ToArray());

    /// <summary>
    /// At least 50 queries made from the content: plain words, umlauts transliterated, prefixes, typos,
    /// word pairs from titles, plus the kinds the issue names.
    /// </summary>
    public static IReadOnlyList<string> Queries()
    {
        var words = ContentCorpus.DistinctWords()
            .Where(w => w.Length >= 4 && w.All(char.IsLetter) && !German.GermanStopWordFilter.IsStopWord(w)).ToArray();
        var queries = new List<string>();
        queries.AddRange(Every(words, 24));
        queries.AddRange(Every(words.Where(w => w.IndexOfAny(['ä', 'ö', 'ü', 'ß']) >= 0).ToArray(), 8)
            .Select(w => w.Replace("ä", "ae").Replace("ö", "oe").Replace("ü", "ue").Replace("ß", "ss")));
        queries.AddRange(Every(words.Where(w => w.Length >= 8).ToArray(), 8).Select(w => w[..4]));
        queries.AddRange(Every(words.Where(w => w.Length >= 6).ToArray(), 8).Select(w => w[..2] + w[3] + w[2] + w[4..]));
        queries.AddRange(Every(words.Where(w => w.Length >= 7).ToArray(), 4).Select(w => w.Remove(w.Length / 2, 1)));
        queries.AddRange(Every(ContentCorpus.Documents.Where(d => d.Section is null).Select(d => d.Title).ToArray(), 6));
        queries.AddRange(["§ 9 OZG", "2021/24", "Konto", "Antrag", "BundID", "DeutschlandID", "Nutzerkonto Bund",
            "Behoerde", "Behorde", "Gebuehren", "Barrierefreiheit", "Onlinezugangsgesetz", "EfA", "Reifegrad", "Verwaltngsleistung"]);
        return queries.Distinct(StringComparer.Ordinal).ToArray();
    }

    private static IEnumerable<string> Every(IReadOnlyList<string> items, int count)
    {
        if (items.Count == 0)
        {
            yield break;
        }
        var step = Math.Max(1, items.Count / count);
        for (var i = 0; i < items.Count && i / step < count; i += step)
        {
            yield return items[i];
        }
    }
}

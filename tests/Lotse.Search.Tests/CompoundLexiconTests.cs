
using Lotse.Search.Pipeline;

namespace Lotse.Search.Tests;

/// <summary>The compound lexicon of many texts (a big site: its nouns are gathered on several threads) is that of the
/// same words in one text.</summary>
public class CompoundLexiconTests
{
    [Fact]
    public void Many_texts_give_the_lexicon_of_their_words_in_one_text()
    {
        // The repository's texts many times over, each copy with nouns of its own, so that every part has its own words.
        var texts = Enumerable.Range(0, 30).SelectMany(copy => SearchShardBuilder.TextsOf(ContentCorpus.Documents)
            .Select((text, i) => text + " Prüfstelle" + (char)('a' + copy % 26) + (char)('a' + i % 26) + "amt")).ToList();
        texts.Count.ShouldBeGreaterThan(50_000);

        var lexicon = CompoundLexicon.Build(texts);

        lexicon.ShouldBe(CompoundLexicon.Build([string.Join(" ", texts)]));
        lexicon.ShouldContain("prüfstelleabamt");
        lexicon.ShouldBe(lexicon.Order(StringComparer.Ordinal).ToList());
    }
}

/// <summary>Issue 19, point 5: splitting a compound looks only at heads the lexicon can know, so a word of millions of
/// letters (a title of one huge word) costs no more than a short one; the heads found are the same.</summary>
public class CompoundSplitterLengthTests
{
    [Fact]
    public void Words_longer_than_the_longest_head_stay_out_of_the_lexicon()
    {
        var longest = "Z" + new string('a', CompoundSplitter.MaximumHeadLength - 1);
        var lexicon = CompoundLexicon.Build([longest + " " + longest + "b"]);
        lexicon.ShouldContain(longest.ToLowerInvariant());
        lexicon.ShouldNotContain(longest.ToLowerInvariant() + "b");
    }

    [Fact]
    public void A_head_at_the_end_of_a_very_long_word_is_found_as_in_a_short_one()
    {
        var splitter = new CompoundSplitter(["antrag", "verwaltungsdigitalisierung"]);
        string[] Split(string token)
        {
            var output = new List<string>();
            splitter.Apply([token], 0, output);
            return [.. output.Skip(1)];
        }
        Split("bauantrags").ShouldBe(["antrags"]);
        Split(string.Concat(Enumerable.Repeat("bau", 300_000)) + "antrags").ShouldBe(["antrags"]);
        Split("xyzverwaltungsdigitalisierungen").ShouldBe(["verwaltungsdigitalisierungen"]);
        Split(string.Concat(Enumerable.Repeat("verwaltungsdigitalisierungs", 80_000))).ShouldBe(["verwaltungsdigitalisierungs"]);
    }
}

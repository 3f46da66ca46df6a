
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

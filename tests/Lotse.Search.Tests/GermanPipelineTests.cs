
using Lotse.Search.German;
using Lotse.Search.Lunr;
using Lotse.Search.Pipeline;

namespace Lotse.Search.Tests;

public class GermanPipelineTests
{
    [Theory]
    [InlineData("aufeinanderfolgenden", "aufeinanderfolg")]
    [InlineData("ausgeschlossen", "ausgeschloss")]
    [InlineData("häuser", "haus")]
    [InlineData("gesetzen", "gesetz")]
    [InlineData("verwaltungen", "verwalt")]
    [InlineData("behörde", "behord")]
    [InlineData("behörden", "behord")]
    [InlineData("straße", "strass")]
    [InlineData("leistungen", "leistung")]
    [InlineData("bescheinigung", "beschein")]
    [InlineData("möglichkeiten", "moglich")]
    [InlineData("schönheit", "schonheit")]
    [InlineData("kategorien", "kategori")]
    [InlineData("laufen", "lauf")]
    [InlineData("2021/24", "2021/24")]
    [InlineData("", "")]
    public void Stemmer_gives_the_snowball_stem(string word, string stem) =>
        new GermanStemmerFunction().Stem(word).ShouldBe(stem);

    [Theory]
    [InlineData("(OZG),", "OZG")]
    [InlineData("§", "")]
    [InlineData("„Antrag“", "Antrag")]
    [InlineData("9.", "9")]
    [InlineData("-2021/24-", "2021/24")]
    public void Trimmer_keeps_letters_and_digits_at_the_ends(string token, string trimmed) =>
        GermanTrimmer.Trim(token).ShouldBe(trimmed);

    [Fact]
    public void Tokenizer_splits_on_whitespace_and_hyphens_and_lowercases_like_javascript()
    {
        LunrTokenizer.Tokenize("OZG-Änderungsgesetz\u00A0§ 9\tİ ΟΔΟΣ").ShouldBe(["ozg", "änderungsgesetz", "§", "9", "i\u0307", "οδος"]);
    }

    [Theory]
    [InlineData("Behörde")]
    [InlineData("Behoerde")]
    [InlineData("Behorde")]
    [InlineData("BEHÖRDEN")]
    public void Umlaut_spellings_give_one_term(string word) =>
        Search(word).ShouldBe(["behord"]);

    [Fact]
    public void Eszett_and_ss_give_one_term() => Search("Straße").ShouldBe(Search("Strasse"));

    [Fact]
    public void Legal_references_and_numbers_stay_searchable()
    {
        Search("§ 9 OZG").ShouldBe(["9", "ozg"]);
        Search("2021/24").ShouldBe(["2021/24", "2021", "24"]);
        Search("Art. 91c GG").ShouldBe(["art", "91c", "gg"]);
    }

    [Fact]
    public void Compounds_are_indexed_with_their_heads()
    {
        var pipeline = LotsePipelines.CreateIndexing([], ["konto", "antrag"]);
        pipeline.Run(LunrTokenizer.Tokenize("Nutzerkonto Bauantrags Vertrag")).ShouldBe(
            ["nutzerkonto", "konto", "bauantrag", "antrag", "vertrag"]);
    }

    [Fact]
    public void Verb_prefixes_are_not_compound_modifiers()
    {
        var pipeline = LotsePipelines.CreateIndexing([], ["fahren", "trag"]);
        pipeline.Run(LunrTokenizer.Tokenize("Verfahren Auftrag")).ShouldBe(["verfahr", "auftrag"]);
    }

    [Fact]
    public void Glossary_members_index_the_group_token_also_for_phrases_and_inflections()
    {
        var groups = LotsePipelines.PrepareSynonyms(new SearchSynonyms([["BundID", "Nutzerkonto Bund", "DeutschlandID"]]));
        groups.Count.ShouldBe(1);
        var token = groups[0].Token;
        var pipeline = LotsePipelines.CreateIndexing(groups, []);
        pipeline.Run(LunrTokenizer.Tokenize("mit der DeutschlandID")).ShouldContain(token);
        pipeline.Run(LunrTokenizer.Tokenize("im Nutzerkonto des Bundes")).ShouldContain(token);
        pipeline.Run(LunrTokenizer.Tokenize("Nutzerkonto für Unternehmen")).ShouldNotContain(token);
        pipeline.Run(LunrTokenizer.Tokenize("das Nutzerkonto Bund")).ShouldContain(token);
        pipeline.Run(LunrTokenizer.Tokenize("das Nutzerkonto")).ShouldNotContain(token);
    }

    /// <summary>Issue 26: a pipeline that tokenizes a build's fields fills the same two lists again for every field (not
    /// three new ones); the synonym tagger, which keys the list it is given, keys each field's tokens anew.</summary>
    [Fact]
    public void A_pipeline_that_refills_its_lists_tags_each_text_by_its_own_words()
    {
        var groups = LotsePipelines.PrepareSynonyms(new SearchSynonyms([["BundID", "Nutzerkonto Bund", "DeutschlandID"]]));
        var token = groups[0].Token;
        var reusing = LotsePipelines.CreateIndexing(groups, []);
        var fresh = LotsePipelines.CreateIndexing(groups, []);
        string[] texts = ["das Nutzerkonto Bund", "das Nutzerkonto Land", "Nutzerkonto", "Bund", "", "mit der DeutschlandID und mehr Wörtern"];

        var tagged = texts.Select(text => reusing.RunTextReusing(text).ToArray()).ToArray();

        tagged.ShouldBe(texts.Select(text => fresh.RunText(text).ToArray()).ToArray());
        tagged[0].ShouldContain(token);
        tagged[1].ShouldNotContain(token);
        tagged[5].ShouldContain(token);
    }

    [Fact]
    public void Stop_words_are_dropped_when_indexing_but_not_when_searching()
    {
        LotsePipelines.CreateIndexing([], []).Run(LunrTokenizer.Tokenize("der Antrag")).ShouldBe(["antrag"]);
        Search("der").ShouldBe(["der"]);
    }

    [Theory]
    [InlineData("Behö", "beho")]
    [InlineData("behoe", "beho")]
    [InlineData("straß", "strass")]
    public void Prefix_form_matches_indexed_terms(string typed, string prefix) =>
        UmlautFolding.PrefixForm(typed.ToLowerInvariant()).ShouldBe(prefix);

    [Theory]
    [InlineData(0.0625, 0.063)]
    [InlineData(1.0625, 1.063)]
    [InlineData(2.0004999, 2)]
    public void Scores_round_like_Math_round(double score, double rounded) =>
        JavaScriptText.RoundToThousandths(score).ShouldBe(rounded);

    private static List<string> Search(string text) => LotsePipelines.CreateSearch().Run(LunrTokenizer.Tokenize(text));
}

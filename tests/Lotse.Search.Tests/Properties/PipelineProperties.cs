using CsCheck;
using Lotse.Search.German;
using Lotse.Search.Lunr;
using Lotse.Search.Pipeline;

namespace Lotse.Search.Tests.Properties;

/// <summary>The German search pipeline (trimmer, stop words, stemmer, parts, compounds, synonyms, umlaut folding) on any text.</summary>
public sealed class PipelineProperties
{
    private static readonly Gen<string> Token = FuzzText.Soup(Gen.Frequency((5, FuzzText.Word), (2, FuzzText.Awkward), (1, FuzzText.AnyChars)), 4)
        .Select(JavaScriptText.ToLowerCase);

    private static readonly IReadOnlyList<SynonymGroup> Synonyms = LotsePipelines.PrepareSynonyms(new SearchSynonyms(
    [
        ["BundID", "Nutzerkonto Bund", "DeutschlandID"],
        ["OZG", "Onlinezugangsgesetz"],
        ["EfA", "Einer für Alle", "Einer-für-Alle-Prinzip"],
    ]));

    [Fact]
    public void Trimming_gives_a_piece_of_the_token_with_word_characters_at_both_ends_and_is_idempotent() =>
        Token.Sample(token =>
        {
            var trimmed = GermanTrimmer.Trim(token);
            token.ShouldContain(trimmed);
            GermanTrimmer.Trim(trimmed).ShouldBe(trimmed);
            if (trimmed.Length > 0)
            {
                GermanTrimmer.IsWordCharacter(trimmed[0]).ShouldBeTrue();
                GermanTrimmer.IsWordCharacter(trimmed[^1]).ShouldBeTrue();
            }
        }, iter: FuzzIterations.Of(2000), print: TokenizerProperties.Show);

    [Fact]
    public void The_stemmer_never_throws_and_gives_the_same_stem_every_time() =>
        Token.Sample(token =>
        {
            var stem = new GermanStemmerFunction().Stem(token);
            new GermanStemmer().Stem(token).ShouldBe(stem);
            stem.Length.ShouldBeLessThanOrEqualTo(token.Length + token.Count(c => c == 'ß'));
        }, iter: FuzzIterations.Of(2000), print: TokenizerProperties.Show);

    [Fact]
    public void Folding_only_shortens_transliterated_umlauts() =>
        Token.Sample(token =>
        {
            var folded = UmlautFolding.Fold(token);
            folded.Length.ShouldBeLessThanOrEqualTo(token.Length);
            if (!token.Contains('e')) folded.ShouldBe(token);
            if (!token.Contains("ae") && !token.Contains("oe") && !token.Contains("ue")) folded.ShouldBe(token);
        }, iter: FuzzIterations.Of(2000), print: TokenizerProperties.Show);

    [Fact]
    public void A_prefix_of_a_word_folds_to_a_prefix_of_the_folded_word_unless_it_ends_between_two_letters_of_a_fold() =>
        Gen.Select(FuzzText.Word.Select(JavaScriptText.ToLowerCase), Gen.Int[0, 30]).Sample((word, cut) =>
        {
            var prefix = word[..Math.Min(cut, word.Length)];
            if (prefix.Length > 0 && prefix[^1] is 'a' or 'o' or 'u' && word.Length > prefix.Length && word[prefix.Length] == 'e') return;
            UmlautFolding.PrefixForm(word).ShouldStartWith(UmlautFolding.PrefixForm(prefix));
        }, iter: FuzzIterations.Of(2000), print: x => $"{TokenizerProperties.Show(x.Item1)}, {x.Item2}");

    [Fact]
    public void The_pipelines_never_throw_and_searching_gives_no_empty_terms() =>
        FuzzText.Text.Sample(text =>
        {
            var tokens = LunrTokenizer.Tokenize(text);
            var lexicon = CompoundLexicon.Build([text, "Nutzerkonto Antrag Bescheid"]);
            LotsePipelines.CreateIndexing(Synonyms, lexicon).Run([.. tokens]).ShouldAllBe(t => t.Length > 0);
            LotsePipelines.CreateSearch().Run([.. tokens]).ShouldAllBe(t => t.Length > 0);
            LotsePipelines.CreateLunrGerman().Run([.. tokens]);
        }, iter: FuzzIterations.Of(1000), print: TokenizerProperties.Show);

    /// <summary>The search pipeline plus the stop-word filter (stop words are not indexed, by design).</summary>
    private static TokenPipeline SearchWithoutStopWords() =>
        new([new GermanTrimmer(), new LotseParts(), new GermanStopWordFilter(), new GermanStemmerFunction(), new UmlautFolding()]);

    [Fact]
    public void Every_term_a_query_looks_for_is_indexed_for_the_same_text() =>
        FuzzText.Text.Sample(text =>
        {
            var tokens = LunrTokenizer.Tokenize(text);
            var indexed = LotsePipelines.CreateIndexing(Synonyms, CompoundLexicon.Build([text])).Run([.. tokens]).ToHashSet(StringComparer.Ordinal);
            SearchWithoutStopWords().Run([.. tokens]).ShouldAllBe(term => indexed.Contains(term));
        }, iter: FuzzIterations.Of(1000), print: TokenizerProperties.Show);
}

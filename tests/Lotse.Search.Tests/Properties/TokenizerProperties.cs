using CsCheck;
using Lotse.Search.Lunr;

namespace Lotse.Search.Tests.Properties;

/// <summary>lunr's tokenizer and JavaScript's lower-casing as Lotse reproduces them, on any text.</summary>
public sealed class TokenizerProperties
{
    [Fact]
    public void Tokens_are_non_empty_pieces_of_the_lower_cased_text_in_order_without_separators() =>
        FuzzText.Text.Sample(text =>
        {
            var tokens = LunrTokenizer.Tokenize(text);
            var lower = JavaScriptText.ToLowerCase(text);
            var position = 0;
            foreach (var token in tokens)
            {
                token.ShouldNotBeEmpty();
                token.ShouldAllBe(c => !LunrTokenizer.IsSeparator(c));
                var at = lower.IndexOf(token, position, StringComparison.Ordinal);
                at.ShouldBeGreaterThanOrEqualTo(0, $"'{token}' is not in the text after {position}");
                lower[position..at].ShouldAllBe(c => LunrTokenizer.IsSeparator(c));
                position = at + token.Length;
            }
            lower[position..].ShouldAllBe(c => LunrTokenizer.IsSeparator(c));
        }, iter: FuzzIterations.Of(2000), print: Show);

    [Fact]
    public void Tokenizing_the_tokens_again_gives_the_same_tokens() =>
        FuzzText.Text.Sample(text =>
        {
            var tokens = LunrTokenizer.Tokenize(text);
            LunrTokenizer.Tokenize(string.Join(' ', tokens)).ShouldBe(tokens);
        }, iter: FuzzIterations.Of(2000), print: Show);

    [Fact]
    public void Lower_casing_twice_is_lower_casing_once() =>
        FuzzText.Text.Sample(text =>
        {
            var lower = JavaScriptText.ToLowerCase(text);
            JavaScriptText.ToLowerCase(lower).ShouldBe(lower);
        }, iter: FuzzIterations.Of(2000), print: Show);

    [Fact]
    public void Lower_casing_keeps_lone_surrogates_and_separators_where_they_are() =>
        FuzzText.Text.Sample(text =>
        {
            var lower = JavaScriptText.ToLowerCase(text);
            // Only İ grows (to i + combining dot); everything else maps one code unit to one.
            lower.Length.ShouldBe(text.Length + text.Count(c => c == '\u0130'));
            lower.Count(LunrTokenizer.IsSeparator).ShouldBe(text.Count(LunrTokenizer.IsSeparator));
            lower.Count(char.IsSurrogate).ShouldBe(text.Count(char.IsSurrogate));
        }, iter: FuzzIterations.Of(2000), print: Show);

    internal static string Show(string text) =>
        "\"" + string.Concat(text.Select(c => c is >= ' ' and <= '~' && c != '"' && c != '\\' ? c.ToString() : $"\\u{(int)c:X4}")) + "\"";
}

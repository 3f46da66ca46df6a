using CsCheck;
using Lotse.Features.ContentChecks;

namespace Lotse.Tests.Properties;

/// <summary><see cref="ShoutedWords"/> decides for all of a page's words at once what
/// <see cref="AbbreviationRules.IsShouted"/> decides for one ("WICHTIG" is shouted when the page also writes
/// "wichtig" or "Wichtig"), with few words (searched one by one) and with many (one pass over the text).</summary>
public sealed class ShoutedWordsProperties
{
    private static readonly Gen<string> Text = Gen.String[Gen.Char["ABCabcÄä1' _\n"], 0, 300];

    private static readonly Gen<string[]> Words = Gen.String[Gen.Char["ABCÄab1'"], 1, 6].Array[0, 40];

    [Fact]
    public void Finds_the_words_that_are_shouted_one_by_one() =>
        Gen.Select(Words, Text).Sample((words, text) =>
            ShoutedWords.Find(words, text).Order(StringComparer.Ordinal)
                .ShouldBe(words.Where(w => AbbreviationRules.IsShouted(w, text)).Distinct().Order(StringComparer.Ordinal)),
            iter: FuzzIterations.Of(5000), print: x => FuzzPrint.Show(x));
}

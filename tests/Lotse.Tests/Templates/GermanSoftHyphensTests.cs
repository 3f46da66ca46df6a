using System.Text;
using System.Text.RegularExpressions;
using Lotse.Blocks.Text;
using Lotse.Tests.Testing;

namespace Lotse.Tests.Templates;

/// <summary>The headings' soft hyphens: the same breaks as the theme's former regular expression (kept here as the
/// reference), in linear time (LinearTimeProperties, "one huge word as title": the expression's look-behinds took
/// seconds on a long title and failed the build with a timeout).</summary>
public sealed class GermanSoftHyphensTests
{
    /// <summary>The theme's hyphenation rules as they were written in <c>partials/hyphenate.html</c>.</summary>
    private static readonly Regex Reference = new(
        @"(?i)(?<=(?<!\p{L})(?=\p{L}{13})\p{L}*[aeiouyäöü][b-df-hj-np-tv-zß]*)(?<=\p{L}{2})(?!(?<=c)[hk])(?!(?<=s)ch)(?!(?<=p)h)(?!(?<=sch)[lrw])(?!(?<=[bfgkp])[lr])(?!(?<=[dt])r)(?!(?<=(?<!ung|au)s)t)(?!(?<=au)st)(?!(?<=ung)s)(?!\p{L}{1,2}(?:arbeit|austausch|anforder|abkommen|information|erklär|einsatz|angebot|anbind|anschluss|aufwand|ausgabe|umsetz|unterstütz|änderung))(?=(?:sch[lrw]?|ch|ck|ph|st|[bfgkp][lr]|[dt]r|[b-df-hj-np-tv-zß])[aeiouyäöü]|(?:arbeit|austausch|anforder|abkommen|information|erklär|einsatz|angebot|anbind|anschluss|aufwand|ausgabe|umsetz|unterstütz|änderung)|(?<=ungs|heits|keits|tions|schafts)\p{L}{2})");

    private static string Expected(string text) => Reference.Replace(text, "\u00AD");

    [Theory]
    [InlineData("Verwaltungsdigitalisierung", "Ver\u00ADwal\u00ADtungs\u00ADdi\u00ADgi\u00ADta\u00ADli\u00ADsie\u00ADrung")]
    [InlineData("Barrierefreiheit von Online-Diensten", "Bar\u00ADrie\u00ADre\u00ADfrei\u00ADheit von Online-Diensten")]
    [InlineData("Kurze Wörter bleiben", "Kurze Wörter bleiben")]
    public void Long_words_get_soft_hyphens_at_syllables(string text, string expected) =>
        GermanSoftHyphens.Insert(text).ShouldBe(expected);

    [Fact]
    public void Every_word_of_the_repository_content_breaks_as_the_former_expression_did()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(TestSite.RepositoryRoot, "content"), "*.*", SearchOption.AllDirectories))
            foreach (Match word in Regex.Matches(File.ReadAllText(file), @"\p{L}{13,}")) words.Add(word.Value);
        words.Count.ShouldBeGreaterThan(500, "the content must give many long words to compare");
        var differing = words.Where(w => GermanSoftHyphens.Insert(w) != Expected(w)).Take(10).ToList();
        differing.ShouldBeEmpty(string.Join("\n", differing.Select(w => $"{w}: {GermanSoftHyphens.Insert(w)} ≠ {Expected(w)}")));
    }

    [Fact]
    public void Random_text_breaks_as_the_former_expression_did()
    {
        const string alphabet = "aeiouyäöüßbcdfghklmnpqrstvwxzAEIOUÄÖÜSCHTéñ -.,0";
        var random = new Random(20261206);
        for (var n = 0; n < 20_000; n++)
        {
            var text = new StringBuilder();
            var length = random.Next(1, 60);
            for (var i = 0; i < length; i++)
                text.Append(random.Next(4) == 0 ? PieceOf(random) : alphabet[random.Next(alphabet.Length)].ToString());
            var input = text.ToString();
            GermanSoftHyphens.Insert(input).ShouldBe(Expected(input), input);
        }
    }

    /// <summary>Pieces the rules look for, so that random text meets them often.</summary>
    private static string PieceOf(Random random)
    {
        string[] pieces = ["sch", "schl", "ch", "ck", "ph", "st", "ungs", "heits", "keits", "tions", "schafts", "au", "ung",
            "arbeit", "austausch", "änderung", "unterstütz", "tr", "dr", "bl", "kr", "Verwaltung", "Informations"];
        return pieces[random.Next(pieces.Length)];
    }
}

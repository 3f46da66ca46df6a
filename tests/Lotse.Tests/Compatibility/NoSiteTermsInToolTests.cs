using System.Text.RegularExpressions;
using Lotse.Tests.Testing;

namespace Lotse.Tests.Compatibility;

/// <summary>Issue 20: nothing of the OZG site is hard-wired in the tool (<c>generator/</c>) or the default theme
/// (<c>themes/default/</c>). The repository's site keeps its names, texts, areas and layouts in its own
/// <c>lotse.yml</c>, <c>content/</c> and <c>themes/ozg-lotse/</c>. Comments count too: an example in a comment is
/// copied into new code and into the theme's files that ship with the tool (the single-file FAQ inlines its CSS with
/// its comments), so examples use neutral names (<c>anleitungen/</c>, "Mein Handbuch").</summary>
public sealed partial class NoSiteTermsInToolTests
{
    /// <summary>Names, words and paths of the OZG site: its law, its sections and their paths, its roles and download names.</summary>
    [GeneratedRegex(
        @"OZG|Onlinezugang|\bEfA\b|efa-|Wegweiser|Werkzeugkasten|Leitfaden|Themenfeld|Kommune|Einer für Alle|Nutzerkonto|BundID|" +
        @"Bundesressort|Federführend|Reifegrad|Basisdienst|Portalverbund|IT-Planungsrat|FITKO|FIT-Store|Dachabkommen|LeiKa",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SiteTerms();

    /// <summary>The term list, for the tests of a neutral site's output.</summary>
    internal static Regex Terms => SiteTerms();

    [Fact]
    public void The_tool_and_the_default_theme_name_nothing_of_the_OZG_site()
    {
        var root = TestSite.RepositoryRoot;
        var found = new List<string>();
        var scanned = 0;
        foreach (var file in ToolFiles(root))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            var bytes = File.ReadAllBytes(file);
            if (Array.IndexOf(bytes, (byte)0) >= 0) continue; // images
            scanned++;
            var lines = System.Text.Encoding.UTF8.GetString(bytes).Split('\n');
            for (var i = 0; i < lines.Length; i++)
                foreach (Match m in SiteTerms().Matches(lines[i]))
                    found.Add($"{relative}({i + 1}): '{m.Value}' in: {lines[i].Trim()}");
            foreach (Match m in SiteTerms().Matches(relative)) found.Add($"{relative}: '{m.Value}' in the file's name");
        }
        scanned.ShouldBeGreaterThan(200, "the scan must see the generator's source and the theme");
        found.ShouldBeEmpty("Move what belongs to the OZG site into lotse.yml, content/ or themes/ozg-lotse/, and use neutral examples");
    }

    [Theory]
    [InlineData("Leitfaden zur Umsetzung des Onlinezugangsgesetzes")]
    [InlineData("content/leitfaden/a.md")]
    [InlineData("bereich: efa-wegweiser")]
    [InlineData("FAQ für Kommunen")]
    [InlineData("Themenfeld Bauen & Wohnen")]
    [InlineData("download/ozg-leitfaden-offline.zip")]
    public void The_term_list_catches_the_OZG_site(string text) => SiteTerms().IsMatch(text).ShouldBeTrue();

    [Theory]
    [InlineData("Kommunikation mit der Verwaltung")]
    [InlineData("default-src 'self'")]
    [InlineData("Mein Handbuch")]
    [InlineData("Werkzeug: Steckbrief")]
    public void The_term_list_leaves_ordinary_words_alone(string text) => SiteTerms().IsMatch(text).ShouldBeFalse();

    /// <summary>Every file of the generator's projects (not their build output) and of the default theme.</summary>
    private static IEnumerable<string> ToolFiles(string root)
    {
        foreach (var folder in new[] { "generator", Path.Combine("themes", "default") })
            foreach (var file in Directory.EnumerateFiles(Path.Combine(root, folder), "*", SearchOption.AllDirectories))
            {
                var parts = Path.GetRelativePath(root, file).Replace('\\', '/').Split('/');
                if (parts.Contains("bin") || parts.Contains("obj")) continue;
                yield return file;
            }
    }
}

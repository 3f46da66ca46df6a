using System.Text.RegularExpressions;
using CsCheck;
using Lotse.Blocks.Markdown;

namespace Lotse.Tests.Properties;

/// <summary>Heading anchors: <see cref="GermanSlug"/> and the ids <see cref="MarkdownRenderer.AssignHeadingIds"/> gives.</summary>
public sealed partial class GermanSlugProperties
{
    private static readonly Gen<string> AnyTitle = FuzzText.Soup(Gen.Frequency((4, FuzzText.Word), (2, FuzzText.Awkward), (2, FuzzText.AnyText),
        (2, Gen.OneOf(" ", "-", "_", ".", "/", ":", "!", "?", "(", ")", "–", "\t"))), 8);

    /// <summary>German and other Latin text: letters with and without accents that Unicode decomposes (é = e + ´),
    /// digits, spaces and punctuation. Letters without a decomposition (ø, œ, æ, ł) stay in the slug as they are.</summary>
    private static readonly Gen<string> LatinTitle =
        Gen.String[Gen.Char["ABCXYZabcxyz0189 -_./:;,!?()[]&%§\"'ÄÖÜäöüßẞÉéèàçñÅåŃńŠšĞğ"], 0, 40];

    [Fact]
    public void A_slug_is_lower_case_letters_and_digits_joined_by_single_dashes() =>
        AnyTitle.Sample(title =>
        {
            var slug = GermanSlug.From(title);
            if (slug.Length == 0) return;
            slug.ShouldNotStartWith("-");
            slug.ShouldNotEndWith("-");
            slug.ShouldNotContain("--");
            slug.ShouldAllBe(c => c == '-' || (char.IsLetterOrDigit(c) && char.ToLowerInvariant(c) == c));
        }, iter: FuzzIterations.Of(2000), print: FuzzPrint.Show);

    [Fact]
    public void Latin_text_gives_only_a_to_z_digits_and_dashes() =>
        LatinTitle.Sample(title => GermanSlug.From(title).ShouldMatch("^([a-z0-9]+(-[a-z0-9]+)*)?$"),
            iter: FuzzIterations.Of(2000), print: FuzzPrint.Show);

    [Fact]
    public void A_slug_is_its_own_slug() =>
        AnyTitle.Sample(title =>
        {
            var slug = GermanSlug.From(title);
            GermanSlug.From(slug).ShouldBe(slug);
        }, iter: FuzzIterations.Of(2000), print: FuzzPrint.Show);

    [Fact]
    public void Heading_ids_are_unique_and_made_from_the_slug() =>
        Gen.OneOf("Übersicht", "Übersicht 1", "Uebersicht", "A", "A 1", "a-1", "A-2", "§", "Stufe 3", "stufe-3", "Abschnitt", "***")
            .Array[1, 12].Select(h => h.Select((text, i) => (Level: i % 3 + 2, Text: text)).ToArray())
            .Sample(headings =>
            {
                var site = new SiteMarkdown();
                site.Render(string.Concat(headings.Select(h => $"{new string('#', h.Level)} {h.Text}\n\nText.\n\n")));

                var ids = site.Headings.Select(h => h.Id).ToList();
                ids.Count.ShouldBe(headings.Length);
                ids.ShouldBeUnique();
                for (var i = 0; i < ids.Count; i++)
                {
                    var slug = GermanSlug.From(site.Headings[i].Text) is { Length: > 0 } s ? s : "abschnitt";
                    ids[i].ShouldMatch($"^{Regex.Escape(slug)}(-[0-9]+)?$");
                    if (ids.Take(i).All(id => id != slug)) ids[i].ShouldBe(slug);
                }
            }, iter: FuzzIterations.Of(500), print: FuzzPrint.Show);
}

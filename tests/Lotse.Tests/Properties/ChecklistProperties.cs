using System.Collections.Immutable;
using System.Text;
using CsCheck;
using Lotse.Blocks.Markdown;
using Lotse.Features.Checklists;

namespace Lotse.Tests.Properties;

/// <summary>The checklist syntax (<c>::: checkliste</c>) with generated checklists, valid and broken.</summary>
public sealed class ChecklistProperties
{
    private static readonly Gen<string> Header = FuzzText.Soup(Gen.OneOf(
        " id=\"liste-a\"", " titel=\"Liste A\"", " id='liste-b'", " titel='Titel'", " id=ohne-anfuehrung", " titel=\"\"", " id=\"\"",
        " id=\"  \"", " farbe=\"rot\"", " kaputt", " =", " id=\"offen", " titel=\"Ä & B\"", " {#x}", " id=\"x\"y", "\t"), 5);

    private static readonly Gen<string> Attributes = Gen.OneOf(
        "", "", " {#punkt-a rollen=\"kommune\" dimension=\"technisch\"}", " {#punkt-b rollen=\"kommune fachreferat\" dimension=\"rechtlich\"}",
        " {rollen=\"kommune\" dimension=\"finanziell\"}", " {#a rollen=\"kommune\" dimension=\"technisch\"}", " {#punkt-c}",
        " {#punkt-d rollen=\"niemand\" dimension=\"technisch\"}", " {#punkt-e rollen=\"kommune\" dimension=\"irgendwie\"}",
        " {#punkt-f rollen=\"\" dimension=\"\"}", " {#punkt-g .klasse rollen=\"kommune\" dimension=\"organisatorisch\" farbe=\"rot\"}",
        " {#punkt-a rollen=\"kommune\" dimension=\"technisch\"", " {#liste-a rollen=\"kommune\" dimension=\"technisch\"}", " {}");

    private static readonly Gen<string> Line = Gen.Frequency(
        (6, Gen.Select(Gen.OneOf("- [ ] ", "- [x] ", "* [ ] ", "1. [ ] ", "- [ ]", "- "), FuzzText.Soup(FuzzText.Word.Select(w => w + " "), 4), Attributes,
            (marker, text, attributes) => marker + text + attributes)),
        (1, Gen.OneOf("", "  - [ ] Unterpunkt {#unter rollen=\"kommune\" dimension=\"technisch\"}", "  Fortsetzung", "Ein Absatz.", "> Zitat",
            "## Überschrift", "| a |\n|---|", "```\ncode\n```", ":::", "::: hinweis\nText\n:::", "[^1]: Fußnote", "- [ ] Eins\n\n  Zweiter Absatz")),
        (1, FuzzText.Markdown.Select(m => m.Replace("\n:::", "\n"))));

    private static readonly Gen<string> AnyChecklist =
        Gen.Select(Header, Line.Array[0, 8], Gen.Bool, (header, lines, closed) =>
            "::: checkliste" + header + "\n" + string.Join("\n", lines) + (closed ? "\n:::\n" : "\n"));

    [Fact]
    public void Any_checklist_gives_a_checklist_or_checklist_diagnostics_never_an_exception() =>
        AnyChecklist.Sample(markdown =>
        {
            var site = new SiteMarkdown();
            var html = site.Render(markdown);
            var diagnostics = site.Diagnostics.Sorted();
            diagnostics.ShouldAllBe(d => d.Code.StartsWith("LOT050") && d.Path == "content/seite.md" && d.Line >= 1 && d.Column >= 1);
            diagnostics.ShouldAllBe(d => d.ToString().EndsWith('.'));
            if (diagnostics.Count == 0)
            {
                var checklist = site.Checklists.ShouldHaveSingleItem();
                checklist.Items.ShouldNotBeEmpty();
                html.ShouldContain($"<section class=\"checklist\" id=\"{checklist.Id}\"");
            }
            foreach (var checklist in site.Checklists)
            {
                checklist.Items.ShouldAllBe(i => i.Roles.Length > 0 && SiteMarkdown.Dimensions.Configured.Any(d => d.Id == i.Dimension) && i.Id.Length > 0);
                checklist.Items.ShouldAllBe(i => i.Roles.All(r => SiteMarkdown.Roles.Any(known => known.Id == r)));
            }
        }, iter: FuzzIterations.Of(1000), print: FuzzPrint.Show);

    [Fact]
    public void Checklists_without_raw_html_render_to_well_nested_html() =>
        AnyChecklist.Select(m => m.Replace("<", "")).Sample(markdown =>
        {
            var html = new SiteMarkdown().Render(markdown);
            WellFormedHtml.FirstProblem(html).ShouldBeNull(html);
        }, iter: FuzzIterations.Of(1000), print: FuzzPrint.Show);

    // A valid checklist, written out as Markdown and read back.

    private static readonly Gen<string> TextWord = Gen.OneOf(
        "Antrag", "prüfen", "Behörde", "OZG", "Straße", "§", "9", "2021/24", "(EfA)", "Kosten,", "Daten.", "fertig?", "a*b", "x_y", "[Anlage]",
        "<Leistung>", "A&B", "#1", "~Text~", "==wichtig==", "2^3", "50 %", "„Zitat“", "back\\slash", "`code`", "!");

    private static readonly Gen<string> TitleWord = Gen.OneOf("Anschluss", "an", "EfA-Leistungen", "Prüfung", "§ 9", "2021/24", "Österreich", "A&B", "(neu)");

    private static readonly Gen<(string? Id, string[] Words, string[] Roles, string Dimension)> ValidItem = Gen.Select(
        Gen.Frequency((3, Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789-"], 0, 8].Select(s => (string?)s)), (1, Gen.Const((string?)null))),
        Gen.Select(Gen.OneOf("Antrag", "Behörde", "Übersicht", "Kosten"), TextWord.Array[0, 6], (first, rest) => new[] { first }.Concat(rest).ToArray()),
        Gen.OneOf(SiteMarkdown.Roles.Select(r => r.Id).ToArray()).Array[1, 4],
        Gen.OneOf(SiteMarkdown.Dimensions.Configured.Select(d => d.Id).ToArray()));

    private static readonly Gen<(string Id, string[] Title, (string? Id, string[] Words, string[] Roles, string Dimension)[] Items)> ValidChecklist =
        Gen.Select(Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789-"], 0, 10], TitleWord.Array[1, 5], ValidItem.Array[1, 8]);

    [Fact]
    public void A_checklist_written_as_markdown_reads_back_the_same() =>
        ValidChecklist.Sample((idSuffix, titleWords, items) =>
        {
            var id = "liste-" + idSuffix;
            var title = string.Join(' ', titleWords);
            var markdown = new StringBuilder($"Einleitung.\n\n::: checkliste id=\"{id}\" titel=\"{title}\"\n");
            for (var i = 0; i < items.Length; i++)
            {
                var item = items[i];
                var attributes = (item.Id is null ? "" : $"#punkt-{i}-{item.Id} ") + $"rollen=\"{string.Join(' ', item.Roles)}\" dimension=\"{item.Dimension}\"";
                markdown.Append("- [ ] ").Append(string.Join(' ', item.Words.Select(Escaped))).Append(" {").Append(attributes).Append("}\n");
            }
            markdown.Append(":::\n");

            var site = new SiteMarkdown();
            site.Render(markdown.ToString());

            site.Diagnostics.Sorted().ShouldBeEmpty();
            var checklist = site.Checklists.ShouldHaveSingleItem();
            checklist.Id.ShouldBe(id);
            checklist.Title.ShouldBe(title);
            checklist.Line.ShouldBe(3);
            checklist.Items.Length.ShouldBe(items.Length);
            for (var i = 0; i < items.Length; i++)
            {
                var (itemId, words, roles, dimension) = items[i];
                var read = checklist.Items[i];
                read.Text.ShouldBe(string.Join(' ', words));
                read.Id.ShouldBe(itemId is null ? GermanSlug.From(read.Text) : $"punkt-{i}-{itemId}");
                read.IdIsDerived.ShouldBe(itemId is null);
                read.Roles.ShouldBe(roles.Distinct().ToImmutableArray());
                read.Dimension.ShouldBe(dimension);
                read.Line.ShouldBe(4 + i);
                read.Column.ShouldBe(1);
            }
        }, iter: FuzzIterations.Of(1000), print: x => FuzzPrint.Show(x));

    /// <summary>Markdown text that reads as <paramref name="word"/>: ASCII punctuation backslash-escaped.</summary>
    private static string Escaped(string word) =>
        string.Concat(word.Select(c => char.IsAsciiLetterOrDigit(c) || c > 127 || c == ' ' ? c.ToString() : "\\" + c));
}

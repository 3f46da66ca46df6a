using Lotse.Blocks.Markdown;
using Lotse.Blocks.Paths;
using Lotse.Tests.Testing;

namespace Lotse.Tests.Compatibility;

/// <summary>Issue 20, point 1: the title comes from the first h1 wherever it stands before other body text.</summary>
public sealed class CompatibilityTitleTests
{
    /// <summary>A theme whose page layout shows the title's id, as the default theme's <c>page-title.html</c> does.</summary>
    private const string Theme = """
        -- themes/default/layouts/_base.html --
        <!DOCTYPE html><html lang="de"><head><title>{{ page.title }}</title></head><body>{{ body }}</body></html>
        -- themes/default/layouts/page.html --
        <main><h1{{ if page.title_id }} id="{{ page.title_id }}"{{ end }}>{{ page.title }}</h1>{{ page.content }}</main>
        -- themes/default/layouts/section.html --
        <main><h1>{{ page.title }}</h1>{{ page.content }}<ul>{{ for c in page.children }}<li><a href="{{ c.url }}">{{ c.title }}</a></li>{{ end }}</ul></main>
        """;

    [Fact]
    public async Task Setext_indented_after_script_setup_after_a_version_line_and_with_an_id_all_give_the_title_and_one_h1()
    {
        using var site = await TestSite.BuildAsync(Theme + """

            -- content/setext.md --
            Leitfaden für Kommunen
            ======================

            Text eins.
            -- content/eingerueckt.md --
               # Eingerückter Titel

            Text zwei.
            -- content/vitepress.md --
            <script setup>
            const version = '1.0'
            </script>

            # Titel nach dem Skript

            Text drei.
            -- content/version.md --
            Version 2.1

            # Titel nach der Versionszeile

            Text vier.
            -- content/mit-id.md --
            # Titel mit Anker {#eigene-id}

            Siehe [oben](#eigene-id).
            -- content/schluss.md --
            # Geschlossener Titel ##

            Text fünf.
            """);
        site.ShouldSucceedWithoutDiagnostics(); // VitePress's <script setup> is dropped, not reported as a <script>
        site.AssertFile("setext/index.html", "<title>Leitfaden für Kommunen</title>", "<h1>Leitfaden für Kommunen</h1><p>Text eins.</p>", "! ====");
        site.AssertFile("eingerueckt/index.html", "<title>Eingerückter Titel</title>", "! <h1 id=");
        site.AssertFile("vitepress/index.html", "<title>Titel nach dem Skript</title>", "! id=\"titel-nach-dem-skript\"", "! <script", "! const version");
        site.AssertFile("version/index.html", "<title>Titel nach der Versionszeile</title>", "<p>Version 2.1</p>");
        site.AssertFile("mit-id/index.html", "<title>Titel mit Anker</title>", "<h1 id=\"eigene-id\">Titel mit Anker</h1>", "href=\"#eigene-id\"", "! {#");
        site.AssertFile("schluss/index.html", "<title>Geschlossener Titel</title>");
        foreach (var page in (string[])["setext", "eingerueckt", "vitepress", "version", "mit-id", "schluss"])
            CountOf(site.Read(page + "/index.html"), "<h1").ShouldBe(1, page);
    }

    [Fact]
    public async Task File_name_titles_drop_number_prefixes_and_keep_the_words_as_written()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/01-digitale-antraege.md --
            Nur Text.
            -- content/02_ueber_uns.md --
            Nur Text.
            -- content/03-leitfaden-digitale-verwaltung/index.md --
            Nur Text.
            -- content/04-leitfaden-fuer-kommunen/seite.md --
            ---
            title: Seite
            ---
            Text.
            """);
        site.ShouldSucceedWithoutDiagnostics();
        site.AssertFile("01-digitale-antraege/index.html", "<title>Digitale antraege</title>");
        site.AssertFile("02_ueber_uns/index.html", "<title>Ueber uns</title>");
        site.AssertFile("03-leitfaden-digitale-verwaltung/index.html", "<title>Leitfaden digitale verwaltung</title>");
        // A generated section page: the folder's name, no number, no title case.
        site.AssertFile("04-leitfaden-fuer-kommunen/index.html", "<title>Leitfaden fuer kommunen</title>");
    }

    [Fact]
    public async Task An_h1_after_text_is_reported_as_not_being_the_title_and_a_second_h1_is_a_warning()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/spaet.md --
            Erster Absatz.

            Zweiter Absatz.

            # Zu spät
            -- content/zwei.md --
            # Eins

            Text.

            # Zwei
            -- content/fm.md --
            ---
            title: Vorne
            ---
            # Anders
            """);
        site.Diagnostics.ShouldBe([
            "content/fm.md(4,1): warning LOT0411: A second h1: the layout shows the title 'Vorne' as the page's h1. Make this heading '##', or make it the title (the first h1 before any text, or 'title:' in the front matter).",
            "content/spaet.md(5,1): warning LOT0410: This h1 comes after other text, so it is not the page's title; the title is 'Spaet', made from the file name. Move the h1 to the top, or set 'title:' in the front matter.",
            "content/zwei.md(5,1): warning LOT0411: A second h1: the layout shows the title 'Eins' as the page's h1. Make this heading '##', or make it the title (the first h1 before any text, or 'title:' in the front matter).",
        ], ignoreOrder: true);
    }

    [Fact]
    public async Task A_front_matter_title_and_the_same_leading_h1_give_one_h1()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/docusaurus.md --
            ---
            title: Antrag stellen
            sidebar_position: 2
            ---

            # Antrag stellen

            Text.
            """);
        site.ShouldSucceedWithoutDiagnostics();
        CountOf(site.Read("docusaurus/index.html"), "<h1").ShouldBe(1);
    }

    [Fact]
    public async Task With_titles_required_a_page_without_any_title_is_a_warning()
    {
        using var site = await TestSite.BuildAsync("""
            -- lotse.yml --
            title: T
            titles_required: true
            -- content/index.md --
            # Start
            -- content/ohne.md --
            Nur Text.
            """);
        site.Diagnostics.ShouldBe(["content/ohne.md(1,1): warning LOT0410: The page has no title; it is called 'Ohne' after its file name. Start the page with '# Titel' or set 'title:' in the front matter."]);
    }

    [Theory]
    [InlineData("# Titel\n\nText", "Titel", null, 0)]
    [InlineData("\n\n   # Titel #\n", "Titel", null, 2)]
    [InlineData("Titel\n===\n", "Titel", null, 0)]
    [InlineData("<!-- Kommentar\nüber zwei Zeilen -->\n# Titel {#t .x}\n", "Titel", "t", 2)]
    [InlineData("Version 1.0\n# Titel\n", "Titel", null, 1)]
    public void The_leading_title_is_found(string body, string title, string? id, int line)
    {
        var found = LeadingTitle.Find(body).ShouldNotBeNull();
        found.Title.ShouldBe(title);
        found.Id.ShouldBe(id);
        found.Line.ShouldBe(line);
    }

    [Theory]
    [InlineData("Text.\n\nMehr Text.\n\n# Titel\n")]
    [InlineData("    # Code, kein Titel\n")]
    [InlineData("## Zweite Ebene\n")]
    [InlineData("- Liste\n===\n")]
    [InlineData("#Kein Titel\n")]
    public void No_leading_title_is_found(string body) => LeadingTitle.Find(body).ShouldBeNull();

    [Theory]
    [InlineData("01-einleitung", "Einleitung")]
    [InlineData("2_rechtlicher_rahmen", "Rechtlicher rahmen")]
    [InlineData("10. Anhang", "Anhang")]
    [InlineData("2024-bericht", "2024 bericht")]
    [InlineData("ozg-umsetzung", "Ozg umsetzung")]
    [InlineData("42", "42")]
    public void File_name_titles(string name, string title) => FileNameTitle.From(name).ShouldBe(title);

    private static int CountOf(string text, string needle) =>
        (text.Length - text.Replace(needle, "", StringComparison.Ordinal).Length) / needle.Length;
}

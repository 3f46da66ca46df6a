
using Lotse.Tests.Testing;

namespace Lotse.Tests.Editors;

/// <summary>Issue 8, point 2: glossary terms are marked in the text and link to the glossary page.</summary>
public sealed class GlossaryTests
{
    /// <summary>The minimal theme plus the default theme's real glossary layout (so the anchors are the real ones).</summary>
    private static string Site(string files) =>
        TestSite.MinimalTheme + "\n" +
        "-- themes/default/layouts/_base.html --\n<!DOCTYPE html><html lang=\"de\"><body><main id=\"inhalt\">{{ body }}</main></body></html>\n" +
        "-- themes/default/partials/page-title.html --\n<h1>{{ page.title }}</h1>\n" +
        "-- themes/default/layouts/glossar.html --\n" +
        File.ReadAllText(Path.Combine(TestSite.RepositoryRoot, "themes/default/layouts/glossar.html")) + "\n" +
        """
        -- content/_data/glossar.yml --
        - begriff: EfA
          langform: Einer für Alle
          erklaerung: Ein Land baut, alle nutzen.
        - begriff: Barrierefreiheit
          erklaerung: Nutzbar für alle Menschen.
        - begriff: Once-Only-Prinzip
          erklaerung: Daten nur einmal angeben.
          synonyme: [Once Only]
        - begriff: Ökosystem
          erklaerung: Ein Ganzes aus vielen Teilen & "Diensten".
        -- content/glossar.md --
        ---
        title: Glossar
        layout: glossar
        ---
        EfA steht hier nicht verlinkt.

        """ + files;

    [Fact]
    public async Task The_first_occurrence_on_each_page_becomes_an_abbr_linked_to_the_glossary_entry()
    {
        using var site = await TestSite.BuildAsync(Site("""
            -- content/a.md --
            # Seite

            Das Prinzip EfA ist wichtig. Nochmals EfA.

            barrierefreiheit ist Pflicht; das Ökosystem wächst.
            """), strict: true);
        site.ShouldSucceedWithoutDiagnostics();
        site.AssertFile("a/index.html",
            "Das Prinzip <a href=\"../glossar/index.html#efa\" class=\"glossary-term\"><abbr title=\"Einer für Alle\">EfA</abbr></a> ist wichtig. Nochmals EfA.",
            "<a href=\"../glossar/index.html#barrierefreiheit\" class=\"glossary-term\"><abbr title=\"Nutzbar für alle Menschen.\">barrierefreiheit</abbr></a> ist Pflicht",
            "<a href=\"../glossar/index.html#oekosystem\" class=\"glossary-term\"><abbr title=\"Ein Ganzes aus vielen Teilen &amp; &quot;Diensten&quot;.\">Ökosystem</abbr></a> wächst");
        site.AssertFile("glossar/index.html", "<dt id=\"efa\">", "<dt id=\"oekosystem\">", "EfA steht hier nicht verlinkt.", "! <abbr");
    }

    [Fact]
    public async Task Headings_code_links_existing_abbreviations_and_parts_of_words_are_left_alone()
    {
        using var site = await TestSite.BuildAsync(Site("""
            -- content/a.md --
            # Seite

            ## EfA in der Überschrift

            ```
            EfA im Code
            ```

            `EfA` inline, [EfA im Link](glossar.md), <abbr title="x">EfA</abbr>, EfAs, efa, EFA, Barrierefreiheitsgesetz.

            Once Only gilt, aber nicht in Wörtern: EfA-Leistung, **EfA-Wegweiser**, **EfA**-Dienst, Nicht-EfA, erst hier: **EfA**.
            """), strict: true);
        site.ShouldSucceedWithoutDiagnostics();
        var html = site.Read("a/index.html");
        html.ShouldContain("<h2 id=\"efa-in-der-ueberschrift\">EfA in der Überschrift</h2>");
        html.ShouldContain("<code>EfA im Code\n</code>");
        html.ShouldContain("<code>EfA</code> inline, <a href=\"../glossar/index.html\">EfA im Link</a>, <abbr title=\"x\">EfA</abbr>, EfAs, efa, EFA, Barrierefreiheitsgesetz.");
        html.ShouldContain("<a href=\"../glossar/index.html#once-only-prinzip\" class=\"glossary-term\"><abbr title=\"Daten nur einmal angeben.\">Once Only</abbr></a> gilt");
        // Issue 27: whole words only, and emphasis stays intact (the link goes inside the emphasis, around the whole word).
        html.ShouldContain("nicht in Wörtern: EfA-Leistung, <strong>EfA-Wegweiser</strong>, <strong>EfA</strong>-Dienst, Nicht-EfA, erst hier: "
            + "<strong><a href=\"../glossar/index.html#efa\" class=\"glossary-term\"><abbr title=\"Einer für Alle\">EfA</abbr></a></strong>.");
        html.Split("glossary-term").Length.ShouldBe(3);
    }

    [Fact]
    public async Task A_page_can_opt_out_and_without_a_glossary_page_terms_get_an_abbr_without_link()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/_data/glossar.yml --
            - begriff: EfA
              langform: Einer für Alle
              erklaerung: x
            -- content/a.md --
            EfA hier.
            -- content/b.md --
            ---
            glossar: false
            ---
            EfA dort.
            """, strict: true);
        site.ShouldSucceedWithoutDiagnostics();
        site.AssertFile("a/index.html", "<p><abbr title=\"Einer für Alle\">EfA</abbr> hier.</p>", "! glossary-term");
        site.AssertFile("b/index.html", "<p>EfA dort.</p>");
    }
}

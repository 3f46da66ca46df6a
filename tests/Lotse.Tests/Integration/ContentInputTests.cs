
using Lotse.Tests.Testing;

namespace Lotse.Tests.Integration;

/// <summary>Issue 2, point 1: front matter, data files, folder defaults and the Markdown dialect.</summary>
public sealed class ContentInputTests
{
    [Fact]
    public async Task Front_matter_keys_including_custom_ones_reach_the_layout()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/a.md --
            ---
            title: Seite A
            description: Kurz
            order: 3
            verantwortlich: Redaktion
            tags: [x, y]
            ---
            Text
            -- themes/default/layouts/_base.html --
            {{ body }}
            -- themes/default/layouts/page.html --
            {{ page.title }}|{{ page.description }}|{{ page.order }}|{{ page.verantwortlich }}|{{ page.tags | array.join "," }}|
            -- themes/default/layouts/section.html --
            S
            """);
        site.ShouldSucceedWithoutDiagnostics();
        site.AssertFile("a/index.html", "Seite A|Kurz|3|Redaktion|x,y|");
    }

    [Fact]
    public async Task Drafts_are_not_built()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/entwurf.md --
            ---
            title: Entwurf
            draft: true
            ---
            -- content/fertig.md --
            # Fertig
            """);
        site.ShouldSucceedWithoutDiagnostics();
        site.Exists("entwurf/index.html").ShouldBeFalse();
        site.Exists("fertig/index.html").ShouldBeTrue();
    }

    [Fact]
    public async Task Data_files_in_yaml_json_and_csv_are_available_as_data()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/_data/rollen.yml --
            - id: kommune
              name: Kommune
            -- content/_data/zahlen.json --
            {"a": [1, 2, 3]}
            -- content/_data/laender.csv --
            kuerzel,name
            HB,Bremen
            "BY","Bayern, Freistaat"
            -- content/a.md --
            x
            -- themes/default/layouts/_base.html --
            {{ body }}
            -- themes/default/layouts/page.html --
            {{ data.rollen[0].name }}|{{ data.zahlen.a | array.size }}|{{ data.laender[1].name }}|
            -- themes/default/layouts/section.html --
            S
            """);
        site.ShouldSucceedWithoutDiagnostics();
        site.AssertFile("a/index.html", "Kommune|3|Bayern, Freistaat|");
    }

    [Fact]
    public async Task Folder_defaults_cascade_down_deeper_folders_win_and_front_matter_wins_over_all()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/_dir.yml --
            bereich: oben
            farbe: blau
            team: alle
            -- content/leitfaden/_dir.yml --
            bereich: leitfaden
            -- content/leitfaden/tief/_dir.yml --
            farbe: gruen
            -- content/leitfaden/tief/a.md --
            ---
            team: redaktion
            ---
            -- themes/default/layouts/_base.html --
            {{ body }}
            -- themes/default/layouts/page.html --
            {{ page.bereich }}|{{ page.farbe }}|{{ page.team }}|
            -- themes/default/layouts/section.html --
            S
            """);
        site.ShouldSucceedWithoutDiagnostics();
        site.AssertFile("leitfaden/tief/a/index.html", "leitfaden|gruen|redaktion|");
    }

    [Fact]
    public async Task Markdown_dialect_has_tables_task_lists_footnotes_definitions_abbreviations_and_attributes()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/a.md --
            | Stufe | Name |
            |---|---|
            | 3 | Online-Leistung |

            - [x] erledigt
            - [ ] offen

            Text mit Fußnote.[^1]

            [^1]: Die Fußnote.

            Reifegrad
            :   Wie digital eine Leistung ist.

            *[OZG]: Onlinezugangsgesetz
            Das OZG gilt.

            Absatz mit Klasse {.wichtig}
            """);
        site.ShouldSucceedWithoutDiagnostics();
        site.AssertFile("a/index.html",
            "<table>", "<th>Stufe</th>",
            "class=\"task-list-item\"",
            "class=\"footnotes\"",
            "<dl>", "<dt>Reifegrad</dt>",
            "<abbr title=\"Onlinezugangsgesetz\">OZG</abbr>",
            "<p class=\"wichtig\">Absatz mit Klasse");
    }

    [Fact]
    public async Task Headings_get_german_friendly_anchors_and_explicit_ids_win()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/a.md --
            ## Übersicht der Leistungen
            ## Straße und Maß
            ## Übersicht der Leistungen
            ## Eigene Marke {#marke}
            """);
        site.ShouldSucceedWithoutDiagnostics();
        site.AssertFile("a/index.html",
            "<h2 id=\"uebersicht-der-leistungen\">",
            "<h2 id=\"strasse-und-mass\">",
            "<h2 id=\"uebersicht-der-leistungen-1\">",
            "<h2 id=\"marke\">Eigene Marke</h2>");
    }

    [Fact]
    public async Task Callouts_are_rendered_as_labelled_notes()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/a.md --
            ::: hinweis
            Bitte beachten.
            :::

            ::: warnung
            Frist!
            :::

            ::: tipp
            So geht es leichter.
            :::
            """);
        site.ShouldSucceedWithoutDiagnostics();
        site.AssertFile("a/index.html",
            "<div class=\"callout callout-hinweis\" role=\"note\"><p class=\"callout-label\">Hinweis</p>",
            "<p>Bitte beachten.</p>",
            "<div class=\"callout callout-warnung\" role=\"note\"><p class=\"callout-label\">Warnung</p>",
            "<div class=\"callout callout-tipp\" role=\"note\"><p class=\"callout-label\">Tipp</p>");
    }

    [Fact]
    public async Task Without_a_title_in_front_matter_the_first_h1_becomes_the_title_and_leaves_the_body()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/ohne-titel.md --
            # Überschrift als Titel

            Text [kaputt](fehlt.md)
            -- content/gar-nichts.md --
            Nur Text.
            """);
        site.Diagnostics.ShouldBe(["content/ohne-titel.md(3,6): error LOT0401: Link 'fehlt.md' points to 'content/fehlt.md', which does not exist. Check the path; it is relative to this file."]);
        using var ok = await TestSite.BuildAsync("""
            -- content/ohne-titel.md --
            # Überschrift als Titel

            Text
            -- content/gar-nichts.md --
            Nur Text.
            """);
        ok.AssertFile("ohne-titel/index.html", "<title>Überschrift als Titel</title>", "<h1>Überschrift als Titel</h1><p>Text</p>", "! id=\"ueberschrift");
        ok.AssertFile("gar-nichts/index.html", "<title>Gar nichts</title>");
    }
}

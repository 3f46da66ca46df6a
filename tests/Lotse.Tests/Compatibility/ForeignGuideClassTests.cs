using Lotse.Tests.Testing;

namespace Lotse.Tests.Compatibility;

/// <summary>Issue 20, classes of Markdown found in public German guides (CommonsBooking's VitePress docs, the Quarto
/// book "Handbuch IT in Bibliotheken", the Berlin Open-Data-Handbuch with kramdown): each builds without edits.</summary>
public sealed class ForeignGuideClassTests
{
    [Fact]
    public async Task Anchors_written_for_other_generators_slugs_lead_to_their_heading()
    {
        // GitHub, kramdown and pandoc keep umlauts; VitePress drops their dots; pandoc drops a slash without a dash.
        using var site = await TestSite.BuildAsync("""
            -- content/index.md --
            # Start

            [a](#schritt-für-schritt) [b](seite.md#eigene-felder-fur-standorte) [c](seite#anbindung-an-katalogeverbund)
            [d](/seite#eigene-felder-für-standorte)

            ## Schritt für Schritt
            -- content/seite.md --
            # Seite

            ## Eigene Felder für Standorte

            ## Anbindung an Kataloge/Verbund
            """);
        site.ShouldSucceedWithoutDiagnostics();
        site.AssertFile("index.html", "href=\"#schritt-fuer-schritt\"", "href=\"seite/index.html#eigene-felder-fuer-standorte\"",
            "href=\"seite/index.html#anbindung-an-kataloge-verbund\"");
    }

    [Fact]
    public async Task A_wrong_anchor_is_still_reported()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/index.md --
            # Start

            [a](seite.md#gibt-es-nicht)
            -- content/seite.md --
            # Seite

            ## Etwas anderes
            """);
        site.Diagnostics.ShouldHaveSingleItem().ShouldContain("LOT0402");
    }

    [Fact]
    public async Task A_Quarto_book_builds_callouts_includes_cross_references_and_anchors_across_chapters()
    {
        using var site = await TestSite.BuildAsync("""
            -- lotse.yml --
            title: Handbuch
            anchors_across_pages: true
            -- content/index.md --
            # Einleitung {#sec-einleitung}

            Siehe @sec-management und das Kapitel [Betrieb](#betrieb).

            ::: {.callout-note title="Zusammenfassung"}
            Kurz gesagt.
            :::

            ::: {.callout-warning}
            Wird überarbeitet.
            :::

            ::: {.content-visible unless-format="html"}
            Nur im PDF.
            :::
            -- content/management.md --
            # IT-Management {#sec-management}

            ## Betrieb

            {{< include teil.md >}}
            -- content/teil.md --
            ---
            title: Teil
            ---
            Eingebundener Text.
            """);
        site.ShouldSucceedWithoutDiagnostics();
        site.AssertFile("index.html", "<a href=\"management/index.html\">IT-Management</a>",
            "href=\"management/index.html#betrieb\"",
            "<div class=\"callout callout-hinweis callout-note\" role=\"note\"><p class=\"callout-label\">Zusammenfassung</p>",
            "<p class=\"callout-label\">Warnung</p>");
        site.Read("index.html").ShouldNotContain("Nur im PDF");
        site.AssertFile("management/index.html", "Eingebundener Text.");
    }

    [Fact]
    public async Task A_books_list_of_figures_links_figure_ids_of_other_chapters()
    {
        using var site = await TestSite.BuildAsync("""
            -- lotse.yml --
            title: Handbuch
            anchors_across_pages: true
            diagnostics: { LOT0402: warning }
            -- content/index.md --
            # Abbildungen

            - [RFID-Transponder](#fig-transponder)
            - [Fehlt](#fig-fehlt)
            -- content/technik.md --
            # Technik

            ![HF- und UHF-Transponder](bild.png){#fig-transponder}
            -- content/bild.png --
            png
            """);
        site.Diagnostics.ShouldBe(["content/index.md(4,3): warning LOT0402: Link '#fig-fehlt' points to a missing anchor; this page has no heading anchors."]);
        site.AssertFile("index.html", "href=\"technik/index.html#fig-transponder\"");
        site.AssertFile("technik/index.html", "id=\"fig-transponder\"");
    }

    [Fact]
    public async Task A_missing_include_is_reported_at_its_line()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/index.md --
            # Start

            {{< include fehlt.md >}}
            """);
        site.Diagnostics.ShouldBe(["content/index.md(3,1): error LOT0441: The include 'fehlt.md' names no file inside content/. Check the path; it is relative to this page."]);
    }

    [Fact]
    public async Task VitePress_public_files_folder_links_and_raw_HTML_relative_to_the_Markdown()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/de/index.md --
            # Start

            ![Logo](/img/logo.png) [Funktionen](/de/features/)

            <div><a class="button" href="./documentation/">Dokumentation</a></div>
            -- content/de/features.md --
            # Funktionen
            -- content/de/documentation/index.md --
            # Dokumentation
            -- content/public/img/logo.png --
            png
            """);
        site.ShouldSucceedWithoutDiagnostics();
        site.AssertFile("de/index.html", "src=\"../public/img/logo.png\"", "href=\"features/index.html\"", "href=\"documentation/index.html\"");
    }

    [Fact]
    public async Task A_folder_link_to_static_HTML_files_leads_to_their_index_html()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/index.md --
            # Handbuch

            Die [Ausgabe 1.0](v1.0.0/) liegt als HTML bei; [hier fehlt etwas](v2/).
            -- content/v1.0.0/index.html --
            <!doctype html><html lang="de"><title>Ausgabe 1.0</title><h1>Ausgabe 1.0</h1></html>
            """);
        site.Diagnostics.ShouldHaveSingleItem().ShouldContain("error LOT0401: Link 'v2/'");
        var again = await TestSite.BuildAsync("""
            -- content/index.md --
            # Handbuch

            Die [Ausgabe 1.0](v1.0.0/) liegt als HTML bei.
            -- content/v1.0.0/index.html --
            <!doctype html><html lang="de"><title>Ausgabe 1.0</title><h1>Ausgabe 1.0</h1></html>
            """);
        again.ShouldSucceedWithoutDiagnostics();
        again.AssertFile("index.html", "href=\"v1.0.0/index.html\"");
        again.Dispose();
    }

    [Fact]
    public async Task The_site_sets_the_severity_of_any_check()
    {
        using var site = await TestSite.BuildAsync("""
            -- lotse.yml --
            diagnostics:
              LOT0704: warning
              LOT0411: off
              LOT9: laut
            -- content/index.md --
            # Start

            ![](bild.png)

            # Zweite
            -- content/bild.png --
            png
            """);
        site.Diagnostics.Count.ShouldBe(2);
        site.Diagnostics.ShouldContain(d => d.Contains("warning LOT0704"));
        site.Diagnostics.ShouldContain(d => d.Contains("error LOT0440"));
    }

    [Fact]
    public async Task A_VitePress_home_page_is_named_after_its_hero()
    {
        using var site = await TestSite.BuildAsync("""
            -- themes/default/layouts/_base.html --
            <!DOCTYPE html><html lang="de"><head><title>{{ page.title }}</title></head><body>{{ body }}</body></html>
            -- themes/default/layouts/home.html --
            <main><h1>{{ page.title }}</h1>{{ page.content }}</main>
            -- content/index.md --
            ---
            layout: home
            hero:
              name: "CommonsBooking"
              text: Organisiert den Verleih eurer Gemeingüter
            ---
            Willkommen.
            """);
        site.AssertFile("index.html", "<title>Organisiert den Verleih eurer Gemeingüter</title>");
    }
}

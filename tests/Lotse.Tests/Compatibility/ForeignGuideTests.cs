using Lotse.Tests.Testing;

namespace Lotse.Tests.Compatibility;

/// <summary>Issue 20: small guides written as for MkDocs, VitePress, Docusaurus and pandoc build without edits to their
/// Markdown: no diagnostics, titles right, links working, containers as callouts, numbered chapters in order.</summary>
public sealed class ForeignGuideTests
{
    /// <summary>A theme whose pages list their children, in the navigation's order.</summary>
    private const string ThemeWithChildren = """
        -- themes/default/layouts/_base.html --
        <!DOCTYPE html><html lang="de"><head><title>{{ page.title }}</title></head><body>{{ body }}</body></html>
        -- themes/default/layouts/page.html --
        <main><h1>{{ page.title }}</h1>{{ page.content }}<ul>{{ for c in page.children }}<li><a href="{{ c.url }}">{{ c.title }}</a></li>{{ end }}</ul></main>
        -- themes/default/layouts/section.html --
        <main><h1>{{ page.title }}</h1>{{ page.content }}<ul>{{ for c in page.children }}<li><a href="{{ c.url }}">{{ c.title }}</a></li>{{ end }}</ul></main>
        """;

    [Fact]
    public async Task An_MkDocs_guide_builds_without_edits()
    {
        // mkdocs-material conventions: index.md per folder, links with .md and to folders, admonitions, numbered files.
        using var site = await TestSite.BuildAsync(ThemeWithChildren + """

            -- mkdocs.yml --
            site_name: Leitfaden Digitale Verwaltung
            nav:
              - Start: index.md
              - Grundlagen: grundlagen/index.md
            -- content/index.md --
            # Leitfaden Digitale Verwaltung

            Willkommen. Lesen Sie zuerst die [Grundlagen](grundlagen/index.md) und dann die [Umsetzung](umsetzung/).

            !!! info "Stand"
                Dieser Leitfaden wird laufend ergänzt.
            -- content/grundlagen/index.md --
            # Grundlagen

            Die [Einleitung](01-einleitung.md) erklärt die Begriffe.
            -- content/grundlagen/01-einleitung.md --
            # Einleitung

            ## Begriffe {#begriffe}

            Siehe auch [Rahmen](02-rechtlicher-rahmen.md#gesetze).

            ??? question "Warum digital?"
                Weil Anträge so schneller bearbeitet werden.
            -- content/grundlagen/02-rechtlicher-rahmen.md --
            # Rechtlicher Rahmen

            ## Gesetze

            !!! warning
                Fristen beachten. Zurück zu den [Begriffen](01-einleitung.md#begriffe).
            -- content/grundlagen/10-anhang.md --
            # Anhang
            -- content/umsetzung/index.md --
            # Umsetzung

            Text mit ![Schaubild](../bilder/schaubild.svg).
            -- content/bilder/schaubild.svg --
            <svg xmlns="http://www.w3.org/2000/svg"/>
            """);
        site.ShouldSucceedWithoutDiagnostics();
        site.AssertFile("index.html", "<title>Leitfaden Digitale Verwaltung</title>", "href=\"grundlagen/index.html\"", "href=\"umsetzung/index.html\"",
            "<div class=\"callout callout-hinweis\" role=\"note\"><p class=\"callout-label\">Stand</p>");
        site.AssertFile("grundlagen/01-einleitung/index.html", "<title>Einleitung</title>", "<h2 id=\"begriffe\">Begriffe</h2>",
            "href=\"../02-rechtlicher-rahmen/index.html#gesetze\"", "<details class=\"callout callout-hinweis\"><summary class=\"callout-label\">Warum digital?</summary>");
        site.AssertFile("grundlagen/02-rechtlicher-rahmen/index.html", "href=\"../01-einleitung/index.html#begriffe\"");
        // Numbered chapters in their numeric order (10 after 2), not by title ("Anhang" would come first).
        var section = site.Read("grundlagen/index.html");
        var order = new[] { "Einleitung", "Rechtlicher Rahmen", "Anhang" }.Select(t => section.IndexOf(">" + t + "</a>", StringComparison.Ordinal)).ToList();
        order.ShouldAllBe(i => i >= 0);
        order.ShouldBeInOrder();
    }

    [Fact]
    public async Task A_VitePress_guide_builds_without_edits()
    {
        // VitePress: links without extension and root-relative, ::: containers with titles, frontmatter outline keys.
        using var site = await TestSite.BuildAsync("""
            -- content/index.md --
            ---
            layout: page
            ---
            # Onlinezugang für Kommunen

            Zum [Einstieg](/leitfaden/einstieg) oder zur [Checkliste](/leitfaden/checkliste.html).
            -- content/leitfaden/index.md --
            # Leitfaden
            -- content/leitfaden/einstieg.md --
            ---
            outline: deep
            ---

            # Einstieg

            ::: tip Vorab
            Klären Sie die Zuständigkeit.
            :::

            ::: danger Achtung
            Keine personenbezogenen Daten in Testsystemen.
            :::

            ::: details Beispiel einer Anfrage
            Text des Beispiels.
            :::

            Weiter mit der [Checkliste](./checkliste).
            -- content/leitfaden/checkliste.md --
            Checkliste
            ==========

            Zurück zum [Einstieg](einstieg#vorab-klaeren).
            -- content/leitfaden/einstieg-teil-2.md --
            # Einstieg, Teil 2

            ## Vorab klären
            """);
        site.Diagnostics.ShouldBe(["content/leitfaden/checkliste.md(4,12): error LOT0402: Link 'einstieg#vorab-klaeren' points to a missing anchor; 'einstieg.md' has no heading anchors."],
            customMessage: "the one mistake in the guide (the anchor is on another page) is found; nothing else is reported");
        using var fixedSite = await TestSite.BuildAsync("""
            -- content/index.md --
            # Onlinezugang für Kommunen

            Zum [Einstieg](/leitfaden/einstieg) oder zur [Checkliste](/leitfaden/checkliste.html).
            -- content/leitfaden/einstieg.md --
            ---
            outline: deep
            ---

            # Einstieg

            ::: tip Vorab
            Klären Sie die Zuständigkeit.
            :::

            ::: danger Achtung
            Keine personenbezogenen Daten in Testsystemen.
            :::

            ::: details Beispiel einer Anfrage
            Text des Beispiels.
            :::

            Weiter mit der [Checkliste](./checkliste).
            -- content/leitfaden/checkliste.md --
            Checkliste
            ==========

            Zurück zum [Einstieg](einstieg).
            """);
        fixedSite.ShouldSucceedWithoutDiagnostics();
        fixedSite.AssertFile("index.html", "href=\"leitfaden/einstieg/index.html\"", "href=\"leitfaden/checkliste/index.html\"");
        fixedSite.AssertFile("leitfaden/einstieg/index.html", "<title>Einstieg</title>",
            "<div class=\"callout callout-tipp\" role=\"note\"><p class=\"callout-label\">Vorab</p>",
            "<div class=\"callout callout-warnung\" role=\"note\"><p class=\"callout-label\">Achtung</p>",
            "<details class=\"callout callout-details\"><summary class=\"callout-label\">Beispiel einer Anfrage</summary>",
            "href=\"../checkliste/index.html\"");
        fixedSite.AssertFile("leitfaden/checkliste/index.html", "<title>Checkliste</title>", "href=\"../einstieg/index.html\"", "! ===");
    }

    [Fact]
    public async Task A_Docusaurus_guide_builds_without_edits()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/index.md --
            ---
            title: Start
            slug: /
            sidebar_position: 1
            ---

            # Start

            Siehe [Antrag](antrag/stellen.md) und [Fristen](antrag/fristen).
            -- content/antrag/index.md --
            ---
            title: Antrag
            ---
            -- content/antrag/stellen.md --
            ---
            title: Antrag stellen
            sidebar_label: Stellen
            ---

            # Antrag stellen

            :::note[Vorbereitung]
            Unterlagen bereitlegen.
            :::

            :::caution
            Frist beachten.
            :::
            -- content/antrag/fristen.md --
            ---
            id: fristen
            title: Fristen
            ---

            > [!IMPORTANT]
            > Die Frist beträgt vier Wochen.
            """);
        site.ShouldSucceedWithoutDiagnostics();
        site.AssertFile("index.html", "href=\"antrag/stellen/index.html\"", "href=\"antrag/fristen/index.html\"");
        site.AssertFile("antrag/stellen/index.html", "<title>Antrag stellen</title>",
            "<p class=\"callout-label\">Vorbereitung</p>", "<div class=\"callout callout-warnung\" role=\"note\"><p class=\"callout-label\">Vorsicht</p>");
        site.AssertFile("antrag/fristen/index.html", "<p class=\"callout-label\">Wichtig</p>");
    }

    [Fact]
    public async Task A_pandoc_style_guide_builds_without_edits()
    {
        // pandoc: title in YAML, headings with {#id}, setext headings, links to .html files of the same guide.
        using var site = await TestSite.BuildAsync("""
            -- content/index.md --
            ---
            title: Handreichung Barrierefreiheit
            author: Arbeitsgruppe
            date: 2026-01-15
            lang: de-DE
            ---

            Einleitung {#einleitung}
            ------------------------

            Die [Prüfschritte](pruefschritte.html#schritt-1) stehen im Anhang, die [Einleitung](#einleitung) oben.
            -- content/pruefschritte.md --
            Prüfschritte
            ============

            # Schritt 1 {#schritt-1 .wichtig}

            Kontrast prüfen.
            """);
        site.Diagnostics.ShouldBe([
            "content/pruefschritte.md(4,1): warning LOT0411: A second h1: the layout shows the title 'Prüfschritte' as the page's h1. Make this heading '##', or make it the title (the first h1 before any text, or 'title:' in the front matter).",
        ]);
        site.AssertFile("index.html", "<h2 id=\"einleitung\">Einleitung</h2>", "href=\"pruefschritte/index.html#schritt-1\"", "href=\"#einleitung\"");
        site.AssertFile("pruefschritte/index.html", "<title>Prüfschritte</title>", "<h1 id=\"schritt-1\" class=\"wichtig\">Schritt 1</h1>");
    }
}

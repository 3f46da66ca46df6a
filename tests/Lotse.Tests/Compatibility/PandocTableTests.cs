using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Lotse.Tests.Testing;

namespace Lotse.Tests.Compatibility;

/// <summary>Issue 20, pandoc's simple and multiline tables (pandoc extensions <c>simple_tables</c> and
/// <c>multiline_tables</c>, used by Quarto books such as "Handbuch IT in Bibliotheken"): columns are set by lines of
/// dashes, a header's position over its dashes gives the alignment, and they become the same HTML tables as pipe
/// tables (header cells, caption, id). Lines of dashes that are no table stay thematic breaks and headings.</summary>
public sealed class PandocTableTests
{
    [Fact]
    public async Task A_simple_table_has_a_header_row_and_takes_each_columns_alignment_from_its_header()
    {
        // Columns: dashes at 0-7, 9-16, 18-27, 29-36. "  Rechts" ends with its dashes (right), "Links" starts with
        // them (left), "  Mitte" touches neither end (centered), "Standard" fills them (default).
        using var site = await TestSite.BuildAsync("""
            -- content/index.md --
            # Werte

            Siehe @tbl-werte.

              Rechts Links      Mitte    Standard
            -------- -------- ---------- --------
                  12 zwölf        12     *zwölf*
                   3 drei          3     drei

            : Gemessene Werte {#tbl-werte}

            Text danach.
            """);
        site.ShouldSucceedWithoutDiagnostics();
        var table = Table(site, "index.html", "#tbl-werte");
        Texts(table, "caption").ShouldBe(["Gemessene Werte"]);
        Texts(table, "thead th").ShouldBe(["Rechts", "Links", "Mitte", "Standard"]);
        table.QuerySelectorAll("thead th").Select(th => th.GetAttribute("style")).ShouldBe(
            ["text-align: right;", "text-align: left;", "text-align: center;", null]);
        Texts(table, "tbody tr:first-child td").ShouldBe(["12", "zwölf", "12", "zwölf"]);
        Texts(table, "tbody tr:last-child td").ShouldBe(["3", "drei", "3", "drei"]);
        table.QuerySelector("tbody em")!.TextContent.ShouldBe("zwölf");
        site.AssertFile("index.html", "<a href=\"#tbl-werte\">Tabelle „Gemessene Werte“</a>", "<p>Text danach.</p>");
    }

    [Fact]
    public async Task A_multiline_table_joins_the_lines_of_each_cell_and_may_have_its_caption_before()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/index.md --
            # Systeme

            Table: Systeme im Vergleich {#tbl-systeme}

              -------------------------------------------------
                           Anbieter       Betrieb
                                          und Pflege
              ------------ -------------- ---------------------
              Koha         Community      lokal oder
                                          durch Dienstleister

              FOLIO        Open Library   Verbund
                           Foundation
              -------------------------------------------------

            Text danach.
            """);
        site.ShouldSucceedWithoutDiagnostics();
        var table = Table(site, "index.html", "#tbl-systeme");
        Texts(table, "caption").ShouldBe(["Systeme im Vergleich"]);
        Texts(table, "thead th").ShouldBe(["", "Anbieter", "Betrieb und Pflege"]);
        table.QuerySelectorAll("tbody tr").Length.ShouldBe(2);
        Texts(table, "tbody tr:first-child td").ShouldBe(["Koha", "Community", "lokal oder durch Dienstleister"]);
        Texts(table, "tbody tr:last-child td").ShouldBe(["FOLIO", "Open Library Foundation", "Verbund"]);
        site.AssertFile("index.html", "<p>Text danach.</p>");
    }

    [Fact]
    public async Task A_multiline_table_with_its_caption_right_after_the_closing_line_has_that_caption_and_id()
    {
        // As in the Quarto book: indented by two spaces, the caption line directly under the closing dashes.
        using var site = await TestSite.BuildAsync("""
            -- content/index.md --
            # Vorteile

            Siehe [die Tabelle](#tbl-vorteile).

              -----------------------------------------------------
              Vorteile                   Nachteile
              -------------------------- --------------------------
              leicht verständlich        nicht jeder Fall ist
                                         darstellbar

              früh einsetzbar            schwer für Websites
              -----------------------------------------------------
            : Vor- und Nachteile {#tbl-vorteile}
            """);
        site.ShouldSucceedWithoutDiagnostics();
        var table = Table(site, "index.html", "#tbl-vorteile");
        Texts(table, "caption").ShouldBe(["Vor- und Nachteile"]);
        Texts(table, "thead th").ShouldBe(["Vorteile", "Nachteile"]);
        table.QuerySelectorAll("thead th").Select(th => th.GetAttribute("style")).ShouldBe(["text-align: left;", "text-align: left;"]);
        Texts(table, "tbody td").ShouldBe(["leicht verständlich", "nicht jeder Fall ist darstellbar", "früh einsetzbar", "schwer für Websites"]);
        site.Read("index.html").ShouldNotContain("<hr");
    }

    [Fact]
    public async Task Tables_without_header_start_with_their_column_dashes_and_take_alignment_from_the_first_row()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/index.md --
            # Ohne Kopf

            -------- --------
                  12 zwölf
                   3 drei
            -------- --------

            Dazwischen.

            ---------- ----------------
            Erste      eine Zeile, die
                       weitergeht

            Zweite     noch eine
            ---------- ----------------

            : Mehrzeilig {#tbl-mehrzeilig}
            """);
        site.ShouldSucceedWithoutDiagnostics();
        var document = Parse(site, "index.html");
        var tables = document.QuerySelectorAll("table");
        tables.Length.ShouldBe(2);
        tables[0].QuerySelector("thead").ShouldBeNull();
        Texts(tables[0], "tbody tr:first-child td").ShouldBe(["12", "zwölf"]);
        tables[0].QuerySelectorAll("tbody tr").Length.ShouldBe(2);
        tables[0].QuerySelector("td")!.GetAttribute("style").ShouldBe("text-align: right;");
        tables[1].Id.ShouldBe("tbl-mehrzeilig");
        Texts(tables[1], "tbody td").ShouldBe(["Erste", "eine Zeile, die weitergeht", "Zweite", "noch eine"]);
        document.QuerySelectorAll("hr").Length.ShouldBe(0);
        Texts(document.DocumentElement, "main p").ShouldContain("Dazwischen.");
    }

    [Fact]
    public async Task Dashes_that_are_no_table_stay_headings_thematic_breaks_and_lists()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/index.md --
            # Keine Tabellen

            Eine Überschrift
            ----------------

            Absatz.

            ---

            - - -

            ----------- -----------
            Nach einer Linie ohne schließende Linie.

            Ein Absatz, dessen zweite Zeile
            wie ein Tabellenkopf aussieht
            ------ ------
            Text danach.

                Code  mit Spalten
                ----- ------
                1     2

            - eins
            - zwei
            """);
        site.ShouldSucceedWithoutDiagnostics();
        var html = site.Read("index.html");
        html.ShouldNotContain("<table");
        html.ShouldContain("<h2 id=\"eine-ueberschrift\">Eine Überschrift</h2>");
        Parse(site, "index.html").QuerySelectorAll("main hr").Length.ShouldBe(4);
        html.ShouldContain("<p>Nach einer Linie ohne schließende Linie.</p>");
        html.ShouldContain("<li>eins</li>");
        html.ShouldContain("<pre><code>Code  mit Spalten\n----- ------\n1     2\n</code></pre>");
    }

    [Fact]
    public async Task A_simple_table_ends_at_a_blank_line_and_the_text_after_it_is_a_paragraph()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/index.md --
            # Ende

            Name     Wert
            -------  ------
            a        1
            b        2
            Weiter im Text, der keine Tabelle ist.
            """);
        // Without a blank line, the last line is a row (as in pandoc): its first 9 characters are the first cell.
        site.ShouldSucceedWithoutDiagnostics();
        var table = Table(site, "index.html", "table");
        table.QuerySelectorAll("tbody tr").Length.ShouldBe(3);

        using var separated = await TestSite.BuildAsync("""
            -- content/index.md --
            # Ende

            Name     Wert
            -------  ------
            a        1

            Weiter im Text.
            """);
        separated.ShouldSucceedWithoutDiagnostics();
        Table(separated, "index.html", "table").QuerySelectorAll("tbody tr").Length.ShouldBe(1);
        separated.AssertFile("index.html", "<p>Weiter im Text.</p>");
    }

    private static IDocument Parse(TestBuild site, string path) => new HtmlParser().ParseDocument(site.Read(path));

    private static IElement Table(TestBuild site, string path, string selector) =>
        Parse(site, path).QuerySelector(selector).ShouldNotBeNull();

    private static List<string> Texts(IElement element, string selector) =>
        element.QuerySelectorAll(selector).Select(e => string.Join(' ', e.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).ToList();
}

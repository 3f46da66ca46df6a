using Lotse.Tests.Testing;

namespace Lotse.Tests.Compatibility;

/// <summary>Issue 20, pandoc's and Quarto's captions and cross-references (the book "Handbuch IT in Bibliotheken"):
/// a table caption line gives the table a caption and its id, and a cross-reference is never an empty link.</summary>
public sealed class PandocCaptionTests
{
    [Fact]
    public async Task A_cross_reference_to_a_figure_of_another_chapter_is_named_after_its_caption()
    {
        // The figure's id has no text of its own: the link was empty (axe: link-name).
        using var site = await TestSite.BuildAsync("""
            -- lotse.yml --
            title: Handbuch
            anchors_across_pages: true
            diagnostics: { LOT0704: warning }
            -- content/index.md --
            # Abbildungen

            - @fig-transponder (`rfid.png`)
            - @fig-ohne-text
            -- content/technik.md --
            # Technik

            ![HF- und UHF-Transponder](bild.png){#fig-transponder}

            ![](bild.png){#fig-ohne-text .dekorativ}
            -- content/bild.png --
            png
            """);
        site.AssertFile("index.html", "<a href=\"technik/index.html#fig-transponder\">Abbildung „HF- und UHF-Transponder“</a>",
            "<a href=\"technik/index.html#fig-ohne-text\">Abbildung</a>");
    }

    [Fact]
    public async Task A_table_caption_line_after_a_table_gives_it_a_caption_and_its_id()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/index.md --
            # Tabellen

            Siehe @tbl-systeme und [die Verbünde](#tbl-verbuende).

            | System | Betrieb |
            |--------|---------|
            | Koha   | lokal   |

            : Relevante *Software* {#tbl-systeme}

            | Verbund | Region |
            |---------|--------|
            | GBV     | Nord   |
            Table: Bibliotheksverbünde {#tbl-verbuende .breit}

            Text danach.
            """);
        site.ShouldSucceedWithoutDiagnostics();
        site.AssertFile("index.html",
            "<a href=\"#tbl-systeme\">Tabelle „Relevante Software“</a>",
            "<a href=\"#tbl-verbuende\">die Verbünde</a>",
            "<table id=\"tbl-systeme\">\n<caption>Relevante <em>Software</em></caption>",
            "<table id=\"tbl-verbuende\" class=\"breit\">\n<caption>Bibliotheksverbünde</caption>",
            "<p>Text danach.</p>");
        site.Read("index.html").ShouldNotContain("<dl>");
    }

    [Fact]
    public async Task A_caption_line_before_a_table_and_a_grid_table_with_a_caption_work_too()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/index.md --
            # Tabellen

            Table: Vergleich {#tbl-vergleich}

            | A | B |
            |---|---|
            | 1 | 2 |

            +-------+-------+
            | OPAC  | Disc. |
            +=======+=======+
            | alt   | neu   |
            +-------+-------+
            : Katalog und Discovery {#tbl-discovery}
            """);
        site.ShouldSucceedWithoutDiagnostics();
        site.AssertFile("index.html", "<table id=\"tbl-vergleich\">\n<caption>Vergleich</caption>",
            "<table id=\"tbl-discovery\">\n<caption>Katalog und Discovery</caption>");
    }

    [Fact]
    public async Task A_definition_list_stays_a_definition_list()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/index.md --
            # Begriffe

            OPAC
            : Online-Katalog einer Bibliothek
            """);
        site.ShouldSucceedWithoutDiagnostics();
        site.AssertFile("index.html", "<dl>\n<dt>OPAC</dt>\n<dd>Online-Katalog einer Bibliothek</dd>");
    }
}

using Lotse.Tests.Testing;

namespace Lotse.Tests.Compatibility;

/// <summary>Issue 20, citations of pandoc / Quarto books (<c>[@key]</c> with a BibTeX bibliography, 27 in "Handbuch IT
/// in Bibliotheken"): author–year links to the entry in the bibliography chapter (<c>::: {#refs}</c>), instead of
/// "[@gould_designing_1987]" as text.</summary>
public sealed class PandocCitationTests
{
    private const string Bibliography = """
        -- content/literatur.bib --
        @article{gould_designing_1987,
        	title = {Designing for usability: key principles},
        	author = {Gould, John D. and Lewis, Clayton},
        	journaltitle = {Communications of the {ACM}},
        	date = {1987},
        	url = {https://example.org/gould},
        }

        @misc{din_2020,
        	title = {{DIN} {EN} {ISO} 9241-110 Ergonomie},
        	author = {{DIN}},
        	year = 2020,
        }

        @book{vos_einfuhrung_2022,
        	title = {Einführung in die \& Praxis},
        	author = {Vos, Jakob and Meier, Anna and Kunz, Bernd},
        	date = {2022-03-01},
        }
        """;

    [Fact]
    public async Task Citations_become_author_year_links_to_the_bibliography_chapter()
    {
        using var site = await TestSite.BuildAsync("""
            -- lotse.yml --
            title: Handbuch
            bibliography: literatur.bib
            anchors_across_pages: true
            -- content/index.md --
            # Einleitung

            Kernideen [@gould_designing_1987]: Siehe auch [vgl. @din_2020, S. 7;
            @vos_einfuhrung_2022] und @vos_einfuhrung_2022 sowie [-@din_2020].

            Keine Zitate: info@example.org, `@din_2020` im Code.

            ```
            [@din_2020]
            ```
            -- content/literatur.md --
            # Literaturverzeichnis

            ::: {#refs}
            :::
            """ + "\n" + Bibliography);
        site.ShouldSucceedWithoutDiagnostics();
        site.AssertFile("index.html",
            "(<a href=\"literatur/index.html#ref-gould_designing_1987\">Gould und Lewis 1987</a>):",
            "(vgl. <a href=\"literatur/index.html#ref-din_2020\">DIN 2020</a>, S. 7; <a href=\"literatur/index.html#ref-vos_einfuhrung_2022\">Vos u. a. 2022</a>)",
            "und <a href=\"literatur/index.html#ref-vos_einfuhrung_2022\">Vos u. a. (2022)</a> sowie (<a href=\"literatur/index.html#ref-din_2020\">2020</a>)",
            "info@example.org",
            "<code>[@din_2020]\n</code>");
        var refs = site.Read("literatur/index.html");
        refs.ShouldContain("id=\"ref-gould_designing_1987\"");
        refs.ShouldContain("Gould, John D.; Lewis, Clayton (1987): <em>Designing for usability: key principles</em>. Communications of the ACM.");
        refs.ShouldContain("<a href=\"https://example.org/gould\">https://example.org/gould</a>");
        refs.ShouldContain("<em>Einführung in die &amp; Praxis</em>");
        // Sorted by the first author: DIN, Gould, Vos.
        refs.IndexOf("ref-din_2020", StringComparison.Ordinal).ShouldBeLessThan(refs.IndexOf("ref-gould", StringComparison.Ordinal));
        refs.IndexOf("ref-gould", StringComparison.Ordinal).ShouldBeLessThan(refs.IndexOf("ref-vos", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_a_refs_div_each_citing_page_lists_its_works_and_an_unknown_key_is_reported()
    {
        using var site = await TestSite.BuildAsync("""
            -- lotse.yml --
            title: Handbuch
            bibliography: literatur.bib
            -- content/index.md --
            # Einleitung

            Kernideen [@gould_designing_1987], nicht [@gibt_es_nicht]; ein Verweis [@sec-teil] bleibt einer.

            ## Teil {#sec-teil}
            """ + "\n" + Bibliography);
        site.Diagnostics.ShouldBe(["content/index.md(3,42): warning LOT0176: The citation '@gibt_es_nicht' names no entry of the bibliography; it stays text. Add the entry to the .bib file or correct the key."]);
        var html = site.Read("index.html");
        html.ShouldContain("(<a href=\"#ref-gould_designing_1987\">Gould und Lewis 1987</a>)");
        html.ShouldContain("<h2 id=\"literatur\">Literatur</h2>");
        html.ShouldContain("id=\"ref-gould_designing_1987\"");
        html.ShouldNotContain("ref-din_2020");
    }

    [Fact]
    public async Task A_bibliography_that_cannot_be_read_is_reported()
    {
        using var site = await TestSite.BuildAsync("""
            -- lotse.yml --
            title: Handbuch
            bibliography: fehlt.bib
            -- content/index.md --
            # Einleitung

            [@x]
            """);
        site.Diagnostics.ShouldBe(["lotse.yml(2,15): error LOT0177: The bibliography 'fehlt.bib' cannot be read (FileNotFoundException). Give its path relative to content/, e.g. 'bibliography: literatur.bib'."]);
    }
}

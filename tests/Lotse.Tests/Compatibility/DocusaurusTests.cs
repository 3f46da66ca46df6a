using Lotse.Tests.Testing;

namespace Lotse.Tests.Compatibility;

/// <summary>Issue 20: a Docusaurus guide builds without edits: MDX pages (imports, comments and components),
/// the sidebar from <c>sidebar_position</c>, <c>sidebar_label</c> and <c>_category_.json</c>, and links as Docusaurus
/// publishes pages (without numeric prefixes, under <c>routeBasePath</c>, given as <c>links_base</c>).</summary>
public sealed class DocusaurusTests
{
    [Fact]
    public async Task An_mdx_page_loses_its_imports_and_comments_keeps_the_content_of_wrapping_components_and_names_each_component_it_leaves_out()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/index.md --
            # Start
            -- content/team.mdx --
            import { PersonCard } from "@site/src/components/PersonCard";
            import Tabs from '@theme/Tabs';
            import {
              TabItem,
            } from '@theme/TabItem';

            # Autorinnen

            {/* Nur für die Redaktion */}

            <PersonCard
              name="Erika Muster"
              description={`Leitet das Team > seit 2020`}
            />

            <Tabs>
              <TabItem value="bund" label="Bund">

            Text für den Bund.

              </TabItem>
            </Tabs>

            ```js
            import nichtsWeg from "beispiel";
            ```

            <PersonCard name="Zweite Karte" />
            """);
        site.AssertFile("team/index.html", "<title>Autorinnen", "Text für den Bund.", "<strong>Bund</strong>", "import nichtsWeg from",
            "! PersonCard", "! Erika Muster", "! Nur für die Redaktion", "! @theme/Tabs", "! TabItem,", "! &lt;Tabs");
        var warnings = site.Diagnostics.Where(d => d.Contains("LOT0450")).ToList();
        warnings.Count.ShouldBe(3); // one per component and page: PersonCard, Tabs, TabItem
        warnings.ShouldContain(d => d.StartsWith("content/team.mdx(11,1): warning LOT0450: The MDX component <PersonCard> is left out"));
        warnings.ShouldContain(d => d.StartsWith("content/team.mdx(16,1): warning LOT0450: The MDX component <Tabs> is shown as its content only"));
        site.Diagnostics.ShouldNotContain(d => d.Contains(" error "));
    }

    /// <summary>A theme whose folder pages list their pages as the navigation names them.</summary>
    private const string ListingTheme = """
        -- themes/default/layouts/_base.html --
        <!DOCTYPE html><html lang="de"><head><title>{{ page.title }}</title></head><body>{{ body }}</body></html>
        -- themes/default/layouts/page.html --
        <main><h1>{{ page.title }}</h1>{{ page.content }}</main>
        -- themes/default/layouts/section.html --
        <main><h1>{{ page.title }}</h1><ol>{{ for c in page.children }}<li>{{ c.title }}</li>{{ end }}</ol></main>
        """;

    [Fact]
    public async Task The_sidebar_takes_sidebar_position_sidebar_label_and_category_files_unless_the_page_sets_order_and_nav_title()
    {
        using var site = await TestSite.BuildAsync(ListingTheme + """

            -- content/theorie/_category_.json --
            { "label": "Theorie", "position": 2 }
            -- content/theorie/b.md --
            ---
            sidebar_position: 1
            sidebar_label: Kurz B
            ---
            # Langer Titel B
            -- content/theorie/a.mdx --
            ---
            sidebar_position: 2
            ---
            # Titel A
            -- content/praxis/_category_.yml --
            label: Praxis
            position: 1
            -- content/praxis/index.md --
            ---
            nav_title: Eigener Name
            order: 1
            ---
            # Praxis-Übersicht
            -- content/praxis/x.md --
            # X
            """);
        site.ShouldSucceedWithoutDiagnostics();
        site.AssertFile("index.html", "<ol><li>Eigener Name</li><li>Theorie</li></ol>");
        site.AssertFile("theorie/index.html", "<ol><li>Kurz B</li><li>Titel A</li></ol>");
        site.AssertFile("theorie/index.html", "<title>Theorie"); // the generated folder page is named by the category
    }

    [Fact]
    public async Task A_category_file_that_cannot_be_read_is_a_warning_at_its_line()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/index.md --
            # Start
            -- content/teil/_category_.json --
            {
              "label": "Teil",
              "position": [
            -- content/teil/a.md --
            # A
            """);
        site.Diagnostics.ShouldContain(d => d.StartsWith("content/teil/_category_.json(4,1)") && d.Contains("warning LOT0452: This Docusaurus category file cannot be read"));
    }

    private const string NumberedGuide = """
        -- content/index.md --
        # Start
        -- content/02-theorie/01-agil.mdx --
        # Agil

        ## Rollen im Team
        -- content/03-praxis/planen.md --
        # Planen

        [a](/leitfaden/theorie/agil#rollen-im-team) [b](../02-theorie/01-agil) [c](/theorie/agil) [d](/leitfaden/praxis/planen)
        """;

    [Fact]
    public async Task Links_as_Docusaurus_publishes_pages_resolve_without_numeric_prefixes_and_under_links_base()
    {
        using var site = await TestSite.BuildAsync("-- lotse.yml --\nlinks_base: /leitfaden/\n" + NumberedGuide);
        site.ShouldSucceedWithoutDiagnostics();
        site.AssertFile("03-praxis/planen/index.html",
            "href=\"../../02-theorie/01-agil/index.html#rollen-im-team\"", "href=\"../../02-theorie/01-agil/index.html\"", "href=\"#\">d</a>");
    }

    [Fact]
    public async Task Without_links_base_a_link_under_the_old_route_is_missing_and_named()
    {
        using var site = await TestSite.BuildAsync(NumberedGuide);
        site.Diagnostics.ShouldContain(d => d.Contains("error LOT0401: Link '/leitfaden/theorie/agil#rollen-im-team' points to 'content/leitfaden/theorie/agil'"));
    }

    [Fact]
    public async Task Two_pages_with_the_same_path_without_numbers_make_such_a_link_missing_not_a_guess()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/index.md --
            # Start
            -- content/01-teil/a.md --
            # A eins
            -- content/02-teil/a.md --
            # A zwei
            -- content/b.md --
            # B

            [a](teil/a)
            """);
        site.Diagnostics.ShouldContain(d => d.Contains("error LOT0401: Link 'teil/a' points to 'content/teil/a'"));
    }

    [Fact]
    public async Task A_picture_component_becomes_an_image_and_a_card_list_on_a_folder_page_lists_the_folders_pages()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/index.md --
            # Start
            -- content/wiese/index.mdx --
            import { Image } from '@site/src/components/Image';
            import DocCardList from '@theme/DocCardList';

            # Wiese

            <Image
              alt="Blühende Wiese"
              {...require('./wiese.jpg')}
            />

            <DocCardList />
            -- content/wiese/wiese.jpg --
            jpg
            -- content/wiese/mahd.md --
            # Mahd
            """);
        site.ShouldSucceedWithoutDiagnostics();
        site.AssertFile("wiese/index.html", "<img src=\"wiese.jpg\" alt=\"Blühende Wiese\"", "mahd/index.html", "! DocCardList", "! require(");
    }

    [Fact]
    public async Task A_public_folder_is_published_at_the_root_and_found_by_root_relative_links_and_a_missing_one_is_an_error()
    {
        using var site = await TestSite.BuildAsync("""
            -- lotse.yml --
            public: static
            -- static/dokumente/satzung.pdf --
            pdf
            -- content/index.md --
            # Start

            [Satzung](/dokumente/satzung.pdf)
            """);
        site.ShouldSucceedWithoutDiagnostics();
        site.Exists("dokumente/satzung.pdf").ShouldBeTrue();
        site.AssertFile("index.html", "href=\"dokumente/satzung.pdf\"");

        using var missing = await TestSite.BuildAsync("-- lotse.yml --\npublic: statisch\n-- content/index.md --\n# Start\n");
        missing.Diagnostics.ShouldContain("lotse.yml(1,9): error LOT0453: The public folder 'statisch' does not exist. Give a folder from the site root (public: static), or remove the setting.");
    }

    private const string Docs = """
        -- content/index.md --
        # Start

        [Einführung](intro.md)
        -- content/intro.md --
        ---
        sidebar_position: 1
        sidebar_label: Einstieg
        ---
        import Tabs from '@theme/Tabs';
        import TabItem from '@theme/TabItem';

        # Einführung

        Siehe [Schritt](anleitung/schritt.mdx) und [Zwei](anleitung/zwei). {/* Notiz für uns */}

        <Tabs>
          <TabItem value="win" label="Windows" default>
            Doppelklick.
          </TabItem>
          <TabItem value="mac" label="macOS">

        Mit **Finder**.

          </TabItem>
        </Tabs>

        `<Tabs>` im Code bleibt.
        -- content/anleitung/_category_.json --
        { "label": "Schritt für Schritt", "position": 2 }
        -- content/anleitung/schritt.mdx --
        ---
        title: Schritt
        ---
        export const Highlight = ({children}) => <span>{children}</span>;

        Das ist <Highlight color="#25c2a0">wichtig</Highlight>.
        -- content/anleitung/zwei.md --
        # Zwei
        -- content/anhang.md --
        ---
        sidebar_position: 3
        ---
        # Anhang
        """;

    [Fact]
    public async Task A_md_page_with_imports_is_mdx_text_inside_a_component_is_no_code_and_an_inline_component_keeps_its_text()
    {
        using var site = await TestSite.BuildAsync(Docs);
        site.Diagnostics.Where(d => !d.Contains("<Tabs>") && !d.Contains("<TabItem>")).ShouldBe([
            "content/anleitung/schritt.mdx(6,9): warning LOT0450: The MDX component <Highlight> is shown as its content only: Lotse builds Markdown, not React components. Write it as Markdown."]);
        site.AssertFile("intro/index.html", "<title>Einführung", "href=\"../anleitung/schritt/index.html\">Schritt", "href=\"../anleitung/zwei/index.html\">Zwei",
            "<strong>Windows</strong>\nDoppelklick.</p>", "<strong>macOS</strong>", "Mit <strong>Finder</strong>.", "<code>&lt;Tabs&gt;</code>",
            "! import ", "! Notiz", "! <TabItem", "! <pre>");
        site.AssertFile("anleitung/schritt/index.html", "Das ist wichtig.", "! export const");
        site.Exists("anleitung/schritt.mdx").ShouldBeFalse();
    }

    [Fact]
    public async Task Outside_mdx_a_capitalised_placeholder_in_a_sentence_is_no_component()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/index.md --
            # Start

            Schreibe `WM(CMD 'x')` in die Kategorie <Category> und den <Name> dazu.
            """);
        site.Diagnostics.ShouldNotContain(d => d.Contains("LOT0450"));
        site.Read("index.html").ShouldNotContain("Kategorie  und");
    }

    [Fact]
    public async Task In_a_docusaurus_project_a_md_page_is_mdx_too()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/docusaurus.config.js --
            export default { title: 'Handbuch' };
            -- content/index.md --
            # Start

            Das ist <Highlight>wichtig</Highlight>.
            """);
        site.Diagnostics.ShouldHaveSingleItem().ShouldStartWith("content/index.md(3,9): warning LOT0450: The MDX component <Highlight> is shown as its content only");
        site.AssertFile("index.html", "Das ist wichtig.");
    }
}

using Lotse.Tests.Testing;

namespace Lotse.Tests.Integration;

/// <summary>Issue 20, points 4 and 2: a nested nav.yml (sections with titles and pages, several levels), numeric file-name
/// prefixes as order, and GitBook's SUMMARY.md / docsify's _sidebar.md as the navigation of a site without nav.yml.</summary>
public sealed class NestedNavigationTests
{
    private const string NavTheme = """
        -- themes/default/layouts/_base.html --
        {{ body }}
        -- themes/default/layouts/page.html --
        {{ func tree(items) }}[{{ for i in items }}{{ i.title }}{{ if i.current }}*{{ end }}{{ if i.children.size > 0 }}{{ tree i.children }}{{ end }};{{ end }}]{{ end }}NAV{{ tree nav }}|CRUMBS{{ for c in page.breadcrumbs }}{{ c.title }}>{{ end }}|PREV {{ page.prev?.title }}|NEXT {{ page.next?.title }}|
        """;

    private const string Pages = """
        -- content/index.md --
        # Start
        -- content/a.md --
        # Alpha
        -- content/b.md --
        # Beta
        -- content/teil/index.md --
        # Teil
        -- content/teil/c.md --
        # Gamma
        -- content/teil/d.md --
        # Delta
        -- content/e.md --
        # Epsilon
        """;

    [Fact]
    public async Task A_nested_nav_yml_places_pages_in_titled_sections_on_several_levels_and_unnamed_pages_follow()
    {
        using var site = await TestSite.BuildAsync(NavTheme + "\n" + Pages + "\n" + """
            -- content/_data/nav.yml --
            - Grundlagen:
                - b.md
                - Vertiefung:
                    - teil/d
                    - Alpha zuerst: a.md
            - title: Der Teil
              page: teil/
              pages:
                - teil/c.md
            """);
        site.ShouldSucceedWithoutDiagnostics();
        // Sections without a page link to their first page; 'Der Teil' is teil/index.md retitled; e.md was not named.
        site.AssertFile("teil/d/index.html",
            "NAV[Grundlagen[Beta;Vertiefung[Delta*;Alpha zuerst;];];Der Teil;Epsilon;]",
            "CRUMBSStart>Grundlagen>Vertiefung>|", "PREV Beta|", "NEXT Alpha zuerst|");
        site.AssertFile("a/index.html", "PREV Delta|", "NEXT Der Teil|");
        site.AssertFile("teil/c/index.html", "Der Teil[Gamma*;]");
    }

    [Fact]
    public async Task An_entry_of_nav_yml_that_names_no_page_and_an_entry_of_a_wrong_shape_are_reported()
    {
        using var site = await TestSite.BuildAsync(NavTheme + "\n" + Pages + "\n" + """
            -- content/_data/nav.yml --
            - Grundlagen:
                - fehlt.md
            """);
        site.Diagnostics.ShouldBe(["content/_data/nav.yml(2,7): warning LOT0405: The entry 'fehlt.md' names no page or folder. Remove it or fix the path."]);

        using var wrong = await TestSite.BuildAsync(NavTheme + "\n" + Pages + "\n" + """
            -- content/_data/nav.yml --
            - a.md
            - [b.md]
            """);
        wrong.Diagnostics.ShouldHaveSingleItem().ShouldContain("error LOT0167: Entry 2 of nav must be a path, 'Titel: path', 'Titel: [list]' or '{ title, page, pages }', not a list");
    }

    [Fact]
    public async Task Without_order_a_numeric_file_name_prefix_orders_pages_and_folders_numerically()
    {
        using var site = await TestSite.BuildAsync(NavTheme + "\n" + """
            -- content/index.md --
            # Start
            -- content/10-zehn.md --
            # Aaa zehn
            -- content/2-zwei.md --
            # Zzz zwei
            -- content/ohne.md --
            # Bbb ohne Nummer
            -- content/01_eins/index.md --
            # Yyy eins
            """);
        site.ShouldSucceedWithoutDiagnostics();
        site.AssertFile("index.html", "NAV[Yyy eins;Zzz zwei;Aaa zehn;Bbb ohne Nummer;]");
    }

    [Fact]
    public async Task A_GitBook_SUMMARY_md_is_the_navigation_with_its_headings_as_sections_and_is_not_a_page_of_it()
    {
        using var site = await TestSite.BuildAsync(NavTheme + "\n" + Pages + "\n" + """
            -- content/SUMMARY.md --
            # Summary

            * [Willkommen](index.md)

            ## Erste Schritte

            * [Das Beta](b.md)
            * [Teil](teil/index.md)
              * [Delta](teil/d.md)
              * [Gamma](teil/c.md)

            ## Anhang

            * [Alpha](./a.md)
            """);
        // SUMMARY.md stays a page (its links are checked as a page's), but is no entry of the navigation.
        site.ShouldSucceedWithoutDiagnostics();
        site.AssertFile("teil/c/index.html", "NAV[Erste Schritte[Das Beta;Teil[Delta;Gamma*;];];Anhang;Epsilon;]", "PREV Delta|", "NEXT Alpha|");
        site.AssertFile("a/index.html", "NAV[Erste Schritte;Anhang[Alpha*;];Epsilon;]");
    }

    [Fact]
    public async Task An_entry_of_a_docsify_sidebar_that_names_no_page_is_reported_at_its_line()
    {
        using var site = await TestSite.BuildAsync(NavTheme + "\n" + Pages + "\n" + """
            -- content/_sidebar.md --
            - [Alpha](/a)
            - [Fehlt](/fehlt)
            """);
        site.Diagnostics.ShouldBe(["content/_sidebar.md(2,1): warning LOT0405: The entry '/fehlt' names no page or folder. Remove it or fix the path."]);
    }

    [Fact]
    public async Task A_docsify_sidebar_is_the_navigation_with_links_from_the_docs_root_and_items_without_link_as_sections()
    {
        using var site = await TestSite.BuildAsync(NavTheme + "\n" + Pages + "\n" + """
            -- content/_sidebar.md --
            - Einstieg
              - [Epsilon zuerst](/e)
              - [Beta](/b.md)
            - [Teil](/teil/)
              - [Gamma](/teil/c)
            """);
        site.ShouldSucceedWithoutDiagnostics();
        site.AssertFile("b/index.html", "NAV[Einstieg[Epsilon zuerst;Beta*;];Teil;Alpha;]", "PREV Epsilon zuerst|", "NEXT Teil|");
    }
}

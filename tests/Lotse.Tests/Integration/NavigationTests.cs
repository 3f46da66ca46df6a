
using Lotse.Tests.Testing;

namespace Lotse.Tests.Integration;

/// <summary>Issue 2, point 4: navigation from the folder tree, front matter order and titles.</summary>
public sealed class NavigationTests
{
    private const string NavTheme = """
        -- themes/default/layouts/_base.html --
        {{ body }}
        -- themes/default/layouts/page.html --
        {{ func tree(items) }}[{{ for i in items }}{{ i.title }}{{ if i.current }}*{{ end }}{{ if i.children.size > 0 }}{{ tree i.children }}{{ end }};{{ end }}]{{ end }}NAV{{ tree nav }}|CRUMBS{{ for c in page.breadcrumbs }}{{ c.title }}>{{ end }}|PREV {{ page.prev?.title }}|NEXT {{ page.next?.title }}|
        -- themes/default/layouts/section.html --
        SECTION {{ page.title }}|{{ for c in page.children }}{{ c.title }}={{ c.url }};{{ end }}|
        """;

    [Fact]
    public async Task The_sidebar_follows_the_folders_ordered_by_order_then_title_and_marks_the_current_page()
    {
        using var site = await TestSite.BuildAsync(NavTheme + "\n" + """
            -- content/index.md --
            ---
            title: Start
            layout: page
            ---
            -- content/leitfaden/index.md --
            ---
            title: Leitfaden
            order: 1
            layout: page
            ---
            -- content/leitfaden/zweite.md --
            ---
            title: Zweite
            order: 2
            ---
            -- content/leitfaden/erste.md --
            ---
            title: Erste
            order: 1
            ---
            -- content/leitfaden/aepfel.md --
            ---
            title: Äpfel
            ---
            -- content/faq/index.md --
            ---
            title: FAQ
            order: 2
            layout: page
            ---
            """);
        site.ShouldSucceedWithoutDiagnostics();
        site.AssertFile("leitfaden/zweite/index.html",
            "NAV[Leitfaden[Erste;Zweite*;Äpfel;];FAQ;]",
            "CRUMBS Start>Leitfaden>|".Replace("CRUMBS ", "CRUMBS"),
            "PREV Erste|", "NEXT Äpfel|");
        site.AssertFile("index.html", "NAV[Leitfaden;FAQ;]");
    }

    [Fact]
    public async Task Folders_without_index_get_a_section_page_listing_their_pages()
    {
        using var site = await TestSite.BuildAsync(NavTheme + "\n" + """
            -- content/werkzeugkasten/personas.md --
            ---
            title: Personas
            ---
            -- content/werkzeugkasten/nutzertests.md --
            ---
            title: Nutzertests
            ---
            """);
        site.ShouldSucceedWithoutDiagnostics();
        site.AssertFile("werkzeugkasten/index.html",
            "SECTION Werkzeugkasten|Nutzertests=nutzertests/index.html;Personas=personas/index.html;|");
    }

    [Fact]
    public async Task A_nav_data_file_orders_the_top_level_and_unknown_entries_are_reported()
    {
        using var site = await TestSite.BuildAsync(NavTheme + "\n" + """
            -- content/_data/nav.yml --
            - faq
            - leitfaden
            - gibtsnicht
            -- content/index.md --
            ---
            layout: page
            ---
            -- content/leitfaden/a.md --
            x
            -- content/faq/b.md --
            y
            """);
        site.Diagnostics.ShouldBe(["content/_data/nav.yml(3,3): warning LOT0405: The entry 'gibtsnicht' names no page or folder. Remove it or fix the path."]);
        site.AssertFile("index.html", "NAV[Faq;Leitfaden;]");
    }

    [Fact]
    public async Task Pages_with_nav_false_stay_out_of_the_navigation()
    {
        using var site = await TestSite.BuildAsync(NavTheme + "\n" + """
            -- content/index.md --
            ---
            layout: page
            ---
            -- content/impressum.md --
            ---
            title: Impressum
            nav: false
            ---
            -- content/leitfaden.md --
            ---
            title: Leitfaden
            ---
            """);
        site.ShouldSucceedWithoutDiagnostics();
        site.AssertFile("index.html", "NAV[Leitfaden;]");
        site.Exists("impressum/index.html").ShouldBeTrue();
    }
}

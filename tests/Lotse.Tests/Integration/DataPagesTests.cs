
using Lotse.Tests.Testing;

namespace Lotse.Tests.Integration;

/// <summary>Issue 2, point 5: pages from data go through the same steps as Markdown pages and can be linked to.</summary>
public sealed class DataPagesTests
{
    [Fact]
    public async Task A_data_file_makes_one_page_per_entry_through_a_layout()
    {
        using var site = await TestSite.BuildAsync(TestSite.MinimalTheme + "\n" + """
            -- themes/default/layouts/themenfeld.html --
            <h1>{{ page.title | html.escape }}</h1>|{{ page.data.ressort }}|{{ page.bereich }}|
            -- content/_data/themenfelder.yml --
            - id: bauen-wohnen
              name: Bauen & Wohnen
              ressort: BMI
            - id: bildung
              name: Bildung
              ressort: BMBF
            -- content/leitfaden/_dir.yml --
            bereich: leitfaden
            -- content/leitfaden/themenfelder/_pages.yml --
            data: themenfelder
            key: id
            title: name
            layout: themenfeld
            -- content/leitfaden/themenfelder/index.md --
            Siehe [Bauen & Wohnen](bauen-wohnen.md).
            """);
        site.ShouldSucceedWithoutDiagnostics();
        site.AssertFile("leitfaden/themenfelder/bauen-wohnen/index.html", "<h1>Bauen &amp; Wohnen</h1>|BMI|leitfaden|");
        site.AssertFile("leitfaden/themenfelder/bildung/index.html", "Bildung</h1>|BMBF|");
        site.AssertFile("leitfaden/themenfelder/index.html", "href=\"bauen-wohnen/index.html\"");
    }

    [Fact]
    public async Task A_pages_declaration_that_names_an_unknown_data_file_is_an_error()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/_data/rollen.yml --
            - id: a
            -- content/x/_pages.yml --
            data: themenfelder
            key: id
            """);
        site.Diagnostics.ShouldBe(["content/x/_pages.yml(1,1): error LOT0107: The data file 'themenfelder' does not exist. Known data files: rollen."]);
    }
}

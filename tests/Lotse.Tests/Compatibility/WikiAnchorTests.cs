using Lotse.Tests.Testing;

namespace Lotse.Tests.Compatibility;

/// <summary>Issue 20: guides converted from a MediaWiki (the WollMux handbook) keep the wiki's legacy anchors, with
/// underscores for spaces and UTF-8 bytes as <c>.XX</c>: they lead to the heading they name; one that names no heading
/// is still reported.</summary>
public sealed class WikiAnchorTests
{
    private const string Pflege = """
        -- content/pflege.md --
        # Pflege

        #### Liste der nicht durch `xupdate` überschriebenen Dateien
        """;

    [Fact]
    public async Task A_mediawiki_anchor_leads_to_the_heading_it_names()
    {
        using var site = await TestSite.BuildAsync(Pflege + "\n" + """
            -- content/index.md --
            # Start

            [Liste](pflege.md#Liste_der_nicht_durch_xupdate_.C3.BCberschriebenen_Dateien)
            """);
        site.ShouldSucceedWithoutDiagnostics();
        site.AssertFile("index.html", "href=\"pflege/index.html#liste-der-nicht-durch-xupdate-ueberschriebenen-dateien\"");
    }

    [Fact]
    public async Task A_mediawiki_anchor_that_names_no_heading_is_reported()
    {
        using var site = await TestSite.BuildAsync(Pflege + "\n" + """
            -- content/index.md --
            # Start

            [fehlt](pflege.md#Liste_der_.C3.A4lteren_Dateien)
            """);
        site.Diagnostics.ShouldHaveSingleItem().ShouldContain("content/index.md(3,1): error LOT0402: Link 'pflege.md#Liste_der_.C3.A4lteren_Dateien' points to a missing anchor");
    }
}

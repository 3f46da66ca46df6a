
using Lotse.Tests.Testing;

namespace Lotse.Tests.Integration;

/// <summary>Issue 2, point 8: sitemap, canonical links, 404, robots.txt, redirects for aliases.</summary>
public sealed class SiteFilesTests
{
    [Fact]
    public async Task With_a_base_url_the_site_has_a_sitemap_and_canonical_links()
    {
        using var site = await TestSite.BuildAsync("""
            -- lotse.yml --
            title: T
            baseUrl: https://ozg.example.org/lotse
            -- themes/default/layouts/_base.html --
            <link rel="canonical" href="{{ page.canonical }}">{{ body }}
            -- themes/default/layouts/page.html --
            P
            -- themes/default/layouts/section.html --
            S
            -- content/index.md --
            S
            -- content/leitfaden/a.md --
            A
            """);
        site.ShouldSucceedWithoutDiagnostics();
        site.AssertFile("sitemap.xml",
            "<loc>https://ozg.example.org/lotse/</loc>",
            "<loc>https://ozg.example.org/lotse/leitfaden/a/</loc>");
        site.AssertFile("leitfaden/a/index.html", "<link rel=\"canonical\" href=\"https://ozg.example.org/lotse/leitfaden/a/\">");
        site.AssertFile("robots.txt", "Sitemap: https://ozg.example.org/lotse/sitemap.xml");
    }

    [Fact]
    public async Task Without_a_base_url_there_is_no_sitemap_but_robots_and_404()
    {
        using var site = await TestSite.BuildAsync(TestSite.MinimalTheme + "\n" + """
            -- themes/default/layouts/404.html --
            <h1>Nicht gefunden</h1>
            -- content/a.md --
            A
            """);
        site.ShouldSucceedWithoutDiagnostics();
        site.Exists("sitemap.xml").ShouldBeFalse();
        site.AssertFile("robots.txt", "User-agent: *", "! Sitemap");
        site.AssertFile("404.html", "<h1>Nicht gefunden</h1>");
    }

    [Fact]
    public async Task Aliases_become_redirect_pages_with_a_link_and_a_meta_refresh()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/leitfaden/reifegradmodell.md --
            ---
            title: Reifegradmodell
            aliases: [alt/reifegrad]
            ---
            """);
        site.ShouldSucceedWithoutDiagnostics();
        site.AssertFile("alt/reifegrad/index.html",
            "<meta http-equiv=\"refresh\" content=\"0; url=../../leitfaden/reifegradmodell/index.html\">",
            "<a href=\"../../leitfaden/reifegradmodell/index.html\">Reifegradmodell</a>");
    }

    [Fact]
    public async Task An_alias_that_collides_with_a_page_is_an_error()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/a.md --
            ---
            aliases: [b]
            ---
            -- content/b.md --
            B
            """);
        site.Diagnostics.ShouldBe(["content/a.md: error LOT0404: The alias 'b' would overwrite 'b/index.html' of 'content/b.md'. Remove the alias or move the other page."]);
    }
}

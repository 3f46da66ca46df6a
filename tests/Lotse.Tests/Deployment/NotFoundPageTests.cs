using Lotse.Site.Modules;
using Lotse.Tests.Testing;

namespace Lotse.Tests.Deployment;

/// <summary>Issue 24, point 1: 404.html works at any depth: its relative URLs become root-relative under the base path.</summary>
public sealed class NotFoundPageTests
{
    private const string Theme = """
        -- themes/default/layouts/_base.html --
        <!DOCTYPE html><html lang="de"><head><link rel="stylesheet" href="{{ rel }}assets/css/site.css"><script src="{{ rel }}assets/js/site.js"></script></head><body>{{ body }}</body></html>
        -- themes/default/layouts/page.html --
        <main>{{ page.content }}</main>
        -- themes/default/layouts/section.html --
        <main>{{ page.content }}</main>
        -- themes/default/layouts/404.html --
        <h1>Nicht gefunden</h1><a href="{{ page_url "index.md" }}">Zur Startseite</a> <a href="{{ page_url "leitfaden/a.md" }}">A</a><form action="{{ page_url "suche.md" }}"></form>
        -- themes/default/assets/css/site.css --
        body {}
        -- themes/default/assets/js/site.js --
        //
        -- content/index.md --
        Start
        -- content/suche.md --
        Suche
        -- content/leitfaden/a.md --
        [Start](../index.md)
        """;

    [Fact]
    public async Task Without_a_base_path_the_404_page_links_from_the_server_root()
    {
        using var site = await TestSite.BuildAsync("-- lotse.yml --\ntitle: T\nprecompress: false\n" + Theme);
        site.ShouldSucceedWithoutDiagnostics();
        site.AssertFile("404.html",
            "<link rel=\"stylesheet\" href=\"/assets/css/site.css\">",
            "<script src=\"/assets/js/site.js\">",
            "<a href=\"/index.html\">Zur Startseite</a>",
            "<a href=\"/leitfaden/a/index.html\">A</a>",
            "<form action=\"/suche/index.html\">",
            "! href=\"assets", "! ../");
        // Other pages keep their relative URLs (they work from disk and under any path).
        site.AssertFile("leitfaden/a/index.html", "href=\"../../assets/css/site.css\"", "href=\"../../index.html\"");
    }

    [Theory]
    [InlineData("basePath: /ozg-lotse", "/ozg-lotse/")]
    [InlineData("basePath: /ozg-lotse/", "/ozg-lotse/")]
    [InlineData("baseUrl: https://owner.github.io/ozg-lotse/", "/ozg-lotse/")]
    [InlineData("baseUrl: https://ozg.example.org", "/")]
    [InlineData("basePath: /\nbaseUrl: https://owner.github.io/ozg-lotse/", "/")]
    public async Task The_base_path_comes_from_basePath_or_the_path_of_baseUrl(string setting, string basePath)
    {
        using var site = await TestSite.BuildAsync("-- lotse.yml --\ntitle: T\nlinks: directories\n" + setting + "\n" + Theme);
        site.ShouldSucceedWithoutDiagnostics();
        site.AssertFile("404.html",
            $"href=\"{basePath}assets/css/site.css\"",
            $"<a href=\"{basePath}\">Zur Startseite</a>",
            $"<a href=\"{basePath}leitfaden/a/\">A</a>");
    }

    [Theory]
    [InlineData("ozg-lotse")]
    [InlineData("//evil.example")]
    [InlineData("/a/../b")]
    public async Task A_base_path_that_is_no_path_on_the_server_is_an_error(string value)
    {
        using var site = await TestSite.BuildAsync("-- lotse.yml --\ntitle: T\nbasePath: \"" + value + "\"\n" + Theme);
        site.Diagnostics.ShouldBe([$"lotse.yml(2,11): error LOT0950: 'basePath: {value}' is not a path on the server. Write it like '/' or '/handbuch/'."]);
    }

    [Theory]
    [InlineData("<a href=\"./\">x</a>", "<a href=\"/b/\">x</a>")]
    [InlineData("<a href=\"index.html\">x</a>", "<a href=\"/b/index.html\">x</a>")]
    [InlineData("<a href=\"#inhalt\">x</a>", "<a href=\"#inhalt\">x</a>")]
    [InlineData("<a href=\"https://example.org/\">x</a>", "<a href=\"https://example.org/\">x</a>")]
    [InlineData("<a href=\"mailto:a@b.de\">x</a>", "<a href=\"mailto:a@b.de\">x</a>")]
    [InlineData("<a href=\"/x/\">x</a>", "<a href=\"/x/\">x</a>")]
    [InlineData("<img alt=\"\" src=\"assets/img/a.svg\" data-src=\"assets/x\">", "<img alt=\"\" src=\"/b/assets/img/a.svg\" data-src=\"assets/x\">")]
    [InlineData("<p>href=\"assets/x\"</p>", "<p>href=\"assets/x\"</p>")]
    public void Only_relative_urls_in_attributes_are_rewritten(string html, string expected) =>
        RootNotFoundPage.Rewrite(html, "/b/").ShouldBe(expected);
}

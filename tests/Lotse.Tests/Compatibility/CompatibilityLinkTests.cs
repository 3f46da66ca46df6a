using Lotse.Blocks.Paths;
using Lotse.Tests.Testing;

namespace Lotse.Tests.Compatibility;

/// <summary>Issue 20, point 2: links in every common form resolve to the page; LOT0401 suggests the closest page;
/// URLs in raw HTML are rewritten and checked like Markdown links, at their line and column.</summary>
public sealed class CompatibilityLinkTests
{
    [Fact]
    public async Task Links_without_md_with_html_root_relative_and_to_folders_resolve_to_the_pages()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/index.md --
            # Start
            -- content/teil/index.md --
            # Teil
            -- content/teil/ziel.md --
            # Ziel

            ## Abschnitt
            -- content/handbuch/README.md --
            # Handbuch
            -- content/teil/von.md --
            # Von

            [a](ziel) [b](ziel.html) [c](/teil/ziel) [d](./ziel#abschnitt) [e](../handbuch/) [f](../handbuch)
            [g](/teil/) [h](../teil/index.html) [i](../handbuch/README.md)
            """);
        site.ShouldSucceedWithoutDiagnostics();
        site.AssertFile("teil/von/index.html",
            "<a href=\"../ziel/index.html\">a</a>", "<a href=\"../ziel/index.html\">b</a>", "<a href=\"../ziel/index.html\">c</a>",
            "<a href=\"../ziel/index.html#abschnitt\">d</a>",
            // A folder without index.md has a generated section page, which lists README.md.
            "<a href=\"../../handbuch/index.html\">e</a>", "<a href=\"../../handbuch/index.html\">f</a>",
            "<a href=\"../index.html\">g</a>", "<a href=\"../index.html\">h</a>", "<a href=\"../../handbuch/README/index.html\">i</a>");
    }

    [Fact]
    public async Task With_links_require_md_only_md_links_resolve()
    {
        using var site = await TestSite.BuildAsync("""
            -- lotse.yml --
            title: T
            links_require_md: true
            -- content/a.md --
            # A

            [gut](b.md) [ohne](b) [html](b.html)
            -- content/b.md --
            # B
            """);
        site.Diagnostics.ShouldBe([
            "content/a.md(3,13): error LOT0401: Link 'b' points to 'content/b', which does not exist. Check the path; it is relative to this file. Did you mean 'content/b.md'?",
            "content/a.md(3,23): error LOT0401: Link 'b.html' points to 'content/b.html', which does not exist. Check the path; it is relative to this file. Did you mean 'content/b.md'?",
        ]);
    }

    [Fact]
    public async Task A_missing_link_suggests_the_closest_page_and_a_root_relative_one_says_where_it_starts()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/leitfaden/reifegradmodell.md --
            # Reifegradmodell
            -- content/a.md --
            # A

            [x](leitfaden/reifegradmodel.md) [y](/leitfaden/reifegrad-modell) [z](ganz-anders.md)
            """);
        site.Diagnostics.ShouldBe([
            "content/a.md(3,1): error LOT0401: Link 'leitfaden/reifegradmodel.md' points to 'content/leitfaden/reifegradmodel.md', which does not exist. Check the path; it is relative to this file. Did you mean 'content/leitfaden/reifegradmodell.md'?",
            "content/a.md(3,34): error LOT0401: Link '/leitfaden/reifegrad-modell' points to 'content/leitfaden/reifegrad-modell', which does not exist. Check the path; it is relative to the content folder (it starts with '/'). Did you mean 'content/leitfaden/reifegradmodell.md'?",
            "content/a.md(3,67): error LOT0401: Link 'ganz-anders.md' points to 'content/ganz-anders.md', which does not exist. Check the path; it is relative to this file.",
        ]);
    }

    [Fact]
    public async Task Urls_in_raw_html_are_rewritten_like_markdown_links_and_missing_ones_reported_at_line_and_column()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/bilder/logo.png --
            PNG
            -- content/teil/ziel.md --
            # Ziel
            -- content/teil/seite.md --
            # Seite

            <p align="center">
              <img src="/bilder/logo.png" alt="Logo"> <a href="ziel.md">Ziel</a>
            </p>

            Im Satz <a href="/teil/ziel">inline</a> und <img src="/bilder/fehlt.png" alt="x">.
            """);
        site.Diagnostics.ShouldBe([
            "content/teil/seite.md(7,55): error LOT0401: In raw HTML: Link '/bilder/fehlt.png' points to 'content/bilder/fehlt.png', which does not exist. Check the path; it is relative to the content folder (it starts with '/').",
        ]);
        using var ok = await TestSite.BuildAsync("""
            -- content/bilder/logo.png --
            PNG
            -- content/teil/ziel.md --
            # Ziel
            -- content/teil/seite.md --
            # Seite

            <p align="center">
              <img src="/bilder/logo.png" alt="Logo"> <a href="ziel.md">Ziel</a>
            </p>

            Im Satz <a href="/teil/ziel">inline</a>.
            """);
        ok.ShouldSucceedWithoutDiagnostics();
        ok.AssertFile("teil/seite/index.html", "<img src=\"../../bilder/logo.png\" alt=\"Logo\">", "<a href=\"../ziel/index.html\">Ziel</a>",
            "<a href=\"../ziel/index.html\">inline</a>", "! src=\"/bilder");
    }

    [Fact]
    public async Task External_media_are_a_warning_that_names_the_csp_and_an_error_with_strict()
    {
        const string files = """
            -- content/a.md --
            # A

            ![Karte](https://tiles.example.org/karte.png)

            <video src="https://cdn.example.org/film.mp4" controls></video>

            [Ein Link nach außen ist kein Medium](https://example.org/)
            """;
        using var site = await TestSite.BuildAsync(files);
        site.Diagnostics.ShouldBe([
            "content/a.md(3,1): warning LOT0430: The image 'https://tiles.example.org/karte.png' loads from another server: the site's Content-Security-Policy blocks it, and every reader's address would go to that server. Download the file into content/ (next to the page) and link it there.",
            "content/a.md(5,13): warning LOT0430: The <video> 'https://cdn.example.org/film.mp4' loads from another server: the site's Content-Security-Policy blocks it, and every reader's address would go to that server. Download the file into content/ (next to the page) and link it there.",
        ]);
        site.Result.Succeeded.ShouldBeTrue();
        using var strict = await TestSite.BuildAsync(files, strict: true);
        strict.Result.Succeeded.ShouldBeFalse();
    }

    [Theory]
    [InlineData("leitfaden/reifegradmodel.md", "leitfaden/reifegradmodell.md")]
    [InlineData("faq/frist", "faq/fristen.md")]
    [InlineData("ganz/anderes.md", null)]
    public void The_closest_path_is_suggested(string wanted, string? expected) =>
        ClosestPath.Find(wanted, ["leitfaden/reifegradmodell.md", "faq/fristen.md", "index.md"]).ShouldBe(expected);
}

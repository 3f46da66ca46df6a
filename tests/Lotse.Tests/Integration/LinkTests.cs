
using Lotse.Tests.Testing;

namespace Lotse.Tests.Integration;

/// <summary>Issue 2, points 3 and 6: links by source path become relative URLs; every link and anchor is checked.</summary>
public sealed class LinkTests
{
    [Fact]
    public async Task Links_to_source_files_become_relative_urls_that_work_from_disk()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/index.md --
            [Reifegrad](leitfaden/reifegradmodell.md#stufe-3)
            -- content/leitfaden/index.md --
            Übersicht
            -- content/leitfaden/reifegradmodell.md --
            ## Stufe 3
            Zurück zur [Startseite](../index.md) und zum [Leitfaden](index.md), [oben](#stufe-3).
            -- content/faq/frist.md --
            Siehe [Stufe 3](../leitfaden/reifegradmodell.md#stufe-3) und [Bild](bild.svg).
            -- content/faq/bild.svg --
            <svg xmlns="http://www.w3.org/2000/svg"/>
            """);
        site.ShouldSucceedWithoutDiagnostics();
        site.AssertFile("index.html", "href=\"leitfaden/reifegradmodell/index.html#stufe-3\"");
        site.AssertFile("leitfaden/reifegradmodell/index.html",
            "href=\"../../index.html\"", "href=\"../index.html\"", "href=\"#stufe-3\"");
        site.AssertFile("faq/frist/index.html",
            "href=\"../../leitfaden/reifegradmodell/index.html#stufe-3\"", "href=\"../bild.svg\"", "! .md");
        site.Exists("faq/bild.svg").ShouldBeTrue();
    }

    [Fact]
    public async Task With_directory_links_urls_end_in_a_slash()
    {
        using var site = await TestSite.BuildAsync("""
            -- lotse.yml --
            title: T
            links: directories
            -- content/a.md --
            [B](b.md) [Start](index.md)
            -- content/index.md --
            Start
            -- content/b.md --
            B
            """);
        site.ShouldSucceedWithoutDiagnostics();
        site.AssertFile("a/index.html", "href=\"../b/\"", "href=\"../\"");
    }

    [Fact]
    public async Task A_missing_anchor_is_reported_at_the_link_with_the_anchors_the_target_has()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/faq/frist.md --
            ---
            title: Frist
            ---
            Erste Zeile.

            Siehe [hier](b.md#x).
            -- content/faq/b.md --
            ## A
            ## B
            """);
        site.Result.Succeeded.ShouldBeFalse();
        site.Diagnostics.ShouldBe(["content/faq/frist.md(6,7): error LOT0402: Link 'b.md#x' points to a missing anchor; 'b.md' has #a, #b."]);
    }

    [Fact]
    public async Task All_link_problems_are_reported_at_once_and_nothing_is_written()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/a.md --
            [eins](fehlt.md)
            [zwei](../../etc/passwd)
            [drei](#nirgends)
            [extern](https://example.org/)
            """);
        site.Result.Succeeded.ShouldBeFalse();
        site.Diagnostics.ShouldBe([
            "content/a.md(1,1): error LOT0401: Link 'fehlt.md' points to 'content/fehlt.md', which does not exist. Check the path; it is relative to this file.",
            "content/a.md(2,1): error LOT0403: Link '../../etc/passwd' leaves the content folder. Link only to pages and files inside content/.",
            "content/a.md(3,1): error LOT0402: Link '#nirgends' points to a missing anchor; this page has no heading anchors.",
        ]);
        Directory.Exists(site.Output).ShouldBeFalse();
    }

    [Fact]
    public async Task Links_written_by_layouts_are_checked_too()
    {
        using var site = await TestSite.BuildAsync("""
            -- themes/default/layouts/_base.html --
            <html><body>{{ body }}<a href="{{ rel }}impressum/index.html">Impressum</a></body></html>
            -- themes/default/layouts/page.html --
            {{ page.content }}
            -- themes/default/layouts/section.html --
            S
            -- content/a.md --
            A
            """);
        site.Diagnostics.ShouldContain("content/a.md: error LOT0401: The page refers to '../impressum/index.html' (from layout 'page' or raw HTML), which is not part of the site. Fix the link or add the file.");
    }
}

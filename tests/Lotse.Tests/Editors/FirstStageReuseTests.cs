using Lotse.Site;
using Lotse.Tests.Testing;

namespace Lotse.Tests.Editors;

/// <summary>Issue 26: a save in <c>lotse serve</c> renders in its first stage only what the change affects. An edit of a
/// page's body renders that page's Markdown and layout again and takes every other page's from the previous build
/// (<see cref="BuildCache.Markdown"/> and <see cref="BuildCache.Layouts"/> count what was taken); after the second stage
/// the output is a full build's. A change that other pages show (a title in every sidebar, the layout, a new page, a file
/// a page includes, the FAQ the footer names) still reaches every page that shows it, already in the first stage.</summary>
public sealed class FirstStageReuseTests
{
    /// <summary>A theme whose sidebar lists every page by title, the offline footer (the FAQ is named when it has
    /// questions), a page that includes a Quarto file and an FAQ folder with one question.</summary>
    private const string Site = """
        -- lotse.yml --
        title: Testseite
        language: de
        -- themes/default/layouts/_base.html --
        <!DOCTYPE html><html lang="de"><head><title>{{ page.title }}</title></head><body><nav>{{ nav_html "weitere" }}</nav>{{ body }}
        {{ if site.offline }}<footer>{{ if site.offline.faq }}<a class="faq" href="{{ rel }}{{ site.offline.faq }}">{{ site.offline.faq_title }}</a>{{ end }}</footer>{{ end }}</body></html>
        -- themes/default/layouts/page.html --
        <main><h1>{{ page.title }}</h1>{{ page.content }}</main>
        -- themes/default/layouts/section.html --
        <main><h1>{{ page.title }}</h1>{{ page.content }}</main>
        -- content/index.md --
        # Start
        -- content/teil/index.md --
        # Teil
        -- content/teil/a.md --
        # Seite A

        Erste Fassung.
        -- content/teil/b.md --
        # Seite B

        Text von B mit [Link zu A](a.md).

        {{< include _baustein.md >}}
        -- content/teil/_baustein.md --
        Baustein in erster Fassung.
        -- content/teil/c.md --
        # Seite C

        Text von C.
        -- content/faq/index.md --
        # Häufige Fragen
        -- content/faq/frage.md --
        # Was ist das?

        Eine Antwort.
        """;

    private static BuildOptions Options(TestBuild site) => new(site.Root, Today: new DateOnly(2026, 1, 15));

    private static async Task<(TestBuild Site, BuildCache Cache, int Pages)> Served()
    {
        var site = await TestSite.BuildAsync(Site, write: false);
        var cache = new BuildCache();
        var first = await SiteBuilder.BuildAsync(Options(site), cache);
        first.Succeeded.ShouldBeTrue(string.Join("\n", first.Diagnostics));
        return (site, cache, first.PageCount);
    }

    /// <summary>One save: the first stage (checked for problems), then the counters as the first stage left them, then the
    /// second stage; afterwards the output equals a full build's.</summary>
    private static async Task<(int Markdown, int Layouts)> Save(TestBuild site, BuildCache cache, Action change)
    {
        change();
        var build = await SiteBuilder.BuildInStagesAsync(Options(site), cache);
        build.First.Succeeded.ShouldBeTrue(string.Join("\n", build.First.Diagnostics));
        build.HasSecondStage.ShouldBeTrue();
        var reused = (cache.Markdown.Hits, cache.Layouts.Hits);
        (await build.FinishAsync(CancellationToken.None)).Succeeded.ShouldBeTrue();
        await StagedRebuildTests.ShouldEqualAFullBuild(site);
        return reused;
    }

    [Fact]
    public async Task A_body_edit_renders_only_the_edited_page_and_the_output_then_equals_a_full_build()
    {
        var (site, cache, pages) = await Served();
        using var _ = site;
        var c = site.Read("teil/c/index.html");

        var (markdown, layouts) = await Save(site, cache, () => site.Write("content/teil/a.md", "# Seite A\n\nZweite Fassung.\n"));

        markdown.ShouldBe(pages - 1);
        layouts.ShouldBe(pages - 1);
        site.Read("teil/a/index.html").ShouldContain("Zweite Fassung.");
        site.Read("teil/c/index.html").ShouldBe(c);
    }

    [Fact]
    public async Task A_new_title_is_rendered_into_every_page_s_sidebar()
    {
        var (site, cache, pages) = await Served();
        using var _ = site;

        var (_, layouts) = await Save(site, cache, () => site.Write("content/teil/a.md", "# Seite Alpha\n\nErste Fassung.\n"));

        layouts.ShouldBe(0);
        foreach (var page in new[] { "teil/index.html", "teil/b/index.html", "teil/c/index.html" })
            site.Read(page).ShouldContain("Seite Alpha");
        pages.ShouldBeGreaterThan(3);
    }

    [Fact]
    public async Task A_changed_layout_renders_every_page_again()
    {
        var (site, cache, _) = await Served();
        using var __ = site;

        var (markdown, layouts) = await Save(site, cache, () => site.Write("themes/default/layouts/page.html",
            "<main class=\"neu\"><h1>{{ page.title }}</h1>{{ page.content }}</main>"));

        layouts.ShouldBe(0);
        markdown.ShouldBeGreaterThan(0); // the Markdown does not depend on the layout
        foreach (var page in new[] { "teil/a/index.html", "teil/b/index.html", "teil/c/index.html", "faq/frage/index.html" })
            site.Read(page).ShouldContain("<main class=\"neu\">");
    }

    [Fact]
    public async Task A_new_page_appears_in_every_page_s_sidebar()
    {
        var (site, cache, _) = await Served();
        using var __ = site;

        var (_, layouts) = await Save(site, cache, () => site.Write("content/teil/d.md", "# Seite D\n\nNeu.\n"));

        layouts.ShouldBe(0);
        site.Read("teil/d/index.html").ShouldContain("Neu.");
        foreach (var page in new[] { "teil/index.html", "teil/a/index.html", "teil/c/index.html" })
            site.Read(page).ShouldContain("Seite D");
    }

    [Fact]
    public async Task A_changed_include_renders_the_page_that_includes_it_again()
    {
        var (site, cache, pages) = await Served();
        using var __ = site;
        site.Read("teil/b/index.html").ShouldContain("Baustein in erster Fassung.");

        var (markdown, _) = await Save(site, cache, () => site.Write("content/teil/_baustein.md", "Baustein in zweiter Fassung.\n"));

        site.Read("teil/b/index.html").ShouldContain("Baustein in zweiter Fassung.");
        markdown.ShouldBe(pages - 1);
    }

    [Fact]
    public async Task The_footer_names_the_FAQ_only_while_it_has_questions()
    {
        var (site, cache, _) = await Served();
        using var __ = site;
        site.Read("teil/a/index.html").ShouldContain("<a class=\"faq\"");

        await Save(site, cache, () => File.Delete(Path.Combine(site.Root, "content/faq/frage.md")));

        site.Read("teil/a/index.html").ShouldNotContain("<a class=\"faq\"");
    }
}

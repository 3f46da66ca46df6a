using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Lotse.BrowserTests;

/// <summary>Issue 11 in Chromium: the Gesamtausgabe of the repository's site passes axe, and print media hides
/// navigation, search and buttons while the Gesamtausgabe's table of contents and chapters stay.</summary>
[Collection(SiteCollection.Name)]
public sealed class PrintEditionBrowserTests(SiteFixture site)
{
    private const string Edition = "leitfaden/gesamtausgabe/index.html";

    private async Task<IPage> OpenAsync(string path)
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Locale = "de-DE",
        });
        var page = await context.NewPageAsync();
        (await page.GotoAsync(site.UrlOf(path))).ShouldNotBeNull().Status.ShouldBe(200);
        return page;
    }

    private static async Task<IReadOnlyList<string>> AxeViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
            ResultTypes = [ResultType.Violations],
        });
        return result.Violations.Select(v => $"{v.Id}: {v.Help} – {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}").ToList();
    }

    /// <summary>How many of the elements that match are displayed (checkVisibility).</summary>
    private static Task<int> VisibleCountAsync(IPage page, string selector) =>
        page.EvaluateAsync<int>("s => Array.from(document.querySelectorAll(s)).filter(e => e.checkVisibility()).length", selector);

    [Fact]
    public async Task Every_part_has_a_Gesamtausgabe_that_passes_axe_on_screen_and_in_print()
    {
        foreach (var part in new[] { "leitfaden", "efa-wegweiser", "werkzeugkasten", "faq" })
        {
            var page = await OpenAsync($"{part}/gesamtausgabe/index.html");
            (await page.Locator("h1").CountAsync()).ShouldBe(1);
            (await page.Locator("section.kapitel").CountAsync()).ShouldBeGreaterThan(3, $"{part}: chapters");
            (await AxeViolationsAsync(page)).ShouldBeEmpty($"{part} on screen");
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
            (await AxeViolationsAsync(page)).ShouldBeEmpty($"{part} in print");
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Print_media_hides_navigation_search_and_buttons_and_starts_each_chapter_on_a_new_page()
    {
        var page = await OpenAsync(Edition);
        (await VisibleCountAsync(page, "nav:not(.gesamt-toc)")).ShouldBeGreaterThan(0, "on screen the site navigation shows");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        (await VisibleCountAsync(page, "nav:not(.gesamt-toc), .site-header, .search-form, button, .skip-link")).ShouldBe(0);
        (await VisibleCountAsync(page, ".gesamt-toc")).ShouldBe(1);
        (await page.EvaluateAsync<string[]>("() => Array.from(document.querySelectorAll('.kapitel')).map(k => getComputedStyle(k).breakBefore)"))
            .ShouldAllBe(b => b == "page");
        (await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.kapitel tr, .kapitel .callout, .kapitel figure') ?? document.body).breakInside"))
            .ShouldBe("avoid");

        var normal = await OpenAsync("leitfaden/reifegradmodell/index.html");
        (await normal.Locator("a.page-meta__print").GetAttributeAsync("href")).ShouldBe("../gesamtausgabe/index.html");
        await normal.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        (await VisibleCountAsync(normal, "nav, .search-form, button, .page-meta__print")).ShouldBe(0);
        (await VisibleCountAsync(normal, "main h1")).ShouldBe(1);
        var external = await normal.EvaluateAsync<string>(
            "() => { const a = document.createElement('a'); a.href = 'https://example.org/quelle'; a.textContent = 'Quelle'; " +
            "document.querySelector('.prose').append(a); return getComputedStyle(a, '::after').content; }");
        external.ShouldContain("https://example.org/quelle", customMessage: "external URLs are printed after the link text");
        await page.Context.CloseAsync();
        await normal.Context.CloseAsync();
    }
}

using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Lotse.BrowserTests;

/// <summary>
/// Issue 4: readers type queries into the built site's search, served over HTTP (strict CSP) and opened
/// from disk (file://), and find the expected pages for an umlaut spelling, a compound part, an
/// abbreviation, a number and a typo. The search UI passes axe.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class SearchBrowserTests(SiteFixture site)
{
    public static readonly TheoryData<string, string, string> Queries = new()
    {
        { "umlaut spelling", "Koenigsteiner", "efa-wegweiser/kostenverteilung/" },
        { "compound part", "Konto", "leitfaden/basisdienste/" },
        { "abbreviation", "FITKO", "efa-wegweiser/fit-store-und-marktplatz/" },
        { "number", "2021/24", "efa-wegweiser/kostenverteilung/" },
        { "typo", "Reifegradmodel", "leitfaden/reifegradmodell/" },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Search_over_http_finds_the_expected_page(string kind, string query, string expected)
    {
        var hrefs = await ResultsAsync(site.UrlOf("suche/index.html"), query);
        hrefs.ShouldContain(h => h.Contains(expected), $"{kind}: '{query}' should find {expected}; found:\n{string.Join("\n", hrefs)}");
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Search_from_disk_finds_the_expected_page(string kind, string query, string expected)
    {
        var url = new Uri(Path.Combine(site.SiteFolder, "suche", "index.html")).AbsoluteUri;
        var hrefs = await ResultsAsync(url, query);
        hrefs.ShouldContain(h => h.Contains(expected), $"{kind} (file://): '{query}' should find {expected}; found:\n{string.Join("\n", hrefs)}");
    }

    [Fact]
    public async Task Typing_announces_the_number_of_results_and_the_search_page_passes_axe()
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "de-DE" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.UrlOf("suche/index.html"));
        await page.Locator("#suche-eingabe").FillAsync("Reifegrad");
        var status = page.Locator("[data-lotse-search-status]");
        await Assertions.Expect(status).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"\d+ Treffer"));
        var axe = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        axe.Violations.ShouldBeEmpty(string.Join("\n", axe.Violations.Select(v => $"{v.Id}: {v.Help}")));
    }

    private async Task<List<string>> ResultsAsync(string searchPage, string query)
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "de-DE" });
        await context.RouteAsync(url => !url.StartsWith(site.BaseUrl) && !url.StartsWith("file:"), route => route.AbortAsync());
        var page = await context.NewPageAsync();
        await page.GotoAsync(searchPage + "?q=" + Uri.EscapeDataString(query));
        var results = page.Locator("[data-lotse-search-results] a[href]");
        await results.First.WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        // Let shards that load on demand add their results.
        await page.WaitForTimeoutAsync(500);
        var hrefs = new List<string>();
        foreach (var link in await results.AllAsync()) hrefs.Add(await link.GetAttributeAsync("href") ?? "");
        return hrefs;
    }
}

using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Lotse.BrowserTests;

/// <summary>
/// Issue 21, results: one result per page with its best sections nested under it, snippets without a space before
/// punctuation, focus on the results heading after a search from the header, the count announced; the single-file FAQ
/// understands queries as the site search does (transcribed umlauts, stop words, phrase synonyms).
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class SearchResultsBrowserTests(SiteFixture site)
{
    private async Task<IPage> SearchPageAsync(IBrowserContext context, string query)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.UrlOf("suche/index.html") + "?q=" + Uri.EscapeDataString(query));
        await page.WaitForFunctionAsync("() => window.LotseSearch.allLoaded()");
        // Let the last shard's render finish.
        await page.Locator("[data-lotse-search-results] > li").First.WaitForAsync();
        return page;
    }

    [Theory]
    [InlineData("Nutzerkonto")]
    [InlineData("Datenschutz")]
    [InlineData("Kommune")]
    public async Task Each_page_is_one_result_with_its_sections_under_it(string query)
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "de-DE" });
        var page = await SearchPageAsync(context, query);
        var pages = await page.EvaluateAsync<string[]>(@"() => Array.from(document.querySelectorAll('[data-lotse-search-results] > li > a.search-result-link'))
            .map(a => a.getAttribute('href').replace(/#.*$/, ''))");
        pages.Length.ShouldBeGreaterThan(3);
        pages.ShouldBeUnique();
        var nested = await page.EvaluateAsync<string[][]>(@"() => Array.from(document.querySelectorAll('[data-lotse-search-results] > li')).map(li =>
            [li.querySelector(':scope > a').getAttribute('href').replace(/#.*$/, '')].concat(
              Array.from(li.querySelectorAll('.search-result-sections a')).map(a => a.getAttribute('href'))))");
        nested.ShouldContain(n => n.Length > 1, "some page should show matching sections");
        foreach (var result in nested)
            foreach (var section in result.Skip(1))
                section.ShouldStartWith(result[0] + "#", customMessage: "a nested section belongs to its page");
    }

    [Fact]
    public async Task Snippets_have_no_space_before_punctuation()
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "de-DE" });
        foreach (var query in new[] { "Nutzerkonto", "Barrierefreiheit", "Datenschutz", "EfA" })
        {
            var page = await SearchPageAsync(context, query);
            var snippets = await page.Locator(".search-result-snippet").AllTextContentsAsync();
            snippets.Count.ShouldBeGreaterThan(0);
            snippets.Where(s => Regex.IsMatch(s, @"\w \p{P}") && Regex.IsMatch(s, @"\w [.,;:!?)]")).ShouldBeEmpty();
            await page.CloseAsync();
        }
    }

    [Fact]
    public async Task A_search_from_the_header_focuses_the_results_heading_which_states_the_count()
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "de-DE" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.UrlOf("leitfaden/index.html"));
        await page.Locator("#kopf-suche").FillAsync("Reifegradmodell");
        await page.Locator("#kopf-suche").PressAsync("Enter");
        await page.WaitForURLAsync(new Regex("suche/index.html"));
        var heading = page.Locator("[data-lotse-search-heading]");
        await Assertions.Expect(heading).ToBeFocusedAsync();
        await Assertions.Expect(heading).ToHaveTextAsync(new Regex(@"^\d+ Treffer für „Reifegradmodell“$"));
        await Assertions.Expect(page.Locator("[data-lotse-search-status]")).ToHaveTextAsync(new Regex(@"^\d+ Treffer"));
        // The next Tab is the first result.
        await page.Keyboard.PressAsync("Tab");
        (await page.EvaluateAsync<string>("document.activeElement.className")).ShouldContain("search-result-link");
        (await page.EvaluateAsync<string>("document.activeElement.getAttribute('href')")).ShouldContain("leitfaden/reifegradmodell/");
    }

    [Fact]
    public async Task A_search_submitted_on_the_search_page_focuses_the_results_heading_and_announces_the_count()
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "de-DE" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.UrlOf("suche/index.html"));
        await page.Locator("#suche-eingabe").FillAsync("Barrierefreiheit");
        await page.Locator("#suche-eingabe").PressAsync("Enter");
        var heading = page.Locator("[data-lotse-search-heading]");
        await Assertions.Expect(heading).ToBeFocusedAsync();
        await Assertions.Expect(heading).ToHaveTextAsync(new Regex(@"^\d+ Treffer für „Barrierefreiheit“$"));
        await Assertions.Expect(page.Locator("[data-lotse-search-status]")).ToHaveTextAsync(new Regex(@"^\d+ Treffer"));
    }

    /// <summary>Issue 21, cold start: the search page asks for one search script (lunr.js, lunr.de, lunr-lotse.js and
    /// search.js in one file); opened with a query it does not show (nor lay out) the A–Z list, which comes back when the
    /// query is cleared.</summary>
    [Fact]
    public async Task Opened_with_a_query_the_page_loads_one_search_script_and_shows_the_A_to_Z_list_once_the_query_is_cleared()
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "de-DE" });
        var page = await context.NewPageAsync();
        var scripts = new List<string>();
        page.Request += (_, request) => { if (request.ResourceType == "script") scripts.Add(request.Url); };
        await page.GotoAsync(site.UrlOf("suche/index.html") + "?q=Nutzerkonto");
        await page.WaitForFunctionAsync("() => window.LotseSearch.allLoaded()");
        scripts.Where(u => !u.Contains("/assets/search/")).Select(u => new Uri(u).AbsolutePath.Split("/assets/")[^1])
            .ShouldBe(["js/site.js", "js/offline.js", "js/search.js"], ignoreOrder: true);
        await Assertions.Expect(page.Locator("[data-lotse-search-results] > li").First).ToBeVisibleAsync();
        var az = page.Locator("[data-lotse-search-az]");
        await Assertions.Expect(az).ToBeHiddenAsync();
        await page.Locator("#suche-eingabe").PressAsync("Escape");
        await Assertions.Expect(az).ToBeVisibleAsync();
        (await page.EvaluateAsync<bool>("() => document.documentElement.hasAttribute('data-lotse-search-query')")).ShouldBeFalse();
    }

    [Theory]
    [InlineData("einer fuer alle", "frage-einer-fuer-alle-was-bedeutet-einer-fuer-alle")]
    [InlineData("Bürger:innen Nutzerkonto", "frage-konten-und-bezahlen-was-ist-die-bundid")]
    [InlineData("Was ist FIT-Connect?", "frage-technik-und-anbindung-was-ist-fit-connect")]
    // Only content/_data/synonyme.yml relates the word to the question's (Fördermittel).
    [InlineData("Zuschuss", "frage-unterstuetzung-und-finanzierung-gibt-es-foerdermittel-fuer-kommunen")]
    public async Task The_single_file_FAQ_understands_queries_as_the_site_search_does(string query, string expectedId)
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "de-DE" });
        await context.RouteAsync(url => !url.StartsWith("file:", StringComparison.Ordinal), route => route.AbortAsync());
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(site.SiteFolder, "download", "faq-kommunen.html")).AbsoluteUri);
        await page.GetByLabel("Fragen und Antworten durchsuchen").FillAsync(query);
        await Assertions.Expect(page.Locator("[data-faq-status]")).ToHaveTextAsync(new Regex(@"^\d+ Treffer"));
        var hrefs = new List<string>();
        foreach (var link in (await page.Locator("[data-faq-results] a").AllAsync()).Take(3)) hrefs.Add(await link.GetAttributeAsync("href") ?? "");
        hrefs.ShouldContain("#" + expectedId);
    }
}

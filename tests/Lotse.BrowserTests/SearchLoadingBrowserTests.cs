using Microsoft.Playwright;

namespace Lotse.BrowserTests;

/// <summary>
/// Issue 21 (fast cold start) and issue 25 (point 4): the search page without a query downloads no index; a typed or
/// given query loads it, all shards requested at once (none waits for another), over HTTP and from file://.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class SearchLoadingBrowserTests(SiteFixture site)
{
    private const string ShardScripts = "Array.from(document.querySelectorAll('script[src*=\"assets/search/index-\"]')).map(s => s.src)";

    private string PageOf(bool fromDisk) =>
        fromDisk ? new Uri(Path.Combine(site.SiteFolder, "suche", "index.html")).AbsoluteUri : site.UrlOf("suche/index.html");

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_empty_search_page_downloads_no_index_until_a_query_is_typed(bool fromDisk)
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "de-DE" });
        var page = await context.NewPageAsync();
        var requested = new List<string>();
        page.Request += (_, request) => requested.Add(request.Url);
        await page.GotoAsync(PageOf(fromDisk));
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.WaitForTimeoutAsync(300);
        (await page.EvaluateAsync<string[]>(ShardScripts)).ShouldBeEmpty();
        requested.ShouldNotContain(u => u.Contains("assets/search/index-"));
        (await page.EvaluateAsync<int>("() => performance.getEntriesByType('resource').filter(e => e.name.includes('assets/search/index-')).length")).ShouldBe(0);

        await page.Locator("#suche-eingabe").PressSequentiallyAsync("Nutzerkonto");
        await page.Locator("[data-lotse-search-results] > li").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        await page.WaitForFunctionAsync("() => window.LotseSearch.allLoaded()");
        var shards = await page.EvaluateAsync<int>("() => window.LotseSearchManifest.shards.length");
        (await page.EvaluateAsync<string[]>(ShardScripts)).Length.ShouldBe(shards);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_query_in_the_address_requests_all_shards_at_once_and_focuses_the_results_heading(bool fromDisk)
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "de-DE" });
        var page = await context.NewPageAsync();
        // Counts the shard scripts in the document when the first of them has run: all are requested at once when
        // every one is already there (a waterfall would add each after the previous one had loaded). Unlike comparing
        // request and response times, this does not depend on how fast the machine answers.
        await page.AddInitScriptAsync(@"document.addEventListener('load', e => {
            const src = e.target && e.target.src;
            if (src && src.includes('assets/search/index-') && window.__shardsPresentAtFirstLoad === undefined)
                window.__shardsPresentAtFirstLoad = document.querySelectorAll('script[src*=""assets/search/index-""]').length;
        }, true);");
        await page.GotoAsync(PageOf(fromDisk) + "?q=" + Uri.EscapeDataString("Barrierefreiheit"));
        // The manifest, which requests the shards, comes first in the head: before the page's styles and scripts.
        (await page.EvaluateAsync<string>(@"() => { const first = document.head.querySelector('link[rel=stylesheet], script');
            return first.outerHTML }")).ShouldContain("data-lotse-load-shards");
        await page.WaitForFunctionAsync("() => window.LotseSearch && window.LotseSearch.allLoaded()");
        var shards = await page.EvaluateAsync<int>("() => window.LotseSearchManifest.shards.length");
        (await page.EvaluateAsync<string[]>(ShardScripts)).Length.ShouldBe(shards);
        (await page.EvaluateAsync<int>("() => window.__shardsPresentAtFirstLoad")).ShouldBe(shards);
        await Assertions.Expect(page.Locator("[data-lotse-search-heading]")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("[data-lotse-search-heading]")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+ Treffer für „Barrierefreiheit“$"));
        (await page.EvaluateAsync<int>("() => performance.getEntriesByName('lotse-search-first-results').length")).ShouldBe(1);
    }

    /// <summary>The manifest is loaded async, so it may run after the search script: the results must still link to the
    /// site's pages (the search script once took the site root from the manifest's address, the script running then).</summary>
    [Fact]
    public async Task Results_link_to_the_pages_when_the_manifest_arrives_after_the_search_script()
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "de-DE" });
        var page = await context.NewPageAsync();
        var searchScriptRan = false;
        await page.RouteAsync("**/assets/search/manifest.js", async route =>
        {
            // Hold the manifest until the search script has run (it sets window.LotseSearch).
            for (var i = 0; i < 300 && !searchScriptRan; i++)
            {
                await Task.Delay(50);
                try { searchScriptRan = await page.EvaluateAsync<bool>("() => !!window.LotseSearch"); } catch (PlaywrightException) { }
            }
            await route.ContinueAsync();
        });
        await page.GotoAsync(PageOf(false) + "?q=Reifegradmodell");
        await page.WaitForFunctionAsync("() => window.LotseSearch.allLoaded && window.LotseSearch.allLoaded()");
        searchScriptRan.ShouldBeTrue();
        var first = page.Locator("[data-lotse-search-results] > li > a.search-result-link").First;
        await first.WaitForAsync();
        (await first.EvaluateAsync<string>("a => a.href")).ShouldStartWith(site.UrlOf("leitfaden/reifegradmodell/"));
    }

    [Fact]
    public async Task The_role_choice_lists_every_role_of_the_site_before_any_shard_with_roles_has_arrived()
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "de-DE" });
        var page = await context.NewPageAsync();
        // Only the FAQ's shard arrives; the others never do (as on a connection that stalls).
        await page.RouteAsync("**/assets/search/index-*.js", async route =>
        {
            if (route.Request.Url.EndsWith("/index-faq.js", StringComparison.Ordinal)) await route.ContinueAsync();
            else await route.AbortAsync();
        });
        await page.GotoAsync(site.UrlOf("suche/index.html") + "?q=Antrag");
        await page.WaitForFunctionAsync("() => window.LotseSearch && window.LotseSearch.allLoaded()");
        var roles = await page.EvaluateAsync<string[]>("() => window.LotseSearchManifest.roles");
        roles.ShouldNotBeEmpty("the repository's checklists have roles");
        await Assertions.Expect(page.Locator("#suche-rolle")).ToBeVisibleAsync();
        (await page.Locator("#suche-rolle option").AllTextContentsAsync()).ShouldBe(["Alle Rollen", .. roles]);
    }
}

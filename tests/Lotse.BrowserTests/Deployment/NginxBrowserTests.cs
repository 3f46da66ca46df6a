using System.Text.Json;
using Microsoft.Playwright;

namespace Lotse.BrowserTests.Deployment;

/// <summary>Issue 24, points 1 and 2: the site on real nginx in a real browser: the 404 page deep in the site is styled,
/// its links work, axe finds nothing; no page type breaks the CSP; the service worker takes the whole site.</summary>
[Collection(NginxCollection.Name)]
public sealed class NginxBrowserTests(NginxFixture site)
{
    [Fact]
    public async Task A_deep_missing_address_shows_the_styled_404_page_whose_links_work()
    {
        await using var scanner = await PageScanner.CreateAsync(site.Browser, site.BaseUrl);
        var page = scanner.Page;
        var violations = await WatchCspAsync(page);
        var failed = new List<string>();
        var missing = new[] { "leitfaden/alt/seite/", "a/b/c/d/e.html", "gibt-es-nicht" };
        page.RequestFinished += async (_, request) =>
        {
            if (await request.ResponseAsync() is { Status: >= 400 } r && !missing.Any(m => r.Url == site.BaseUrl + m)) lock (failed) failed.Add($"{r.Status} {r.Url}");
        };
        foreach (var path in missing)
        {
            var response = await page.GotoAsync(site.BaseUrl + path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            response!.Status.ShouldBe(404);
            (await page.Locator("h1").InnerTextAsync()).ShouldBe("Seite nicht gefunden");
            // Styled: the theme's stylesheet is applied (the skip link is moved out of sight, the body has the theme's font).
            var styled = await page.EvaluateAsync<JsonElement>("""
                () => ({
                  sheets: [...document.styleSheets].filter(s => { try { return s.cssRules.length > 0 } catch { return false } }).length,
                  skipTop: document.querySelector('.skip-link').getBoundingClientRect().top,
                  font: getComputedStyle(document.body).fontFamily,
                })
                """);
            styled.GetProperty("sheets").GetInt32().ShouldBeGreaterThan(0, path);
            styled.GetProperty("skipTop").GetDouble().ShouldBeLessThan(0, path);
            styled.GetProperty("font").GetString().ShouldNotBe("\"Times New Roman\"", path);
        }

        // The deepest one: no axe violation, every link leads to a page that exists, "Zur Startseite" goes home.
        (await PageScanner.AxeViolationsAsync(page)).ShouldBeEmpty();
        var links = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('a[href]')].map(a => a.href).filter(h => !h.includes('#'))");
        links.Length.ShouldBeGreaterThan(3);
        using var http = new HttpClient();
        foreach (var link in links.Distinct())
        {
            link.ShouldStartWith(site.BaseUrl);
            using var answer = await http.GetAsync(link);
            ((int)answer.StatusCode).ShouldBe(200, link);
        }
        await page.GotoAsync(site.BaseUrl + missing[0]);
        // Wait for the navigation the click starts, up to its DOM (not for load or network idle: the service worker
        // that the home page registers may still be fetching the site for offline use).
        var home = page.WaitForURLAsync(site.BaseUrl + "index.html", new() { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = 60_000 });
        await page.GetByRole(AriaRole.Link, new() { Name = "Zur Startseite" }).First.ClickAsync();
        await home;
        (await page.TitleAsync()).ShouldBe("OZG-Lotse");

        await Settle(page);
        failed.ShouldBeEmpty();
        violations.ShouldBeEmpty();
    }

    [Fact]
    public async Task No_page_type_breaks_the_csp_on_nginx()
    {
        // One page of each layout of the repository's site, and a search with hits.
        string[] pages =
        [
            "index.html", "leitfaden/index.html", "leitfaden/reifegradmodell/index.html", "efa-wegweiser/index.html",
            "werkzeugkasten/index.html", "faq/index.html", "glossar/index.html", "leichte-sprache/index.html",
            "erklaerung-barrierefreiheit/index.html", "download/index.html", "suche/index.html?q=Onlinezugangsgesetz",
        ];
        pages = [.. pages, .. new[] { "faq", "werkzeugkasten", "leitfaden" }.SelectMany(Deepest)];
        var context = await site.Browser.NewContextAsync();
        try
        {
            var page = await context.NewPageAsync();
            var problems = await WatchCspAsync(page);
            page.Console += (_, message) => { if (message.Type == "error") lock (problems) problems.Add($"{page.Url}: console: {message.Text}"); };
            foreach (var path in pages)
            {
                var response = await page.GotoAsync(site.BaseUrl + path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
                response!.Status.ShouldBe(200, path);
                await Settle(page);
            }
            problems.ShouldBeEmpty();
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    /// <summary>The deepest pages of a part (FAQ questions, tools, checklists): a page of every depth there.</summary>
    private IEnumerable<string> Deepest(string part) => Directory.EnumerateFiles(Path.Combine(site.SiteFolder, part), "index.html", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(site.SiteFolder, f).Replace('\\', '/'))
        .GroupBy(p => p.Count(c => c == '/'))
        .Select(g => g.Order(StringComparer.Ordinal).First());

    [Fact]
    public async Task The_service_worker_takes_the_whole_site()
    {
        var context = await site.Browser.NewContextAsync();
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(site.BaseUrl + "leitfaden/index.html");
            var scope = await page.EvaluateAsync<string>("() => navigator.serviceWorker.ready.then(r => r.scope)");
            scope.ShouldBe(site.BaseUrl);
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    /// <summary>Collects the page's CSP violations (the event fires for each blocked style, script or request).</summary>
    private static async Task<List<string>> WatchCspAsync(IPage page)
    {
        var violations = new List<string>();
        await page.ExposeFunctionAsync("lotseCspViolation", (string text) => { lock (violations) violations.Add(text); });
        await page.AddInitScriptAsync("""
            document.addEventListener('securitypolicyviolation', e =>
              window.lotseCspViolation(`${location.pathname}: ${e.violatedDirective} blocked ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`));
            """);
        return violations;
    }

    private static Task Settle(IPage page) =>
        page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => setTimeout(r, 50)))");
}

using System.IO.Compression;
using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Lotse.BrowserTests;

/// <summary>
/// Issue 7 in Chromium: the offline archive unzipped and opened from file:// with every network request
/// blocked (navigation, FAQ search, a checklist tick that survives a reload), the single-file FAQ from
/// file:// (search, keyboard, axe), and the service worker over HTTP (visit, go offline, reload).
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class OfflineBrowserTests(SiteFixture site)
{
    private const string Archive = "download/ozg-leitfaden-offline.zip";
    private const string SingleFaq = "download/faq-kommunen.html";

    /// <summary>FAQ queries and a question each must find.</summary>
    public static readonly TheoryData<string, string> FaqQueries = new()
    {
        { "Portalverbund", "faq/grundlagen/was-ist-der-portalverbund" },
        { "Organisationskonto", "faq/konten-und-bezahlen/was-ist-das-organisationskonto" },
        { "Single Digital Gateway", "faq/pflichten-und-fristen/was-verlangt-das-single-digital-gateway" },
    };

    /// <summary>Glossary synonyms (content/_data/glossar.yml) that the question's text does not contain, and the
    /// question each must find in the single-file FAQ, as the site search finds it.</summary>
    public static readonly TheoryData<string, string> FaqSynonymQueries = new()
    {
        { "Digitallabor", "faq/unterstuetzung-und-finanzierung/kann-sich-meine-kommune-an-themenfeldern-beteiligen" }, // Digitalisierungslabor
        { "Nachnutzungsstandard", "faq/recht-datenschutz-barrierefreiheit/wer-ist-fuer-den-datenschutz-verantwortlich" }, // EfA-Mindestanforderungen
    };

    private string Unzipped()
    {
        var folder = site.NewTempFolder("lotse-offline-unzipped");
        ZipFile.ExtractToDirectory(Path.Combine(site.SiteFolder, Archive), folder);
        return folder;
    }

    private static string FileUrl(string folder, string page) => new Uri(Path.Combine(folder, page)).AbsoluteUri;

    /// <summary>A context in which every request that is not for a file is aborted and recorded.</summary>
    private async Task<(IBrowserContext Context, List<string> Blocked)> NoNetworkAsync()
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "de-DE" });
        var blocked = new List<string>();
        await context.RouteAsync(url => !url.StartsWith("file:", StringComparison.Ordinal), async route =>
        {
            lock (blocked) blocked.Add(route.Request.Url);
            await route.AbortAsync();
        });
        return (context, blocked);
    }

    [Fact]
    public async Task The_unzipped_archive_works_from_disk_home_to_FAQ_to_a_question_and_a_checklist_keeps_its_tick()
    {
        var folder = Unzipped();
        File.Exists(Path.Combine(folder, "index.html")).ShouldBeTrue();
        var (context, blocked) = await NoNetworkAsync();
        await using var _ = context;
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);

        await page.GotoAsync(FileUrl(folder, "index.html"));
        await page.Locator("a[href$='faq/index.html']").First.ClickAsync();
        page.Url.ShouldEndWith("faq/index.html");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("FAQ für Kommunen");
        var question = page.Locator(".question-list a").First;
        var questionTitle = (await question.TextContentAsync())!.Trim();
        await question.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(questionTitle);
        // The copy knows it is the offline copy: the ZIP link (not part of the ZIP) is replaced.
        await Assertions.Expect(page.Locator("[data-offline-archive]")).ToHaveTextAsync(new Regex("Offline-Fassung"));

        await page.GotoAsync(FileUrl(folder, "efa-wegweiser/checklisten/anschluss-efa/index.html"));
        var box = page.Locator("[data-checklist] [data-item] input[type=checkbox]").First;
        await box.CheckAsync();
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("[data-checklist] [data-item] input[type=checkbox]").First).ToBeCheckedAsync();

        blocked.ShouldBeEmpty();
        errors.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(FaqQueries))]
    public async Task The_unzipped_archive_searches_the_FAQ_from_disk(string query, string expected)
    {
        var folder = Unzipped();
        var (context, blocked) = await NoNetworkAsync();
        await using var _ = context;
        var page = await context.NewPageAsync();
        await page.GotoAsync(FileUrl(folder, "suche/index.html") + "?q=" + Uri.EscapeDataString(query));
        var results = page.Locator("[data-lotse-search-results] a[href]");
        await results.First.WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        var hrefs = new List<string>();
        foreach (var link in await results.AllAsync()) hrefs.Add(await link.GetAttributeAsync("href") ?? "");
        hrefs.Take(5).ShouldContain(h => h.Contains(expected), $"'{query}' should find {expected} among the first five; found:\n{string.Join("\n", hrefs)}");
        blocked.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(FaqQueries))]
    public async Task The_single_file_FAQ_searches_from_disk(string query, string expected)
    {
        var (context, blocked) = await NoNetworkAsync();
        await using var _ = context;
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        await page.GotoAsync(FileUrl(site.SiteFolder, SingleFaq));
        var input = page.GetByLabel("Fragen und Antworten durchsuchen");
        await input.FillAsync(query);
        await Assertions.Expect(page.Locator("[data-faq-status]")).ToHaveTextAsync(new Regex(@"^\d+ Treffer"));
        var id = "#frage-" + expected["faq/".Length..].Replace('/', '-');
        var links = page.Locator("[data-faq-results] a");
        var hrefs = new List<string>();
        foreach (var link in (await links.AllAsync()).Take(5)) hrefs.Add(await link.GetAttributeAsync("href") ?? "");
        hrefs.ShouldContain(id);

        // Keyboard: arrow down to the results, Enter goes to the question.
        await input.PressAsync("ArrowDown");
        (await page.EvaluateAsync<string>("document.activeElement.getAttribute('href')")).ShouldBe(hrefs[0]);
        await page.Keyboard.PressAsync("Enter");
        page.Url.ShouldEndWith(hrefs[0]);
        blocked.ShouldBeEmpty();
        errors.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(FaqSynonymQueries))]
    public async Task The_single_file_FAQ_finds_a_question_by_a_glossary_synonym_like_the_site_search(string query, string expected)
    {
        var (context, blocked) = await NoNetworkAsync();
        await using var _ = context;
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        await page.GotoAsync(FileUrl(site.SiteFolder, SingleFaq));
        var id = "#frage-" + expected["faq/".Length..].Replace('/', '-');
        // The question itself does not contain the word: only the glossary's synonym group can find it.
        var question = await page.Locator("article" + id).InnerTextAsync();
        question.ShouldNotContain(query, Case.Insensitive);

        await page.GetByLabel("Fragen und Antworten durchsuchen").FillAsync(query);
        await Assertions.Expect(page.Locator("[data-faq-status]")).ToHaveTextAsync(new Regex(@"^\d+ Treffer"));
        var hrefs = new List<string>();
        foreach (var link in (await page.Locator("[data-faq-results] a").AllAsync()).Take(5)) hrefs.Add(await link.GetAttributeAsync("href") ?? "");
        hrefs.ShouldContain(id, $"'{query}' should find {id} among the first five in the single-file FAQ; found:\n{string.Join("\n", hrefs)}");

        // The site search (from disk, too) finds the same question for the same word.
        var search = await context.NewPageAsync();
        await search.GotoAsync(FileUrl(site.SiteFolder, "suche/index.html") + "?q=" + Uri.EscapeDataString(query));
        var results = search.Locator("[data-lotse-search-results] a[href]");
        await results.First.WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        var siteHrefs = new List<string>();
        foreach (var link in await results.AllAsync()) siteHrefs.Add(await link.GetAttributeAsync("href") ?? "");
        siteHrefs.ShouldContain(h => h.Contains(expected), $"the site search should find {expected} for '{query}'; found:\n{string.Join("\n", siteHrefs)}");
        blocked.ShouldBeEmpty();
        errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_single_file_FAQ_passes_axe_on_screen_and_in_print_and_holds_every_question()
    {
        var (context, _) = await NoNetworkAsync();
        await using var __ = context;
        var page = await context.NewPageAsync();
        await page.GotoAsync(FileUrl(site.SiteFolder, SingleFaq));
        var questions = Directory.EnumerateFiles(Path.Combine(site.RepoRoot, "content", "faq"), "*.md", SearchOption.AllDirectories)
            .Count(f => Path.GetFileName(f) != "index.md");
        (await page.Locator("article.faq-question").CountAsync()).ShouldBe(questions);
        await page.GetByLabel("Fragen und Antworten durchsuchen").FillAsync("Frist");
        await Assertions.Expect(page.Locator("[data-faq-status]")).ToHaveTextAsync(new Regex("Treffer"));
        foreach (var media in new[] { Media.Screen, Media.Print })
        {
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = media });
            var axe = await page.RunAxe(new AxeRunOptions
            {
                RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
            });
            axe.Violations.ShouldBeEmpty($"{media}: " + string.Join("\n", axe.Violations.Select(v => $"{v.Id}: {v.Help} {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}")));
        }
        (await page.Locator("[data-faq-search]").IsVisibleAsync()).ShouldBeFalse("the search is not printed");
    }

    [Fact]
    public async Task After_one_visit_over_http_the_service_worker_serves_visited_pages_the_FAQ_and_the_search_offline()
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "de-DE" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.UrlOf("index.html"));
        await page.EvaluateAsync("() => navigator.serviceWorker.ready");
        await page.WaitForFunctionAsync("() => navigator.serviceWorker.controller !== null || (location.reload(), false)",
            null, new PageWaitForFunctionOptions { Timeout = 15_000, PollingInterval = 1000 });
        const string visited = "leitfaden/reifegradmodell/index.html";
        await page.GotoAsync(site.UrlOf(visited));
        var title = (await page.Locator("h1").TextContentAsync())!.Trim();

        await context.SetOfflineAsync(true);
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(title);
        await Assertions.Expect(page.Locator("[data-offline-status]")).ToHaveTextAsync(new Regex("Sie sind offline.*Stand"));

        // Never visited, but stored at install: the FAQ, a question and the search.
        await page.GotoAsync(site.UrlOf("faq/index.html"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("FAQ für Kommunen");
        await page.GotoAsync(site.UrlOf("faq/grundlagen/was-ist-der-portalverbund/index.html"));
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Portalverbund");
        await page.GotoAsync(site.UrlOf("suche/index.html") + "?q=Portalverbund");
        var results = page.Locator("[data-lotse-search-results] a[href]");
        await results.First.WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        (await results.First.GetAttributeAsync("href")).ShouldNotBeNull().ShouldContain("portalverbund");
        await page.GotoAsync(site.UrlOf(SingleFaq));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("FAQ für Kommunen");

        // Back online, the notice says so.
        await page.GotoAsync(site.UrlOf(visited));
        await context.SetOfflineAsync(false);
        await Assertions.Expect(page.Locator("[data-offline-status]")).ToHaveTextAsync(new Regex("wieder online|^$"));
    }

    [Fact]
    public async Task The_worker_caches_nothing_from_other_hosts()
    {
        var worker = File.ReadAllText(Path.Combine(site.SiteFolder, "sw.js"));
        worker.ShouldContain("url.origin === self.location.origin");
        var precache = Regex.Match(worker, @"var PRECACHE = \[(.*?)\]", RegexOptions.Singleline).Groups[1].Value;
        precache.ShouldNotContain("http");
        precache.ShouldNotContain(".zip");
        precache.ShouldContain("\"faq/index.html\"");
        precache.ShouldContain("\"assets/search/index-faq.js\"");
    }
}

using System.Text.Json;
using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Lotse.BrowserTests;

/// <summary>
/// Checklists 2.0 (issue 22) on the built site in Chromium: one chooser and one summary per page (fewer tab
/// stops), the same ticks on checklist pages, role pages, the overview and "Mein Fortschritt", the export of a
/// whole page, the note for a role without tasks, handing progress over as a file and as a link (also from
/// file://), and axe in every state.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class ChecklistsTwoBrowserTests(SiteFixture site, ITestOutputHelper output)
{
    private const string UmsetzungPage = "efa-wegweiser/checklisten/umsetzung-efa/index.html";
    private const string KommunenPage = "efa-wegweiser/checklisten/kommunen/index.html";
    private const string OverviewPage = "efa-wegweiser/checklisten/index.html";
    private const string ProgressPage = "efa-wegweiser/checklisten/mein-fortschritt/index.html";
    private static string RolePage(string role) => $"efa-wegweiser/checklisten/{role}/index.html";

    /// <summary>Tab stops of the whole Umsetzung page and of its checklist part before issue 22 (a chooser and four
    /// buttons in each of its four checklists), measured with <see cref="TabStopsAsync"/> on the build of commit
    /// 7d9c107 with the role Umsetzungskoordination chosen (17 items). Set LOTSE_CHECKLIST_BASELINE to the output
    /// folder of an old build to measure again (<see cref="Measures_the_old_build_when_asked"/>).</summary>
    private const int TabStopsBefore = 103;
    private const int ChecklistTabStopsBefore = 37;

    private sealed record Tab(IPage Page, List<string> ConsoleErrors) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => new(Page.Context.CloseAsync());
    }

    private async Task<IBrowserContext> NewContextAsync(int width = 1280) =>
        await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            Locale = "de-DE",
            AcceptDownloads = true,
        });

    private async Task<Tab> OpenAsync(string url, IBrowserContext? context = null, int width = 1280)
    {
        context ??= await NewContextAsync(width);
        using (var stream = typeof(AxeResult).Assembly.GetManifestResourceStream("Deque.AxeCore.Commons.Resources.axe.min.js")!)
        using (var reader = new StreamReader(stream))
            await context.AddInitScriptAsync(await reader.ReadToEndAsync());
        var page = context.Pages.Count > 0 && context.Pages[0].Url == "about:blank" ? context.Pages[0] : await context.NewPageAsync();
        var tab = new Tab(page, []);
        page.Console += (_, message) => { if (message.Type == "error") lock (tab.ConsoleErrors) tab.ConsoleErrors.Add(message.Text); };
        page.PageError += (_, error) => { lock (tab.ConsoleErrors) tab.ConsoleErrors.Add("uncaught: " + error); };
        if (url != "about:blank") await page.GotoAsync(url.Contains("://") ? url : site.UrlOf(url));
        return tab;
    }

    private static string FileUrl(string folder, string page) => new Uri(Path.Combine(folder, page)).AbsoluteUri;

    private sealed record ItemState(string Checklist, string Id, string[] Roles, bool Visible, bool Checked);

    private static async Task<List<ItemState>> ItemsAsync(IPage page)
    {
        var json = await page.EvaluateAsync<JsonElement>(
            "() => Array.from(document.querySelectorAll('[data-checklist] [data-item]')).map(li => ({ cl: li.closest('[data-checklist]').dataset.checklist, id: li.dataset.item, roles: li.dataset.rollen.split(' '), visible: li.checkVisibility(), checked: li.querySelector('input').checked }))");
        return json.EnumerateArray().Select(e => new ItemState(
            e.GetProperty("cl").GetString()!,
            e.GetProperty("id").GetString()!,
            e.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!).ToArray(),
            e.GetProperty("visible").GetBoolean(),
            e.GetProperty("checked").GetBoolean())).ToList();
    }

    private static async Task<IReadOnlyList<string>> AxeViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
            ResultTypes = [ResultType.Violations],
        });
        return result.Violations
            .Select(v => $"{v.Id}: {v.Help} – {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}")
            .ToList();
    }

    /// <summary>Presses Tab from the top of the page until the focus comes back round; returns the number of distinct
    /// stops of the whole page and of the checklist part (panel and checklists).</summary>
    private static async Task<(int Page, int Checklists)> TabStopsAsync(IPage page)
    {
        await page.EvaluateAsync("() => { document.activeElement?.blur(); window.getSelection()?.removeAllRanges(); window.scrollTo(0, 0); }");
        await page.Locator("body").FocusAsync();
        var seen = new List<string>();
        var inChecklists = 0;
        for (var i = 0; i < 400; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var key = await page.EvaluateAsync<string>(
                "() => { const e = document.activeElement; if (!e || e === document.body) return ''; const path = []; for (let n = e; n && n !== document.body; n = n.parentElement) path.unshift(n.tagName + ':' + Array.prototype.indexOf.call(n.parentElement?.children ?? [], n)); return path.join('/'); }");
            if (key.Length == 0 || seen.Contains(key)) break;
            seen.Add(key);
            if (await page.EvaluateAsync<bool>("() => !!document.activeElement.closest('[data-checklist-panel], [data-checklist]')")) inChecklists++;
        }
        return (seen.Count, inChecklists);
    }

    private static async Task ChooseRoleAsync(IPage page, string roleName)
    {
        var change = page.Locator("[data-checklist-panel] [data-action=change-role]");
        if (await change.IsVisibleAsync()) await change.ClickAsync();
        await page.Locator("[data-checklist-panel] [data-role-choice]").GetByRole(AriaRole.Radio, new() { Name = roleName, Exact = true }).CheckAsync();
        await page.Locator("h1").ClickAsync(); // leaving the chooser makes it compact
    }

    private static async Task<(string Name, string Text, string Path)> DownloadAsync(IPage page, Func<Task> action)
    {
        var download = await page.RunAndWaitForDownloadAsync(action);
        var path = await download.PathAsync();
        return (download.SuggestedFilename, await File.ReadAllTextAsync(path), path);
    }

    [Fact]
    public async Task The_Umsetzung_page_has_one_chooser_one_summary_and_far_fewer_tab_stops()
    {
        await using var tab = await OpenAsync(UmsetzungPage + "?rolle=umsetzungskoordination");
        var page = tab.Page;

        (await page.Locator("[data-role-choice]").CountAsync()).ShouldBe(1, "one chooser per page");
        (await page.Locator("[data-checklist-panel]").CountAsync()).ShouldBe(1);
        (await page.Locator("[data-checklist] button").CountAsync()).ShouldBe(0, "no buttons repeated per checklist");
        (await page.Locator("[data-checklist] [data-count]").CountAsync()).ShouldBe(4, "each checklist keeps its small counter");
        (await page.Locator("[data-role-choice]").IsVisibleAsync()).ShouldBeFalse("compact once a role is chosen");
        (await page.Locator("[data-role-name]").InnerTextAsync()).ShouldBe("Umsetzungskoordination");
        (await page.Locator("[data-action=change-role]").IsVisibleAsync()).ShouldBeTrue();
        var items = await ItemsAsync(page);
        var visible = items.Count(i => i.Visible);
        (await page.Locator("[data-page-count]").InnerTextAsync()).ShouldBe($"0 von {visible} Aufgaben auf dieser Seite erledigt");
        var summary = await page.Locator("[data-summary] li:visible").AllInnerTextsAsync();
        summary.Count.ShouldBe(items.Where(i => i.Visible).Select(i => i.Checklist).Distinct().Count());

        var stops = await TabStopsAsync(page);
        output.WriteLine($"Umsetzung, role umsetzungskoordination ({visible} items): {stops.Page} tab stops on the page, {stops.Checklists} in the checklists (before: {TabStopsBefore} and {ChecklistTabStopsBefore})");
        stops.Checklists.ShouldBe(visible + 2, "the items, 'Rolle ändern' and the actions' disclosure");
        stops.Checklists.ShouldBeLessThanOrEqualTo(25);
        // The rest of the page (header, navigation, footer) may have lost stops since (the theme moved legal pages to the footer), never gained.
        stops.Page.ShouldBeLessThanOrEqualTo(TabStopsBefore - (ChecklistTabStopsBefore - stops.Checklists), "the rest of the page has no more stops than before");
        (TabStopsBefore - stops.Page).ShouldBeGreaterThanOrEqualTo(18);

        foreach (var role in new[] { "ozg-koordination", "themenfeldfuehrung", "leistungsverantwortliche", "ozg-ressort", "fachreferat", "kommune" })
        {
            await page.GotoAsync(site.UrlOf(UmsetzungPage) + "?rolle=" + role);
            var count = (await ItemsAsync(page)).Count(i => i.Visible);
            var s = await TabStopsAsync(page);
            output.WriteLine($"Umsetzung, role {role} ({count} items): {s.Page} tab stops on the page, {s.Checklists} in the checklists");
            s.Checklists.ShouldBeLessThanOrEqualTo(25);
        }

        // "Rolle ändern" opens the chooser with the focus on the chosen role; leaving it makes it compact again.
        await page.Locator("[data-action=change-role]").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        (await page.Locator("[data-role-choice]").IsVisibleAsync()).ShouldBeTrue();
        (await page.EvaluateAsync<string>("() => document.activeElement.value")).ShouldBe("kommune");
        (await AxeViolationsAsync(page)).ShouldBeEmpty();
        await page.Keyboard.PressAsync("ArrowLeft");
        (await page.EvaluateAsync<string>("() => document.activeElement.value")).ShouldBe("fachreferat");
        await page.Keyboard.PressAsync("Tab");
        (await page.Locator("[data-role-choice]").IsVisibleAsync()).ShouldBeFalse();
        (await page.Locator("[data-role-name]").InnerTextAsync()).ShouldBe("Fachreferat");
        tab.ConsoleErrors.ShouldBeEmpty();
    }

    [Fact]
    public async Task Measures_the_old_build_when_asked()
    {
        var baseline = Environment.GetEnvironmentVariable("LOTSE_CHECKLIST_BASELINE");
        if (string.IsNullOrEmpty(baseline)) return;
        var address = site.Serve(baseline);
        await using var tab = await OpenAsync(address + UmsetzungPage + "?rolle=umsetzungskoordination");
        var before = await TabStopsAsync(tab.Page);
        output.WriteLine($"baseline {baseline}: {before.Page} tab stops on the page, {before.Checklists} in the checklists");
        foreach (var role in new[] { "", "kommune", "fachreferat" })
        {
            await tab.Page.GotoAsync(address + UmsetzungPage + "?rolle=" + role);
            var s = await TabStopsAsync(tab.Page);
            output.WriteLine($"baseline role '{role}': {s.Page} on the page, {s.Checklists} in the checklists");
        }
    }

    [Fact]
    public async Task Ticks_made_on_a_checklist_show_on_the_role_page_the_overview_and_Mein_Fortschritt_and_back()
    {
        await using var tab = await OpenAsync(UmsetzungPage + "?rolle=leistungsverantwortliche");
        var page = tab.Page;
        var boxes = page.Locator("[data-checklist] [data-item] input:visible");
        await boxes.Nth(0).CheckAsync();
        await boxes.Nth(1).CheckAsync();
        var ticked = (await ItemsAsync(page)).Where(i => i.Checked).Select(i => i.Id).ToList();
        ticked.Count.ShouldBe(2);
        (await page.Locator("[data-page-count]").InnerTextAsync()).ShouldStartWith("2 von ");

        await page.GotoAsync(site.UrlOf(RolePage("leistungsverantwortliche")));
        var onRolePage = await ItemsAsync(page);
        onRolePage.Where(i => i.Checked).Select(i => i.Id).ShouldBe(ticked, ignoreOrder: true);
        onRolePage.ShouldAllBe(i => i.Visible);
        (await page.Locator("[data-page-count]").InnerTextAsync()).ShouldBe($"2 von {onRolePage.Count} Aufgaben in allen Checklisten erledigt");

        // Tick on the role page: it shows on the checklist page.
        var other = onRolePage.First(i => !i.Checked && i.Checklist.StartsWith("umsetzung", StringComparison.Ordinal));
        await page.Locator($"[data-item=\"{other.Id}\"] input").CheckAsync();
        await page.Locator($"[data-item=\"{ticked[0]}\"] input").UncheckAsync();

        await page.GotoAsync(site.UrlOf(OverviewPage));
        (await page.Locator("li[data-rolle=leistungsverantwortliche] [data-role-progress]").InnerTextAsync()).ShouldBe($"2 von {onRolePage.Count} erledigt");

        await page.GotoAsync(site.UrlOf(ProgressPage));
        var all = await ItemsAsync(page);
        all.Where(i => i.Checked).Select(i => i.Id).ShouldBe([ticked[1], other.Id], ignoreOrder: true);
        all.Where(i => i.Visible).ShouldAllBe(i => i.Roles.Contains("leistungsverantwortliche"));
        (await page.Locator("[data-page-count]").InnerTextAsync()).ShouldBe($"2 von {onRolePage.Count} Aufgaben in allen Checklisten erledigt");

        await page.GotoAsync(site.UrlOf(UmsetzungPage));
        (await ItemsAsync(page)).Where(i => i.Checked).Select(i => i.Id).ShouldBe([ticked[1], other.Id], ignoreOrder: true);
        tab.ConsoleErrors.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_export_holds_every_item_of_the_role_on_the_page_with_its_ticks()
    {
        await using var tab = await OpenAsync(UmsetzungPage + "?rolle=umsetzungskoordination");
        var page = tab.Page;
        var boxes = page.Locator("[data-checklist] [data-item] input:visible");
        await boxes.Nth(0).CheckAsync();
        await boxes.Last.CheckAsync();
        var items = (await ItemsAsync(page)).Where(i => i.Visible).ToList();
        items.Select(i => i.Checklist).Distinct().Count().ShouldBeGreaterThan(1, "the role has work in several checklists of the page");

        await page.Locator("[data-actions] > summary").ClickAsync();
        var markdown = await DownloadAsync(page, () => page.Locator("[data-action=markdown]").ClickAsync());
        markdown.Name.ShouldBe("umsetzung-efa-umsetzungskoordination.md");
        markdown.Text.ShouldStartWith("# Checkliste Umsetzung einer EfA-Leistung");
        markdown.Text.ShouldContain("Rolle: Umsetzungskoordination");
        markdown.Text.ShouldContain($"2 von {items.Count} erledigt");
        var lines = Regex.Matches(markdown.Text, @"^- \[([ x])\] ", RegexOptions.Multiline);
        lines.Count.ShouldBe(items.Count);
        lines.Count(m => m.Groups[1].Value == "x").ShouldBe(2);

        var csv = await DownloadAsync(page, () => page.Locator("[data-action=csv]").ClickAsync());
        csv.Name.ShouldBe("umsetzung-efa-umsetzungskoordination.csv");
        var rows = csv.Text.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        rows[0].ShouldBe("\"Checkliste\";\"Dimension\";\"Aufgabe\";\"Rollen\";\"Erledigt\";\"ID\";\"Frist\";\"Mehr dazu\"");
        rows.Skip(1).Select(r => r.Split(';')[5].Trim('"')).ShouldBe(items.Select(i => i.Id));
        rows.Count(r => r.Contains("\"ja\";", StringComparison.Ordinal)).ShouldBe(2);

        // Mein Fortschritt exports the role's whole work from every checklist.
        await page.GotoAsync(site.UrlOf(ProgressPage));
        var whole = (await ItemsAsync(page)).Where(i => i.Visible).ToList();
        await page.Locator("[data-actions] > summary").ClickAsync();
        var all = await DownloadAsync(page, () => page.Locator("[data-action=markdown]").ClickAsync());
        all.Name.ShouldBe("mein-fortschritt-umsetzungskoordination.md");
        Regex.Matches(all.Text, @"^- \[[ x]\] ", RegexOptions.Multiline).Count.ShouldBe(whole.Count);
        Regex.Matches(all.Text, @"^- \[x\] ", RegexOptions.Multiline).Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_role_without_tasks_on_the_page_gets_one_note_with_links_and_no_boxes_or_buttons()
    {
        await using var tab = await OpenAsync(KommunenPage + "?rolle=umsetzungskoordination");
        var page = tab.Page;
        (await ItemsAsync(page)).ShouldAllBe(i => !i.Visible);
        (await page.Locator("[data-checklist]:visible").CountAsync()).ShouldBe(0);
        (await page.Locator("[data-checklist-panel] button:visible, [data-checklist-panel] summary:visible").AllInnerTextsAsync()).ShouldBe(["Rolle ändern"]);
        var note = page.Locator("[data-empty-note]");
        (await note.IsVisibleAsync()).ShouldBeTrue();
        (await note.Locator("p").InnerTextAsync()).ShouldBe("Für die Rolle Umsetzungskoordination gibt es auf dieser Seite keine Aufgaben. Ihre Aufgaben finden Sie hier:");
        var links = await note.Locator("a:visible").AllInnerTextsAsync();
        links.ShouldContain("Checkliste Umsetzung einer EfA-Leistung");
        links.ShouldContain("Alle Aufgaben der Rolle Umsetzungskoordination");
        (await AxeViolationsAsync(page)).ShouldBeEmpty();

        await note.GetByRole(AriaRole.Link, new() { Name = "Checkliste Umsetzung einer EfA-Leistung" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);
        page.Url.ShouldContain("umsetzung-efa/index.html");
        await Assertions.Expect(page.Locator("[data-page-count]")).ToBeVisibleAsync();
        (await ItemsAsync(page)).Count(i => i.Visible).ShouldBeGreaterThan(0);
        tab.ConsoleErrors.ShouldBeEmpty();
    }

    private static async Task<string> SaveProgressFileAsync(IPage page)
    {
        var file = await DownloadAsync(page, () => page.Locator("[data-handover-action=save]").ClickAsync());
        file.Name.ShouldEndWith(".json");
        using var json = JsonDocument.Parse(file.Text);
        json.RootElement.GetProperty("format").GetString().ShouldBe("lotse-checklisten-fortschritt");
        return file.Path;
    }

    [Fact]
    public async Task Progress_goes_to_another_browser_as_a_file_and_bad_files_change_nothing()
    {
        await using var a = await OpenAsync(UmsetzungPage + "?rolle=leistungsverantwortliche");
        var boxes = a.Page.Locator("[data-checklist] [data-item] input:visible");
        await boxes.Nth(0).CheckAsync();
        await boxes.Nth(3).CheckAsync();
        var ticked = (await ItemsAsync(a.Page)).Where(i => i.Checked).Select(i => i.Id).ToList();
        await a.Page.GotoAsync(site.UrlOf(ProgressPage));
        var path = await SaveProgressFileAsync(a.Page);

        await using var b = await OpenAsync(ProgressPage);
        var page = b.Page;
        string? question = null;
        page.Dialog += async (_, d) => { question = d.Message; await d.AcceptAsync(); };
        (await ItemsAsync(page)).ShouldAllBe(i => !i.Checked);

        // A malformed and a foreign file: a clear message, nothing changes, no question asked.
        var folder = site.NewTempFolder("lotse-handover");
        var broken = Path.Combine(folder, "kaputt.json");
        await File.WriteAllTextAsync(broken, "{\"format\": \"lotse-checklisten-fortschritt\", \"haken\": ");
        await page.Locator("[data-handover-file]").SetInputFilesAsync(broken);
        var message = page.Locator("[data-handover-message]");
        await Assertions.Expect(message).ToContainTextAsync("kein lesbares JSON");
        var foreign = Path.Combine(folder, "fremd.json");
        await File.WriteAllTextAsync(foreign, "{\"name\": \"package\", \"version\": \"1.0.0\"}");
        await page.Locator("[data-handover-file]").SetInputFilesAsync(foreign);
        await Assertions.Expect(message).ToContainTextAsync("keine Fortschrittsdatei");
        var otherSite = Path.Combine(folder, "andere-website.json");
        await File.WriteAllTextAsync(otherSite, "{\"format\": \"lotse-checklisten-fortschritt\", \"version\": 1, \"rolle\": \"\", \"haken\": {\"fremde-liste\": [\"a\"]}}");
        await page.Locator("[data-handover-file]").SetInputFilesAsync(otherSite);
        await Assertions.Expect(message).ToContainTextAsync("von einer anderen Website");
        question.ShouldBeNull();
        (await ItemsAsync(page)).ShouldAllBe(i => !i.Checked);
        (await AxeViolationsAsync(page)).ShouldBeEmpty();

        // The good file: asked first, then the same ticks and role.
        await page.Locator("[data-handover-file]").SetInputFilesAsync(path);
        await Assertions.Expect(message).ToContainTextAsync("übernommen");
        question.ShouldNotBeNull().ShouldContain("ersetzt");
        (await ItemsAsync(page)).Where(i => i.Checked).Select(i => i.Id).ShouldBe(ticked, ignoreOrder: true);
        (await page.Locator("[data-role-name]").InnerTextAsync()).ShouldBe("Leistungsverantwortliche");
        await page.GotoAsync(site.UrlOf(UmsetzungPage));
        (await ItemsAsync(page)).Where(i => i.Checked).Select(i => i.Id).ShouldBe(ticked, ignoreOrder: true);
        b.ConsoleErrors.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_share_link_carries_role_and_ticks_in_the_fragment_and_asks_before_replacing()
    {
        await using var a = await OpenAsync(ProgressPage + "?rolle=kommune");
        var boxes = a.Page.Locator("[data-checklist] [data-item] input:visible");
        await boxes.Nth(1).CheckAsync();
        await boxes.Nth(4).CheckAsync();
        var ticked = (await ItemsAsync(a.Page)).Where(i => i.Checked).Select(i => i.Id).ToList();
        await a.Page.Locator("[data-handover-action=link]").ClickAsync();
        var link = await a.Page.Locator("[data-handover-link]").InputValueAsync();
        link.ShouldContain("mein-fortschritt/index.html#fortschritt=");
        link.Split('#')[0].ShouldNotContain("fortschritt=", customMessage: "the ticks are only in the fragment");
        (await AxeViolationsAsync(a.Page)).ShouldBeEmpty();

        await using var b = await OpenAsync(UmsetzungPage);
        var page = b.Page;
        await page.Locator("[data-checklist] [data-item] input").First.CheckAsync(); // a local tick that will be replaced
        var requests = new List<string>();
        page.Request += (_, r) => requests.Add(r.Url);
        string? question = null;
        var dismiss = true;
        page.Dialog += async (_, d) => { question = d.Message; if (dismiss) await d.DismissAsync(); else await d.AcceptAsync(); };

        await page.GotoAsync(link);
        question.ShouldNotBeNull().ShouldContain("2 Haken, Rolle Kommune");
        (await page.Locator("[data-handover-message]").InnerTextAsync()).ShouldContain("Nichts geändert");
        page.Url.ShouldNotContain("#fortschritt=");
        (await ItemsAsync(page)).ShouldAllBe(i => !i.Checked || !ticked.Contains(i.Id));

        dismiss = false;
        await page.GotoAsync(link);
        await Assertions.Expect(page.Locator("[data-handover-message]")).ToContainTextAsync("übernommen");
        (await ItemsAsync(page)).Where(i => i.Checked).Select(i => i.Id).ShouldBe(ticked, ignoreOrder: true);
        (await page.Locator("[data-role-name]").InnerTextAsync()).ShouldBe("Kommune");
        requests.ShouldAllBe(r => !r.Contains("fortschritt=", StringComparison.Ordinal), "the fragment is never sent");
        requests.ShouldAllBe(r => r.StartsWith(site.BaseUrl, StringComparison.Ordinal), "no third-party request");
        b.ConsoleErrors.ShouldBeEmpty();
    }

    [Fact]
    public async Task Ticks_role_pages_and_the_share_link_work_from_file()
    {
        await using var a = await OpenAsync(FileUrl(site.SiteFolder, UmsetzungPage) + "?rolle=themenfeldfuehrung");
        var page = a.Page;
        (await page.Locator("[data-role-name]").InnerTextAsync()).ShouldBe("Themenfeldführung");
        await page.Locator("[data-checklist] [data-item] input:visible").Nth(2).CheckAsync();
        var ticked = (await ItemsAsync(page)).Where(i => i.Checked).Select(i => i.Id).ToList();

        await page.GotoAsync(FileUrl(site.SiteFolder, RolePage("themenfeldfuehrung")));
        (await ItemsAsync(page)).Where(i => i.Checked).Select(i => i.Id).ShouldBe(ticked);

        await page.GotoAsync(FileUrl(site.SiteFolder, ProgressPage));
        await page.Locator("[data-handover-action=link]").ClickAsync();
        var link = await page.Locator("[data-handover-link]").InputValueAsync();
        link.ShouldStartWith("file://");

        await using var b = await OpenAsync("about:blank");
        b.Page.Dialog += async (_, d) => await d.AcceptAsync();
        await b.Page.GotoAsync(link);
        await Assertions.Expect(b.Page.Locator("[data-handover-message]")).ToContainTextAsync("übernommen");
        (await ItemsAsync(b.Page)).Where(i => i.Checked).Select(i => i.Id).ShouldBe(ticked);
        a.ConsoleErrors.ShouldBeEmpty();
        b.ConsoleErrors.ShouldBeEmpty();
    }

    public static readonly TheoryData<string, string> ChangedPages = new()
    {
        { UmsetzungPage, "" },
        { UmsetzungPage, "?rolle=kommune" },
        { KommunenPage, "?rolle=ozg-koordination" },
        { RolePage("kommune"), "" },
        { OverviewPage, "?rolle=kommune" },
        { ProgressPage, "" },
        { ProgressPage, "?rolle=fachreferat" },
    };

    [Theory]
    [MemberData(nameof(ChangedPages))]
    public async Task Axe_finds_no_violations_and_the_page_reflows_at_320_px(string url, string query)
    {
        foreach (var width in new[] { 1280, 320 })
        {
            await using var tab = await OpenAsync(url + query, width: width);
            var page = tab.Page;
            var box = page.Locator("[data-checklist] [data-item] input:visible").First;
            if (await box.CountAsync() > 0) await box.CheckAsync();
            (await AxeViolationsAsync(page)).ShouldBeEmpty($"{url}{query} at {width} px");
            if (width == 320)
                (await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth + 1"))
                    .ShouldBeTrue($"{url}{query} scrolls sideways at 320 px");
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
            (await AxeViolationsAsync(page)).ShouldBeEmpty($"{url}{query} in print");
            tab.ConsoleErrors.ShouldBeEmpty();
        }
    }

    [Fact]
    public async Task Without_JavaScript_every_item_and_its_roles_are_listed()
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        await using var tab = await OpenAsync(ProgressPage, context);
        var page = tab.Page;
        var items = await ItemsAsync(page);
        items.Count.ShouldBeGreaterThan(50);
        items.ShouldAllBe(i => i.Visible);
        (await page.Locator(".checklist-item-roles").First.InnerTextAsync()).ShouldStartWith("Rollen: ");
        (await page.Locator("[data-handover]").IsVisibleAsync()).ShouldBeFalse("handing over needs the script");

        await page.GotoAsync(site.UrlOf(UmsetzungPage));
        (await ItemsAsync(page)).ShouldAllBe(i => i.Visible);
        (await page.Locator("[data-role-pages] a").AllInnerTextsAsync()).ShouldContain("Kommune");
    }
}

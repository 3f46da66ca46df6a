using System.Text.Json;
using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Lotse.BrowserTests;

/// <summary>
/// The role-filtered checklists on the built site in Chromium (served with CSP default-src 'self'):
/// choosing a role, ticks that survive a reload, <c>?rolle=</c> in the URL, keyboard-only use, the
/// exports, the overview filter, the pages without JavaScript, and axe (WCAG 2.0/2.1 A and AA) for
/// every role, for no role and in print media.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class ChecklistBrowserTests(SiteFixture site)
{
    private const string ChecklistPage = "efa-wegweiser/checklisten/anschluss-efa/index.html";
    private const string OverviewPage = "efa-wegweiser/checklisten/index.html";
    /// <summary>The first checklist of <see cref="ChecklistPage"/> (read from the page, so content edits do not break the tests).</summary>
    private static async Task<string> FirstChecklistAsync(IPage page) =>
        $"[data-checklist=\"{await page.Locator("[data-checklist]").First.GetAttributeAsync("data-checklist")}\"]";

    public static readonly TheoryData<string> RolesAndNone =
        ["", "ozg-koordination", "themenfeldfuehrung", "umsetzungskoordination", "leistungsverantwortliche", "ozg-ressort", "fachreferat", "kommune"];

    private sealed record Tab(IPage Page, List<string> ConsoleErrors) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => new(Page.Context.CloseAsync());
    }

    private sealed record ItemState(string Id, string[] Roles, bool Visible, bool Checked);

    private async Task<Tab> OpenAsync(string page, string query = "", bool javaScript = true, IBrowserContext? context = null)
    {
        context ??= await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            JavaScriptEnabled = javaScript,
            Locale = "de-DE",
            AcceptDownloads = true,
        });
        using (var stream = typeof(AxeResult).Assembly.GetManifestResourceStream("Deque.AxeCore.Commons.Resources.axe.min.js")!)
        using (var reader = new StreamReader(stream))
            await context.AddInitScriptAsync(await reader.ReadToEndAsync());
        var tab = new Tab(await context.NewPageAsync(), []);
        tab.Page.Console += (_, message) => { if (message.Type == "error") lock (tab.ConsoleErrors) tab.ConsoleErrors.Add(message.Text); };
        tab.Page.PageError += (_, error) => { lock (tab.ConsoleErrors) tab.ConsoleErrors.Add("uncaught: " + error); };
        var response = await tab.Page.GotoAsync(site.UrlOf(page) + query);
        response.ShouldNotBeNull().Status.ShouldBe(200);
        return tab;
    }

    private static async Task<List<ItemState>> ItemsAsync(IPage page, string scope = "[data-checklist]")
    {
        var json = await page.EvaluateAsync<JsonElement>(
            "scope => Array.from(document.querySelectorAll(scope + ' [data-item]')).map(li => ({ id: li.dataset.item, roles: li.dataset.rollen.split(' '), visible: li.checkVisibility(), checked: li.querySelector('input').checked }))",
            scope);
        return json.EnumerateArray().Select(e => new ItemState(
            e.GetProperty("id").GetString()!,
            e.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!).ToArray(),
            e.GetProperty("visible").GetBoolean(),
            e.GetProperty("checked").GetBoolean())).ToList();
    }

    private static Task<string[]> CheckedRolesAsync(IPage page) => page.EvaluateAsync<string[]>(
        "() => Array.from(document.querySelectorAll('[data-role-choice]')).map(f => { const r = f.querySelector('input:checked'); return r ? r.value : '<none>'; })");

    private static Task<string> StoredAsync(IPage page, string key) => page.EvaluateAsync<string>("key => localStorage.getItem(key) ?? ''", key);

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

    private static ILocator RoleRadio(IPage page, string roleName, int fieldset = 0) =>
        page.Locator("[data-role-choice]").Nth(fieldset).GetByRole(AriaRole.Radio, new() { Name = roleName, Exact = true });

    [Fact]
    public async Task Choosing_a_role_leaves_only_its_items_visible_on_every_checklist_of_the_page()
    {
        await using var tab = await OpenAsync(ChecklistPage);
        var page = tab.Page;
        var firstChecklist = await FirstChecklistAsync(page);
        (await ItemsAsync(page)).ShouldAllBe(i => i.Visible, "without a role every item is visible");

        await RoleRadio(page, "Kommune").CheckAsync();

        var items = await ItemsAsync(page);
        items.ShouldContain(i => i.Visible);
        items.ShouldContain(i => !i.Visible);
        foreach (var item in items)
            item.Visible.ShouldBe(item.Roles.Contains("kommune"), $"item {item.Id} ({string.Join(' ', item.Roles)})");
        (await CheckedRolesAsync(page)).ShouldAllBe(r => r == "kommune");
        page.Url.ShouldContain("?rolle=kommune");
        var first = await ItemsAsync(page, firstChecklist);
        (await page.Locator(firstChecklist + " [data-count]").InnerTextAsync())
            .ShouldBe($"0 von {first.Count(i => i.Visible)} erledigt");
        var groups = await page.EvaluateAsync<bool[]>(
            "() => Array.from(document.querySelectorAll('[data-checklist] .checklist-group')).map(g => g.checkVisibility() === Array.from(g.querySelectorAll('[data-item]')).some(li => li.checkVisibility()))");
        groups.ShouldAllBe(ok => ok, "a dimension group is shown exactly when it has visible items");

        await RoleRadio(page, "Alle Rollen").CheckAsync();
        (await ItemsAsync(page)).ShouldAllBe(i => i.Visible);
        page.Url.ShouldNotContain("rolle=");
        tab.ConsoleErrors.ShouldBeEmpty();
    }

    [Fact]
    public async Task Two_ticked_items_are_still_ticked_after_a_reload()
    {
        await using var tab = await OpenAsync(ChecklistPage, "?rolle=fachreferat");
        var page = tab.Page;
        var firstChecklist = await FirstChecklistAsync(page);
        var boxes = page.Locator(firstChecklist + " [data-item] input[type=checkbox]:visible");
        (await boxes.CountAsync()).ShouldBeGreaterThan(2);
        await boxes.Nth(0).CheckAsync();
        await boxes.Nth(2).CheckAsync();
        var ticked = (await ItemsAsync(page)).Where(i => i.Checked).Select(i => i.Id).ToList();
        ticked.Count.ShouldBe(2);
        var visibleInFirst = (await ItemsAsync(page, firstChecklist)).Count(i => i.Visible);
        (await page.Locator(firstChecklist + " [data-count]").InnerTextAsync()).ShouldBe($"2 von {visibleInFirst} erledigt");
        (await page.Locator("[data-page-progress]").GetAttributeAsync("value")).ShouldBe("2");

        await page.ReloadAsync();

        (await ItemsAsync(page)).Where(i => i.Checked).Select(i => i.Id).ShouldBe(ticked);
        (await page.Locator(firstChecklist + " [data-count]").InnerTextAsync()).ShouldBe($"2 von {visibleInFirst} erledigt");
        var checklistId = await page.Locator(firstChecklist).GetAttributeAsync("data-checklist");
        JsonSerializer.Deserialize<string[]>(await StoredAsync(page, "lotse.checkliste." + checklistId)).ShouldBe(ticked, ignoreOrder: true);
        (await page.EvaluateAsync<string>("() => document.cookie")).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_role_in_the_URL_wins_over_the_stored_one_and_the_choice_is_remembered_across_pages()
    {
        await using var tab = await OpenAsync(ChecklistPage);
        var page = tab.Page;
        await RoleRadio(page, "Fachreferat").CheckAsync();
        (await StoredAsync(page, "lotse.rolle")).ShouldBe("fachreferat");

        await page.GotoAsync(site.UrlOf(ChecklistPage) + "?rolle=kommune");

        (await CheckedRolesAsync(page)).ShouldAllBe(r => r == "kommune");
        foreach (var item in await ItemsAsync(page))
            item.Visible.ShouldBe(item.Roles.Contains("kommune"), item.Id);
        (await StoredAsync(page, "lotse.rolle")).ShouldBe("kommune");

        await page.GotoAsync(site.UrlOf(OverviewPage));

        (await CheckedRolesAsync(page)).ShouldBe(["kommune"]);
        page.Url.ShouldEndWith("?rolle=kommune");

        await page.GotoAsync(site.UrlOf(ChecklistPage) + "?rolle=keine-rolle");
        (await CheckedRolesAsync(page)).ShouldAllBe(r => r == "kommune", "an unknown role in the URL is ignored");
    }

    [Fact]
    public async Task The_overview_shows_only_the_chosen_roles_checklists_and_counts()
    {
        await using var tab = await OpenAsync(OverviewPage);
        var page = tab.Page;
        var rows = page.Locator("table.checklist-table tbody tr");
        var all = await rows.CountAsync();
        all.ShouldBe(await rows.Locator("visible=true").CountAsync());

        await RoleRadio(page, "Kommune").CheckAsync();

        var state = await page.EvaluateAsync<JsonElement>(
            "() => Array.from(document.querySelectorAll('table.checklist-table tbody tr')).map(tr => ({ roles: tr.dataset.rollen.split(' '), visible: tr.checkVisibility() }))");
        foreach (var row in state.EnumerateArray())
            row.GetProperty("visible").GetBoolean().ShouldBe(row.GetProperty("roles").EnumerateArray().Any(r => r.GetString() == "kommune"));
        (await rows.Locator("visible=true").CountAsync()).ShouldBeLessThan(all);
        (await page.Locator("table.checklist-table thead th:visible").AllInnerTextsAsync()).ShouldBe(["Checkliste", "Kommune", "Alle"]);
        (await page.Locator("[data-overview-status]").InnerTextAsync()).ShouldStartWith("Rolle Kommune: ");
    }

    [Fact]
    public async Task Everything_works_with_the_keyboard_alone()
    {
        await using var tab = await OpenAsync(ChecklistPage);
        var page = tab.Page;
        var firstChecklist = await FirstChecklistAsync(page);
        string? dialog = null;
        page.Dialog += async (_, d) => { dialog = d.Message; await d.AcceptAsync(); };

        // Tab reaches the page's one role chooser (before the first checklist); the arrow keys choose a role.
        await TabUntilAsync(page, "[data-role-choice] input[type=radio]");
        (await page.EvaluateAsync<string>("() => document.activeElement.value")).ShouldBe("");
        await FocusIsVisibleAsync(page);
        for (var i = 0; i < 10 && await page.EvaluateAsync<string>("() => document.activeElement.value") != "kommune"; i++)
            await page.Keyboard.PressAsync("ArrowRight");
        (await CheckedRolesAsync(page)).ShouldAllBe(r => r == "kommune");
        (await ItemsAsync(page)).Where(i => i.Visible).ShouldAllBe(i => i.Roles.Contains("kommune"));

        // Tab leaves the chooser (now compact) and reaches the first visible item; Space ticks it.
        await TabUntilAsync(page, "[data-item] input[type=checkbox]");
        (await page.Locator("[data-role-choice]").IsVisibleAsync()).ShouldBeFalse("the chooser is compact once left");
        var focused = await page.EvaluateAsync<string>("() => document.activeElement.closest('[data-item]')?.dataset.item ?? ''");
        var firstVisible = (await ItemsAsync(page, firstChecklist)).First(i => i.Visible);
        focused.ShouldBe(firstVisible.Id);
        await FocusIsVisibleAsync(page);
        await page.Keyboard.PressAsync("Space");
        (await ItemsAsync(page, firstChecklist)).Single(i => i.Id == focused).Checked.ShouldBeTrue();
        (await page.Locator(firstChecklist + " [data-count]").InnerTextAsync()).ShouldStartWith("1 von ");

        // Export the whole page as Markdown and CSV with Enter (the actions are behind one disclosure).
        await page.Keyboard.PressAsync("Shift+Tab");
        await TabUntilBackAsync(page, "[data-actions] > summary");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Tab");
        var markdown = await DownloadAsync(page, () => page.Keyboard.PressAsync("Enter"));
        markdown.Name.ShouldEndWith("-kommune.md");
        markdown.Text.ShouldContain("Rolle: Kommune");
        markdown.Text.ShouldContain("- [x] ");
        Regex.Matches(markdown.Text, @"^- \[[ x]\] ", RegexOptions.Multiline).Count
            .ShouldBe((await ItemsAsync(page)).Count(i => i.Visible));
        await page.Keyboard.PressAsync("Tab");
        var csv = await DownloadAsync(page, () => page.Keyboard.PressAsync("Enter"));
        csv.Name.ShouldEndWith("-kommune.csv");
        csv.Text.TrimStart('\uFEFF').ShouldStartWith("\"Checkliste\";\"Dimension\";\"Aufgabe\";\"Rollen\";\"Erledigt\";\"ID\"");
        csv.Text.ShouldContain($"\"ja\";\"{focused}\"");

        // Reset asks first, then clears the ticks.
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        (await page.EvaluateAsync<string>("() => document.activeElement.dataset.action ?? ''")).ShouldBe("reset");
        await page.Keyboard.PressAsync("Enter");
        dialog.ShouldNotBeNull().ShouldContain("zurücksetzen");
        (await ItemsAsync(page, firstChecklist)).ShouldAllBe(i => !i.Checked);
        (await page.Locator(firstChecklist + " [data-count]").InnerTextAsync()).ShouldStartWith("0 von ");
    }

    private static async Task TabUntilAsync(IPage page, string selector)
    {
        for (var i = 0; i < 200; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector)) return;
        }
        throw new ShouldAssertException($"Tab never reached '{selector}'");
    }

    private static async Task TabUntilBackAsync(IPage page, string selector)
    {
        for (var i = 0; i < 200; i++)
        {
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector)) return;
            await page.Keyboard.PressAsync("Shift+Tab");
        }
        throw new ShouldAssertException($"Shift+Tab never reached '{selector}'");
    }

    private static async Task FocusIsVisibleAsync(IPage page)
    {
        var style = await page.EvaluateAsync<string[]>(
            "() => { const s = getComputedStyle(document.activeElement); return [s.outlineStyle, s.outlineWidth, s.boxShadow]; }");
        (style[0] != "none" && style[1] != "0px" || style[2] != "none").ShouldBeTrue($"focus indicator: {string.Join(", ", style)}");
    }

    private static async Task<(string Name, string Text)> DownloadAsync(IPage page, Func<Task> action)
    {
        var download = await page.RunAndWaitForDownloadAsync(action);
        var path = await download.PathAsync();
        return (download.SuggestedFilename, await File.ReadAllTextAsync(path));
    }

    [Theory]
    [MemberData(nameof(RolesAndNone))]
    public async Task Axe_finds_no_violations_for_each_role_and_for_none(string role)
    {
        await using var tab = await OpenAsync(ChecklistPage, role.Length == 0 ? "" : "?rolle=" + role);
        var page = tab.Page;
        var box = page.Locator("[data-item] input[type=checkbox]:visible").First;
        if (await box.CountAsync() > 0) await box.CheckAsync();

        (await AxeViolationsAsync(page)).ShouldBeEmpty();

        await page.GotoAsync(site.UrlOf(OverviewPage) + (role.Length == 0 ? "" : "?rolle=" + role));
        (await AxeViolationsAsync(page)).ShouldBeEmpty();
        tab.ConsoleErrors.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData("kommune")]
    public async Task The_print_view_shows_the_chosen_roles_items_with_role_and_date_and_passes_axe(string role)
    {
        await using var tab = await OpenAsync(ChecklistPage, role.Length == 0 ? "" : "?rolle=" + role);
        var page = tab.Page;
        var firstChecklist = await FirstChecklistAsync(page);
        await page.Locator(firstChecklist + " [data-item] input[type=checkbox]:visible").First.CheckAsync();

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        var info = page.Locator("[data-print-info]");
        (await info.IsVisibleAsync()).ShouldBeTrue();
        var today = DateTime.Now.ToString("dd.MM.yyyy");
        (await info.InnerTextAsync()).ShouldStartWith($"Rolle: {(role.Length == 0 ? "Alle Rollen" : "Kommune")} · Datum: {today}");
        (await page.Locator("[data-role-choice]").First.IsVisibleAsync()).ShouldBeFalse();
        (await page.Locator("button[data-action]").First.IsVisibleAsync()).ShouldBeFalse();
        foreach (var item in await ItemsAsync(page))
            item.Visible.ShouldBe(role.Length == 0 || item.Roles.Contains(role), item.Id);
        (await ItemsAsync(page, firstChecklist)).Count(i => i.Checked).ShouldBe(1);
        (await AxeViolationsAsync(page)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Without_JavaScript_the_chooser_links_to_one_static_page_per_role()
    {
        await using var tab = await OpenAsync(ChecklistPage, javaScript: false);
        var page = tab.Page;
        var firstChecklist = await FirstChecklistAsync(page);

        (await page.Locator("[data-role-choice]").First.IsVisibleAsync()).ShouldBeFalse();
        var links = page.Locator("[data-role-pages] a");
        (await links.AllInnerTextsAsync()).ShouldContain("Kommune");
        (await ItemsAsync(page)).ShouldAllBe(i => i.Visible);

        await links.GetByText("Kommune", new() { Exact = true }).ClickAsync();

        page.Url.ShouldEndWith("efa-wegweiser/checklisten/kommune/index.html");
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Checkliste: Kommune");
        var roles = await page.Locator(".checklist-item-roles").AllInnerTextsAsync();
        roles.Count.ShouldBeGreaterThan(0);
        roles.ShouldAllBe(r => r.Contains("Kommune"));
    }
}

using AngleSharp.Html.Parser;

namespace Lotse.Tests.Checklists;

/// <summary>Checklists 2.0 (issue 22) in the generator: one panel per page, the note for a role without tasks,
/// shared tick keys on role pages, the "Mein Fortschritt" page, the overview's progress per role, and the
/// editors' <c>link</c> and <c>frist</c> attributes with their diagnostics.</summary>
public sealed class ChecklistsTwoTests : IDisposable
{
    private readonly ChecklistSite _site = new();

    public void Dispose() => _site.Dispose();

    private const string Overview = "---\ntitle: Checklisten\nlayout: checklisten\n---\n\nAlle Listen.\n";

    private const string PageA = """
        ---
        title: Seite A
        order: 1
        ---

        ## Anschluss {#anschluss}

        ::: checkliste id="liste-a" titel="Liste A"
        - [ ] Technik prüfen {#technik rollen="kommune fachreferat" dimension="technisch" link="b.md#liste-b" frist="vor dem Start"}
        - [ ] Team bilden {#team rollen="fachreferat" dimension="organisatorisch" link="https://example.org/team"}
        :::

        ::: checkliste id="liste-a2" titel="Liste A2"
        - [ ] Haushalt planen {#haushalt rollen="fachreferat" dimension="finanziell" link="#anschluss"}
        :::
        """;

    private const string PageB = """
        ---
        title: Seite B
        order: 2
        ---

        ::: checkliste id="liste-b" titel="Liste B"
        - [ ] Kosten melden {#kosten-melden rollen="ozg-koordination" dimension="finanziell"}
        :::
        """;

    private async Task BuildAsync()
    {
        _site.Write("content/checklisten/index.md", Overview)
            .Write("content/checklisten/a.md", PageA)
            .Write("content/checklisten/b.md", PageB);
        var result = await _site.BuildAsync();
        ChecklistSite.Messages(result).ShouldBeEmpty();
    }

    private AngleSharp.Html.Dom.IHtmlDocument Parse(string path) => new HtmlParser().ParseDocument(_site.Read(path));

    [Fact]
    public async Task A_page_has_one_panel_before_its_first_checklist_and_no_controls_in_the_checklists()
    {
        await BuildAsync();
        var html = Parse("checklisten/a/index.html");
        html.QuerySelectorAll("[data-checklist-panel]").Length.ShouldBe(1);
        html.QuerySelectorAll("[data-role-choice]").Length.ShouldBe(1);
        html.QuerySelectorAll("[data-checklist] button, [data-checklist] fieldset, [data-checklist] progress").ShouldBeEmpty();
        html.QuerySelectorAll("[data-checklist] [data-count]").Select(c => c.TextContent).ShouldBe(["0 von 2 erledigt", "0 von 1 erledigt"]);
        html.QuerySelector("[data-actions] a")!.GetAttribute("href").ShouldBe("../mein-fortschritt/index.html");
    }

    [Fact]
    public async Task Items_show_their_link_and_due_hint()
    {
        await BuildAsync();
        var html = Parse("checklisten/a/index.html");
        var technik = html.QuerySelector("[data-item=technik]")!;
        technik.GetAttribute("data-frist").ShouldBe("vor dem Start");
        technik.QuerySelector(".checklist-item-roles")!.TextContent.ShouldBe("Rollen: Kommune, Fachreferat · Frist: vor dem Start");
        technik.QuerySelector("a[data-item-link]")!.GetAttribute("href").ShouldBe("../b/index.html#liste-b");
        technik.QuerySelector("a[data-item-link]")!.TextContent.ShouldBe("Mehr dazu: Technik prüfen");
        html.QuerySelector("[data-item=team] a[data-item-link]")!.GetAttribute("href").ShouldBe("https://example.org/team");
        html.QuerySelector("[data-item=haushalt] a[data-item-link]")!.GetAttribute("href").ShouldBe("#anschluss");

        var progress = Parse("checklisten/mein-fortschritt/index.html");
        progress.QuerySelector("[data-item=technik] a[data-item-link]")!.GetAttribute("href").ShouldBe("../b/index.html#liste-b");
        progress.QuerySelector("[data-item=technik] .checklist-item-due")!.TextContent.ShouldBe("Frist: vor dem Start");
    }

    [Fact]
    public async Task A_role_without_tasks_on_a_page_gets_links_to_the_checklists_where_it_has_work()
    {
        await BuildAsync();
        var html = Parse("checklisten/b/index.html");
        var note = html.QuerySelector("[data-empty-note]")!;
        note.HasAttribute("hidden").ShouldBeTrue("the script shows it for the chosen role");
        note.QuerySelectorAll("[data-elsewhere]").Select(ul => ul.GetAttribute("data-elsewhere")).ShouldBe(["kommune", "fachreferat"]);
        note.QuerySelectorAll("[data-elsewhere=kommune] a").Select(a => (a.TextContent, a.GetAttribute("href"))).ShouldBe([
            ("Seite A", "../a/index.html#liste-a"),
            ("Alle Aufgaben der Rolle Kommune", "../kommune/index.html"),
            ("Mein Fortschritt", "../mein-fortschritt/index.html"),
        ]);
        _site.Read("checklisten/a/index.html").ShouldNotContain("lotse:checklisten-anderswo");
    }

    [Fact]
    public async Task Role_pages_and_Mein_Fortschritt_use_the_same_checklist_and_item_ids_as_the_checklists()
    {
        await BuildAsync();
        var role = Parse("checklisten/fachreferat/index.html");
        role.QuerySelector("[data-fixed-role]")!.GetAttribute("data-fixed-role").ShouldBe("fachreferat");
        role.QuerySelectorAll("[data-checklist]").Select(s => s.GetAttribute("data-checklist")).ShouldBe(["liste-a", "liste-a2"]);
        role.QuerySelectorAll("[data-checklist=liste-a] [data-item]").Select(li => li.GetAttribute("data-item")).ShouldBe(["team", "technik"]);
        role.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")).ShouldBe(["../../assets/js/checklist.js"]);
        role.QuerySelectorAll("script:not([src])").ShouldBeEmpty();

        var progress = Parse("checklisten/mein-fortschritt/index.html");
        progress.QuerySelector("h1")!.TextContent.ShouldBe("Mein Fortschritt");
        progress.QuerySelectorAll("[data-checklist]").Select(s => s.GetAttribute("data-checklist")).ShouldBe(["liste-a", "liste-a2", "liste-b"]);
        progress.QuerySelectorAll("[data-item]").Length.ShouldBe(4);
        progress.QuerySelector("[data-item=technik]")!.GetAttribute("data-rollen").ShouldBe("kommune fachreferat");
        progress.QuerySelector("[data-handover] input[type=file]").ShouldNotBeNull();
        progress.QuerySelectorAll("[data-role-choice] input[type=radio]").Select(r => r.GetAttribute("value")).ShouldBe(["", "kommune", "fachreferat", "ozg-koordination"]);
        progress.QuerySelectorAll("script:not([src])").ShouldBeEmpty();

        var overview = Parse("checklisten/index.html");
        overview.QuerySelector("li[data-rolle=fachreferat] [data-role-progress]")!.GetAttribute("data-items")
            .ShouldBe("liste-a/technik liste-a/team liste-a2/haushalt");
    }

    [Theory]
    [InlineData("link=\"fehlt.md\"", "content/a.md(6,1): error LOT0520: The link of the item 'erste' leads to 'fehlt.md', which is not a page of the site. Link a Markdown page relative to this page.")]
    [InlineData("link=\"seite.html\"", "content/a.md(6,68): error LOT0520: Cannot read the link 'seite.html' of the item 'erste'. Write link=\"seite.md\" or link=\"seite.md#anker\" (a Markdown page relative to this page) or an https:// address.")]
    [InlineData("frist=\"\"", "content/a.md(6,68): error LOT0501: The due hint of the item 'erste' is empty. Write frist=\"…\" with a date or a hint, or remove it.")]
    public async Task Bad_links_and_empty_due_hints_are_reported_at_their_line(string attribute, string message)
    {
        _site.Write("content/a.md", $"---\ntitle: A\n---\n\n::: checkliste id=\"liste-a\" titel=\"Liste A\"\n- [ ] Erste Aufgabe {{#erste rollen=\"kommune\" dimension=\"technisch\" {attribute}}}\n:::\n");
        var result = await _site.BuildAsync(write: false);
        result.Succeeded.ShouldBeFalse();
        ChecklistSite.Messages(result).ShouldBe([message]);
    }
}

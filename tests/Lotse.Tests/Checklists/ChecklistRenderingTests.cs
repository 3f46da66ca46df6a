using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Lotse.Features.Checklists;

namespace Lotse.Tests.Checklists;

/// <summary>The HTML of a checklist: labelled checkboxes grouped by dimension, the role chooser, count,
/// progress and actions; and the metadata it leaves for the search.</summary>
public sealed class ChecklistRenderingTests : IDisposable
{
    private readonly ChecklistSite _site = new();

    public void Dispose() => _site.Dispose();

    private const string Overview = """
        ---
        title: Checklisten
        layout: checklisten
        ---

        Alle Listen.
        """;

    private const string PageA = """
        ---
        title: Seite A
        order: 1
        ---

        ## Anschluss

        ::: checkliste id="liste-a" titel="Liste A"
        - [ ] Technik *prüfen* mit [Seite B](b.md) {#technik rollen="kommune fachreferat" dimension="technisch"}
        - [ ] Team bilden {#team rollen="ozg-koordination" dimension="organisatorisch"}
        - [ ] Vertrag schließen {rollen="kommune" dimension="rechtlich"}
        :::

        ::: hinweis
        Ein Hinweis.
        :::

        ::: checkliste id="liste-a2" titel="Liste A2"
        - [ ] Haushalt planen {#haushalt rollen="fachreferat" dimension="finanziell"}
        :::
        """;

    private const string PageB = """
        ---
        title: Seite B
        order: 2
        ---

        ::: checkliste id="liste-b" titel="Liste B"
        - [ ] Bürger informieren {#informieren rollen="kommune" dimension="organisatorisch"}
        - [ ] Kosten melden {#kosten-melden rollen="fachreferat" dimension="finanziell"}
        :::
        """;

    private async Task<IDocument> BuildPageA()
    {
        _site.Write("content/checklisten/index.md", Overview)
            .Write("content/checklisten/a.md", PageA)
            .Write("content/checklisten/b.md", PageB);
        var result = await _site.BuildAsync();
        ChecklistSite.Messages(result).ShouldBeEmpty();
        return new HtmlParser().ParseDocument(_site.Read("checklisten/a/index.html"));
    }

    [Fact]
    public async Task Items_are_labelled_enabled_checkboxes_grouped_by_dimension_in_fixed_order()
    {
        var html = await BuildPageA();
        var list = html.GetElementById("liste-a")!;

        list.QuerySelectorAll(".checklist-group").Select(g => g.GetAttribute("data-dimension"))
            .ShouldBe(["organisatorisch", "rechtlich", "technisch"]);
        list.QuerySelectorAll(".checklist-group-title").Select(h => (h.LocalName, h.TextContent))
            .ShouldBe([("h4", "Organisatorische Aufgaben"), ("h4", "Rechtliche Aufgaben"), ("h4", "Technische Aufgaben")]);
        list.QuerySelector(".checklist-title")!.LocalName.ShouldBe("h3");

        var boxes = list.QuerySelectorAll("input[type=checkbox]");
        boxes.Length.ShouldBe(3);
        foreach (var box in boxes)
        {
            box.HasAttribute("disabled").ShouldBeFalse();
            html.QuerySelector($"label[for='{box.Id}']").ShouldNotBeNull();
        }
        html.QuerySelectorAll("input[disabled]").ShouldBeEmpty();

        var technik = html.GetElementById("technik")!;
        technik.GetAttribute("data-item").ShouldBe("technik");
        technik.GetAttribute("data-rollen").ShouldBe("kommune fachreferat");
        technik.GetAttribute("data-dimension").ShouldBe("technisch");
        var label = technik.QuerySelector("label")!;
        label.QuerySelector("em")!.TextContent.ShouldBe("prüfen");
        label.QuerySelector("a")!.GetAttribute("href").ShouldBe("../b/index.html");
        technik.QuerySelector(".checklist-item-roles")!.TextContent.ShouldBe("Rollen: Kommune, Fachreferat");
    }

    [Fact]
    public async Task Item_without_an_id_gets_one_from_its_text()
    {
        var html = await BuildPageA();

        var item = html.GetElementById("vertrag-schliessen")!;
        item.GetAttribute("data-item").ShouldBe("vertrag-schliessen");
        item.QuerySelector("label")!.TextContent.Trim().ShouldBe("Vertrag schließen");
    }

    [Fact]
    public async Task Chooser_is_a_labelled_radio_group_with_links_to_the_role_pages()
    {
        var html = await BuildPageA();
        html.QuerySelectorAll("[data-role-choice]").Length.ShouldBe(1, "one chooser per page");
        var list = html.QuerySelector("[data-checklist-panel]")!;
        list.NextElementSibling!.Id.ShouldBe("liste-a", "the panel stands before the page's first checklist");

        var fieldset = list.QuerySelector("fieldset[data-role-choice]")!;
        fieldset.QuerySelector("legend")!.TextContent.ShouldBe("Meine Rolle");
        var radios = fieldset.QuerySelectorAll("input[type=radio]");
        radios.Select(r => r.GetAttribute("value")).ShouldBe(["", "kommune", "fachreferat", "ozg-koordination"]);
        radios.Select(r => html.QuerySelector($"label[for='{r.Id}']")!.TextContent)
            .ShouldBe(["Alle Rollen", "Kommune", "Fachreferat", "OZG-Koordination"]);
        radios.Select(r => r.GetAttribute("name")).Distinct().ShouldBe(["checklisten-seite--rolle"]);
        list.QuerySelector("[data-action=change-role]")!.GetAttribute("aria-controls").ShouldBe(fieldset.Id);

        list.QuerySelectorAll("[data-role-pages] a").Select(a => (a.TextContent, a.GetAttribute("href")))
            .ShouldBe([("Kommune", "../kommune/index.html"), ("Fachreferat", "../fachreferat/index.html"), ("OZG-Koordination", "../ozg-koordination/index.html")]);
    }

    [Fact]
    public async Task Count_progress_and_actions_are_rendered_and_assets_included_once()
    {
        var html = await BuildPageA();
        var list = html.GetElementById("liste-a")!;
        var panel = html.QuerySelector("[data-checklist-panel]")!;

        list.QuerySelector("[data-count]")!.TextContent.ShouldBe("0 von 3 erledigt");
        html.GetElementById("liste-a2")!.QuerySelector("[data-count]")!.TextContent.ShouldBe("0 von 1 erledigt");
        html.QuerySelectorAll("[data-checklist] button, [data-checklist] progress, [data-checklist] fieldset").ShouldBeEmpty("no controls repeated per checklist");
        var progress = panel.QuerySelector("progress")!;
        progress.GetAttribute("max").ShouldBe("4");
        progress.GetAttribute("aria-labelledby").ShouldBe("checklisten-seite--stand");
        panel.QuerySelector("[data-page-count]")!.TextContent.ShouldBe("0 von 4 Aufgaben auf dieser Seite erledigt");
        panel.QuerySelectorAll("[data-summary-for]").Select(li => li.GetAttribute("data-summary-for")).ShouldBe(["liste-a", "liste-a2"]);
        panel.QuerySelectorAll("button[data-action]").Select(b => b.GetAttribute("data-action"))
            .ShouldBe(["change-role", "markdown", "csv", "print", "reset"]);

        html.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")).ShouldBe(["../../assets/js/checklist.js"]);
        html.QuerySelectorAll("script")[0].HasAttribute("defer").ShouldBeTrue();
        html.QuerySelectorAll("link[rel=stylesheet]").Select(s => s.GetAttribute("href")).ShouldBe(["../../assets/css/checklist.css"]);
        _site.Exists("assets/js/checklist.js").ShouldBeTrue();
    }

    [Fact]
    public async Task Other_containers_keep_their_renderer()
    {
        var html = await BuildPageA();

        html.QuerySelector(".callout.callout-hinweis[role=note]")!.TextContent.ShouldContain("Ein Hinweis.");
    }

    [Fact]
    public async Task Page_metadata_lists_the_roles_of_its_items_for_the_search()
    {
        _site.Write("content/checklisten/index.md", Overview)
            .Write("content/checklisten/a.md", PageA)
            .Write("content/checklisten/b.md", PageB);
        var result = await _site.BuildAsync(write: false);

        ChecklistSite.Page(result, "content/checklisten/a.md").Metadata.GetStrings(ChecklistKeys.Roles)
            .ShouldBe(["kommune", "fachreferat", "ozg-koordination"]);
        ChecklistSite.Page(result, "content/checklisten/b.md").Metadata.GetStrings(ChecklistKeys.Roles)
            .ShouldBe(["kommune", "fachreferat"]);
        ChecklistSite.Page(result, "content/checklisten/kommune.md").Metadata.GetStrings(ChecklistKeys.Roles)
            .ShouldBe(["kommune"]);
    }

    [Fact]
    public async Task An_explicit_id_survives_a_change_of_the_text()
    {
        _site.Write("content/a.md", "---\ntitle: A\n---\n\n::: checkliste id=\"l\" titel=\"L\"\n- [ ] Alter Text {#bleibt rollen=\"kommune\" dimension=\"technisch\"}\n:::\n");
        (await _site.BuildAsync()).Succeeded.ShouldBeTrue();
        var before = new HtmlParser().ParseDocument(_site.Read("a/index.html")).QuerySelector("[data-item]")!.GetAttribute("data-item");

        _site.Write("content/a.md", "---\ntitle: A\n---\n\n::: checkliste id=\"l\" titel=\"L\"\n- [ ] Ganz neuer Text {#bleibt rollen=\"kommune\" dimension=\"technisch\"}\n:::\n");
        (await _site.BuildAsync()).Succeeded.ShouldBeTrue();
        var after = new HtmlParser().ParseDocument(_site.Read("a/index.html")).QuerySelector("[data-item]")!;

        before.ShouldBe("bleibt");
        after.GetAttribute("data-item").ShouldBe("bleibt");
        after.TextContent.ShouldContain("Ganz neuer Text");
    }

    [Fact]
    public async Task Without_an_overview_page_there_are_no_role_pages_and_no_links()
    {
        _site.Write("content/a.md", "---\ntitle: A\n---\n\n::: checkliste id=\"l\" titel=\"L\"\n- [ ] Text {#text rollen=\"kommune\" dimension=\"technisch\"}\n:::\n");
        var result = await _site.BuildAsync();

        ChecklistSite.Messages(result).ShouldBeEmpty();
        _site.Exists("kommune/index.html").ShouldBeFalse();
        var html = new HtmlParser().ParseDocument(_site.Read("a/index.html"));
        html.QuerySelector("[data-role-pages]").ShouldBeNull();
        html.QuerySelector(".checklist-title")!.LocalName.ShouldBe("h2");
    }
}

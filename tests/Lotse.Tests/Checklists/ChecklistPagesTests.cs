using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Lotse.Tests.Checklists;

/// <summary>The static page per role and the overview with item counts per role.</summary>
public sealed class ChecklistPagesTests : IDisposable
{
    private readonly ChecklistSite _site;

    public ChecklistPagesTests()
    {
        _site = new ChecklistSite();
        _site.Write("content/wegweiser/checklisten/index.md", """
                ---
                title: Checklisten
                layout: checklisten
                ---

                Übersicht.
                """)
            .Write("content/wegweiser/checklisten/umsetzung.md", """
                ---
                title: Umsetzung
                order: 10
                ---

                ::: checkliste id="umsetzung-org" titel="Umsetzung: organisatorisch"
                - [ ] Team bilden {#team rollen="ozg-koordination kommune" dimension="organisatorisch"}
                - [ ] Vertrag prüfen {#vertrag rollen="fachreferat" dimension="rechtlich"}
                - [ ] Server bestellen {#server rollen="kommune" dimension="technisch"}
                :::
                """)
            .Write("content/wegweiser/checklisten/anschluss.md", """
                ---
                title: Anschluss
                order: 20
                ---

                ::: checkliste id="anschluss-fin" titel="Anschluss: finanziell"
                - [ ] Mittel einplanen {#mittel rollen="fachreferat" dimension="finanziell"}
                - [ ] Gebühren klären {#gebuehren rollen="kommune fachreferat" dimension="finanziell"}
                :::
                """);
    }

    public void Dispose() => _site.Dispose();

    private async Task<IDocument> Built(string outputPath)
    {
        var result = await _site.BuildAsync();
        ChecklistSite.Messages(result).ShouldBeEmpty();
        return new HtmlParser().ParseDocument(_site.Read(outputPath));
    }

    [Fact]
    public async Task One_page_per_role_is_written_next_to_the_overview()
    {
        var result = await _site.BuildAsync();

        result.Succeeded.ShouldBeTrue();
        foreach (var role in new[] { "kommune", "fachreferat", "ozg-koordination" })
            result.WrittenFiles.ShouldContain($"wegweiser/checklisten/{role}/index.html");
    }

    [Fact]
    public async Task Role_page_lists_the_roles_items_of_all_checklists_by_checklist_and_dimension()
    {
        var html = await Built("wegweiser/checklisten/kommune/index.html");

        html.QuerySelector("h1")!.TextContent.ShouldBe("Checkliste: Kommune");
        var sections = html.QuerySelectorAll("section.checklist");
        sections.Select(s => s.QuerySelector("h2")!.TextContent).ShouldBe(["Umsetzung: organisatorisch", "Anschluss: finanziell"]);
        sections[0].QuerySelectorAll(".checklist-group-title").Select(h => h.TextContent).ShouldBe(["Organisatorische Aufgaben", "Technische Aufgaben"]);
        sections[0].QuerySelectorAll("li.checklist-item").Select(li => li.Id).ShouldBe(["team", "server"]);
        sections[1].QuerySelectorAll("li.checklist-item").Select(li => li.Id).ShouldBe(["gebuehren"]);
        html.QuerySelector("#vertrag").ShouldBeNull();
        html.QuerySelector("#mittel").ShouldBeNull();
        sections[0].QuerySelector(".checklist-source a")!.GetAttribute("href").ShouldBe("../umsetzung/index.html#umsetzung-org");
        foreach (var box in html.QuerySelectorAll("input[type=checkbox]"))
            html.QuerySelector($"label[for='{box.Id}']").ShouldNotBeNull();
        // Issue 22: the role page shares the ticks of the checklists, through the one external script (no inline code).
        html.QuerySelectorAll("script").Select(s => s.GetAttribute("src")).ShouldBe(["../../../assets/js/checklist.js"]);
        html.QuerySelector(".checklist-print-info")!.TextContent.ShouldStartWith("Rolle: Kommune · Datum:");
    }

    [Fact]
    public async Task Overview_table_counts_items_per_checklist_and_role()
    {
        var html = await Built("wegweiser/checklisten/index.html");
        var table = html.QuerySelector("table.checklist-table")!;

        table.QuerySelector("caption")!.TextContent.ShouldBe("Anzahl der Aufgaben je Checkliste und Rolle");
        table.QuerySelectorAll("thead th").Select(th => th.GetAttribute("scope")).Distinct().ShouldBe(["col"]);
        table.QuerySelectorAll("thead th").Select(th => th.TextContent)
            .ShouldBe(["Checkliste", "Kommune", "FR (Fachreferat)", "OZG-K (OZG-Koordination)", "Alle"]);
        var rows = table.QuerySelectorAll("tbody tr");
        rows.Select(Row).ShouldBe([
            "Umsetzung: organisatorisch|2|1|1|3",
            "Anschluss: finanziell|1|2|0|2",
        ]);
        rows.Select(r => r.GetAttribute("data-rollen")).ShouldBe(["kommune fachreferat ozg-koordination", "kommune fachreferat"]);
        rows[0].QuerySelector("th[scope=row] a")!.GetAttribute("href").ShouldBe("umsetzung/index.html#umsetzung-org");
        Row(table.QuerySelector("tfoot tr")!).ShouldBe("Alle Checklisten|3|3|1|5");

        html.QuerySelectorAll(".checklist-role-links a").Select(a => a.GetAttribute("href"))
            .ShouldBe(["kommune/index.html", "fachreferat/index.html", "ozg-koordination/index.html"]);
        html.QuerySelector("script[src]")!.GetAttribute("src").ShouldBe("../../assets/js/checklist.js");
    }

    [Fact]
    public async Task Role_pages_are_not_in_the_navigation_but_are_linkable_like_files()
    {
        _site.Write("content/wegweiser/checklisten/hinweise.md", "---\ntitle: Hinweise\n---\n\nSiehe [Kommune](kommune.md).\n");
        var html = await Built("wegweiser/checklisten/hinweise/index.html");

        html.QuerySelector("main a")!.GetAttribute("href").ShouldBe("../kommune/index.html");
    }

    private static string Row(IElement row) => string.Join('|', row.Children.Select(c => c.TextContent.Trim()));
}

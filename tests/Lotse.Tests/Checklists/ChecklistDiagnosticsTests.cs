namespace Lotse.Tests.Checklists;

/// <summary>Every checklist error is reported at the file line and column of the item or container, with
/// exactly this text, and fails the build.</summary>
public sealed class ChecklistDiagnosticsTests : IDisposable
{
    private readonly ChecklistSite _site = new();

    public void Dispose() => _site.Dispose();

    /// <summary>Front matter takes lines 1–3, line 4 is blank, the container is on line 5, items from line 6.</summary>
    private static string Page(string title, string body) => $"---\ntitle: {title}\n---\n\n{body}";

    private async Task<IReadOnlyList<string>> ErrorsOf()
    {
        var result = await _site.BuildAsync(write: false);
        result.Succeeded.ShouldBeFalse();
        return ChecklistSite.Messages(result);
    }

    [Fact]
    public async Task Unknown_role_is_reported_at_the_roles_attribute()
    {
        _site.Write("content/a.md", Page("A", """
            ::: checkliste id="liste-a" titel="Liste A"
            - [ ] Erste Aufgabe {#erste rollen="kommune kommunen" dimension="technisch"}
            :::
            """));

        (await ErrorsOf()).ShouldBe([
            "content/a.md(6,29): error LOT0502: Unknown role 'kommunen' in the item 'erste'. Use role ids from content/_data/rollen.yml: kommune, fachreferat, ozg-koordination.",
        ]);
    }

    [Fact]
    public async Task Item_without_roles_is_reported()
    {
        _site.Write("content/a.md", Page("A", """
            ::: checkliste id="liste-a" titel="Liste A"
            - [ ] Erste Aufgabe {#erste dimension="technisch"}
            :::
            """));

        (await ErrorsOf()).ShouldBe([
            "content/a.md(6,1): error LOT0502: The item 'erste' names no roles. Add rollen=\"…\" with role ids from content/_data/rollen.yml: kommune, fachreferat, ozg-koordination.",
        ]);
    }

    [Fact]
    public async Task Missing_dimension_is_reported_at_the_item()
    {
        _site.Write("content/a.md", Page("A", """
            ::: checkliste id="liste-a" titel="Liste A"
            - [ ] Erste Aufgabe {#erste rollen="kommune" dimension="technisch"}
            - [ ] Zweite Aufgabe {#zweite rollen="kommune"}
            :::
            """));

        (await ErrorsOf()).ShouldBe([
            "content/a.md(7,1): error LOT0503: The item 'zweite' has no dimension. Add dimension=\"…\" with one of: organisatorisch, rechtlich, finanziell, technisch.",
        ]);
    }

    [Fact]
    public async Task Unknown_dimension_is_reported_at_the_dimension_attribute()
    {
        _site.Write("content/a.md", Page("A", """
            Einleitung.

            ::: checkliste id="liste-a" titel="Liste A"
            - [ ] Erste Aufgabe {#erste rollen="kommune" dimension="technik"}
            :::
            """));

        (await ErrorsOf()).ShouldBe([
            "content/a.md(8,46): error LOT0503: Unknown dimension 'technik' in the item 'erste'. Use one of: organisatorisch, rechtlich, finanziell, technisch.",
        ]);
    }

    [Fact]
    public async Task Duplicate_item_id_across_pages_is_reported_at_the_second_item()
    {
        _site.Write("content/a.md", Page("A", """
            ::: checkliste id="liste-a" titel="Liste A"
            - [ ] Antrag prüfen {#gleich rollen="kommune" dimension="rechtlich"}
            :::
            """));
        _site.Write("content/b.md", Page("B", """
            ::: checkliste id="liste-b" titel="Liste B"
            - [ ] Etwas anderes {#anders rollen="kommune" dimension="rechtlich"}
            - [ ] Nochmal prüfen {#gleich rollen="fachreferat" dimension="technisch"}
            :::
            """));

        (await ErrorsOf()).ShouldBe([
            "content/b.md(7,1): error LOT0504: The item id 'gleich' is already used at content/a.md(6,1). Give each item its own id ({#…}).",
        ]);
    }

    [Fact]
    public async Task Duplicate_checklist_id_is_reported_at_the_second_container()
    {
        _site.Write("content/a.md", Page("A", """
            ::: checkliste id="liste" titel="Liste A"
            - [ ] Erste Aufgabe {#erste rollen="kommune" dimension="technisch"}
            :::
            """));
        _site.Write("content/b.md", Page("B", """
            ::: checkliste id="liste" titel="Liste B"
            - [ ] Zweite Aufgabe {#zweite rollen="kommune" dimension="technisch"}
            :::
            """));

        (await ErrorsOf()).ShouldBe([
            "content/b.md(5,1): error LOT0504: The checklist id 'liste' is already used at content/a.md(5,1). Give each checklist its own id.",
        ]);
    }

    [Fact]
    public async Task Missing_checklist_id_is_reported_at_the_container()
    {
        _site.Write("content/a.md", Page("A", """
            ::: checkliste titel="Liste A"
            - [ ] Erste Aufgabe {#erste rollen="kommune" dimension="technisch"}
            :::
            """));

        (await ErrorsOf()).ShouldBe([
            "content/a.md(5,1): error LOT0501: The checklist has no id. Write ::: checkliste id=\"…\" titel=\"…\" with an id that no other checklist uses.",
        ]);
    }

    [Fact]
    public async Task Derived_ids_must_be_unique()
    {
        _site.Write("content/a.md", Page("A", """
            ::: checkliste id="liste-a" titel="Liste A"
            - [ ] Antrag prüfen {rollen="kommune" dimension="rechtlich"}
            - [ ] Antrag prüfen {rollen="fachreferat" dimension="rechtlich"}
            :::
            """));

        (await ErrorsOf()).ShouldBe([
            "content/a.md(7,1): error LOT0504: The item id 'antrag-pruefen', derived from the item's text, is already used at content/a.md(6,1). Give this item its own id ({#…}).",
        ]);
    }

    [Fact]
    public async Task Text_and_plain_list_items_inside_a_checklist_are_reported()
    {
        _site.Write("content/a.md", Page("A", """
            ::: checkliste id="liste-a" titel="Liste A"
            Ein Absatz.

            - [ ] Erste Aufgabe {#erste rollen="kommune" dimension="technisch"}
            - Kein Haken
            :::
            """));

        (await ErrorsOf()).ShouldBe([
            "content/a.md(6,1): error LOT0501: Only task-list items may stand in the checklist 'liste-a'. Move this text out of the checklist or write it as an item: - [ ] Text {#id rollen=\"…\" dimension=\"…\"}.",
            "content/a.md(9,1): error LOT0501: A checklist item is one task-list item without further paragraphs or lists. Write it as - [ ] Text {#id rollen=\"…\" dimension=\"…\"}.",
        ]);
    }

    [Fact]
    public async Task Unknown_item_attribute_is_reported()
    {
        _site.Write("content/a.md", Page("A", """
            ::: checkliste id="liste-a" titel="Liste A"
            - [ ] Erste Aufgabe {#erste rolle="kommune" rollen="kommune" dimension="technisch"}
            :::
            """));

        (await ErrorsOf()).ShouldBe([
            "content/a.md(6,29): error LOT0501: Unknown attribute 'rolle' in the item 'erste'. Write - [ ] Text {#id rollen=\"…\" dimension=\"…\"}, optionally with link=\"seite.md#anker\" (where the item is explained) and frist=\"…\" (a due hint).",
        ]);
    }

    [Fact]
    public async Task Attributes_that_Markdown_cannot_read_are_reported_at_the_brace()
    {
        _site.Write("content/a.md", Page("A", """
            ::: checkliste id="liste-a" titel="Liste A"
            - [ ] Erste Aufgabe {#e rollen="kommune" dimension="technisch"}
            :::
            """));

        (await ErrorsOf()).ShouldBe([
            "content/a.md(6,21): error LOT0501: Cannot read the attributes '{#e rollen=\"kommune\" dimension=\"technisch\"}' of an item in the checklist 'liste-a'. Write them as {#id rollen=\"…\" dimension=\"…\"} at the end of the item (an id has at least two characters).",
        ]);
    }

    [Fact]
    public async Task Item_id_that_is_also_a_heading_anchor_is_reported()
    {
        _site.Write("content/a.md", Page("A", """
            ::: checkliste id="liste-a" titel="Liste A"
            - [ ] Erste Aufgabe {#kosten rollen="kommune" dimension="finanziell"}
            :::

            ## Kosten
            """));

        (await ErrorsOf()).ShouldBe([
            "content/a.md(6,1): error LOT0504: The item id 'kosten' is also the anchor of a heading on this page. Give the item another id ({#…}).",
        ]);
    }

    [Fact]
    public async Task A_valid_checklist_builds_without_diagnostics()
    {
        _site.Write("content/a.md", Page("A", """
            ::: checkliste id="liste-a" titel="Liste A"
            - [ ] Erste Aufgabe {#erste rollen="kommune fachreferat" dimension="technisch"}
            - [x] Zweite Aufgabe {#zweite rollen="ozg-koordination" dimension="organisatorisch"}
            :::
            """));

        var result = await _site.BuildAsync(write: false);

        ChecklistSite.Messages(result).ShouldBeEmpty();
        result.Succeeded.ShouldBeTrue();
    }
}

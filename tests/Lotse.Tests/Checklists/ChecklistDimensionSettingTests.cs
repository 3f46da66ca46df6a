using Lotse.Tests.Testing;

namespace Lotse.Tests.Checklists;

/// <summary>The kinds of task checklist items are grouped by come from <c>checklists: dimensions:</c> in lotse.yml
/// (the repository's site sets its four OZG kinds there); a site without the setting groups items by what they name.</summary>
public sealed class ChecklistDimensionSettingTests
{
    private const string Roles = TestSite.MinimalTheme + """

        -- themes/default/assets/css/checklist.css --
        /* leer */
        -- themes/default/assets/js/checklist.js --
        // leer
        -- content/_data/rollen.yml --
        - id: redaktion
          name: Redaktion

        """;

    [Fact]
    public async Task Configured_dimensions_group_items_in_their_order_under_their_headings()
    {
        using var site = await TestSite.BuildAsync(Roles + """
            -- lotse.yml --
            title: Handbuch
            checklists:
              dimensions:
                vorbereitung: Vor dem Start
                betrieb: Im Betrieb
            -- content/index.md --
            # Start

            ::: checkliste id="liste" titel="Liste"
            - [ ] Server warten {#warten rollen="redaktion" dimension="betrieb"}
            - [ ] Team bilden {#team rollen="redaktion" dimension="vorbereitung"}
            :::
            """);
        site.ShouldSucceedWithoutDiagnostics();
        var html = site.Read("index.html");
        html.ShouldContain("<div class=\"checklist-group\" data-dimension=\"vorbereitung\">\n<h3 class=\"checklist-group-title\">Vor dem Start</h3>");
        html.IndexOf("Vor dem Start", StringComparison.Ordinal).ShouldBeLessThan(html.IndexOf("Im Betrieb", StringComparison.Ordinal));
        html.ShouldNotContain("Technische Aufgaben");
    }

    [Fact]
    public async Task Without_the_setting_items_without_a_dimension_are_one_list_and_named_dimensions_their_own_groups()
    {
        using var site = await TestSite.BuildAsync(Roles + """
            -- lotse.yml --
            title: Handbuch
            -- content/index.md --
            # Start

            ::: checkliste id="liste" titel="Liste"
            - [ ] Lesen {#lesen rollen="redaktion"}
            - [ ] Prüfen {#pruefen rollen="redaktion" dimension="Qualität"}
            - [ ] Schreiben {#schreiben rollen="redaktion"}
            :::
            """);
        site.ShouldSucceedWithoutDiagnostics();
        var html = site.Read("index.html");
        html.ShouldContain("<ul class=\"checklist-items\">");
        html.ShouldContain("<div class=\"checklist-group\" data-dimension=\"Qualität\">\n<h3 class=\"checklist-group-title\">Qualität</h3>");
        html.ShouldNotContain("Organisatorische Aufgaben");
        // The two items without a dimension stand together, before the group, with no heading of their own.
        html.IndexOf("Schreiben", StringComparison.Ordinal).ShouldBeLessThan(html.IndexOf("Qualität", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_the_setting_a_dimension_that_is_no_name_is_reported_at_the_attribute()
    {
        using var site = await TestSite.BuildAsync(Roles + """
            -- content/index.md --
            # Start

            ::: checkliste id="liste" titel="Liste"
            - [ ] Lesen {#lesen rollen="redaktion" dimension="a<b"}
            :::
            """);
        site.Diagnostics.ShouldBe([
            "content/index.md(4,40): error LOT0503: The dimension 'a<b' in the item 'lesen' is not a usable name. Write it in letters, digits and dashes, or list the site's dimensions under checklists.dimensions in lotse.yml.",
        ]);
    }

    [Fact]
    public async Task A_dimension_setting_that_cannot_be_used_is_reported_at_its_line()
    {
        using var site = await TestSite.BuildAsync(Roles + """
            -- lotse.yml --
            title: Handbuch
            checklists:
              dimensions:
                Technik Team: Technische Aufgaben
                recht: ""
                betrieb: Im Betrieb
            -- content/index.md --
            # Start

            ::: checkliste id="liste" titel="Liste"
            - [ ] Warten {#warten rollen="redaktion" dimension="betrieb"}
            :::
            """);
        site.Diagnostics.ShouldBe([
            "lotse.yml(4,5): error LOT0442: The checklist dimension 'Technik Team' is not a usable id. Write it in letters, digits and dashes, e.g. 'technisch: Technische Aufgaben'.",
            "lotse.yml(5,12): error LOT0442: The checklist dimension 'recht' has no heading. Write the heading of its group after it, e.g. 'recht: Technische Aufgaben'.",
        ]);
    }

    [Fact]
    public async Task The_repository_site_keeps_its_four_OZG_kinds_of_task_in_its_own_settings()
    {
        var settings = File.ReadAllText(Path.Combine(TestSite.RepositoryRoot, "lotse.yml"));
        settings.ShouldContain("""
            checklists:
              dimensions:
                organisatorisch: Organisatorische Aufgaben
                rechtlich: Rechtliche Aufgaben
                finanziell: Finanzielle Aufgaben
                technisch: Technische Aufgaben
            """.ReplaceLineEndings("\n"));
        foreach (var source in Directory.EnumerateFiles(Path.Combine(TestSite.RepositoryRoot, "generator", "Lotse"), "*.cs", SearchOption.AllDirectories))
            File.ReadAllText(source).ShouldNotContain("Organisatorische Aufgaben", customMessage: source);
    }
}

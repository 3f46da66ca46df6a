using Lotse.Tests.Testing;

namespace Lotse.Tests.Compatibility;

/// <summary>Issue 20, point 3: containers and alerts of VitePress, Docusaurus, MkDocs and GitHub become Lotse's
/// callouts with their titles; an unknown name is a warning listing the known ones.</summary>
public sealed class CompatibilityContainerTests
{
    [Fact]
    public async Task VitePress_and_Docusaurus_containers_become_callouts_with_their_titles()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/a.md --
            # A

            ::: tip
            Ein Tipp.
            :::

            ::: warning Achtung, Frist
            Eine Warnung.
            :::

            ::: danger
            Gefahr.
            :::

            ::: info
            Info.
            :::

            :::note[Docusaurus-Titel]
            Notiz.
            :::

            ::: details Mehr erfahren
            Versteckt.
            :::
            """);
        site.ShouldSucceedWithoutDiagnostics();
        site.AssertFile("a/index.html",
            "<div class=\"callout callout-tipp\" role=\"note\"><p class=\"callout-label\">Tipp</p>\n<p>Ein Tipp.</p>",
            "<div class=\"callout callout-warnung\" role=\"note\"><p class=\"callout-label\">Achtung, Frist</p>\n<p>Eine Warnung.</p>",
            "<div class=\"callout callout-warnung\" role=\"note\"><p class=\"callout-label\">Gefahr</p>",
            "<div class=\"callout callout-hinweis\" role=\"note\"><p class=\"callout-label\">Info</p>",
            "<div class=\"callout callout-hinweis\" role=\"note\"><p class=\"callout-label\">Docusaurus-Titel</p>",
            "<details class=\"callout callout-details\"><summary class=\"callout-label\">Mehr erfahren</summary>\n<p>Versteckt.</p>\n</details>",
            "! class=\"tip\"", "! class=\"warning\"");
    }

    [Fact]
    public async Task MkDocs_admonitions_become_callouts_and_collapsible_ones_details()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/a.md --
            # A

            !!! note "Wichtig für Kommunen"
                Erster Absatz der Notiz.

                Zweiter Absatz mit [Link](b.md).

            Danach normaler Text.

            !!! warning
                Ohne Titel.

            ??? tip "Aufklappen"
                Geschlossen.

            ???+ example
                Offen.

                    code im Kasten
            -- content/b.md --
            # B
            """);
        site.ShouldSucceedWithoutDiagnostics();
        site.AssertFile("a/index.html",
            "<div class=\"callout callout-hinweis\" role=\"note\"><p class=\"callout-label\">Wichtig für Kommunen</p>\n<p>Erster Absatz der Notiz.</p>\n<p>Zweiter Absatz mit <a href=\"../b/index.html\">Link</a>.</p>\n</div>\n<p>Danach normaler Text.</p>",
            "<div class=\"callout callout-warnung\" role=\"note\"><p class=\"callout-label\">Warnung</p>\n<p>Ohne Titel.</p>",
            "<details class=\"callout callout-tipp\"><summary class=\"callout-label\">Aufklappen</summary>\n<p>Geschlossen.</p>",
            "<details class=\"callout callout-hinweis\" open=\"\"><summary class=\"callout-label\">Beispiel</summary>\n<p>Offen.</p>\n<pre><code>code im Kasten",
            "! !!!", "! ???");
    }

    [Fact]
    public async Task GitHub_alerts_become_callouts()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/a.md --
            # A

            > [!NOTE]
            > Eine Notiz.

            > [!TIP]
            > Ein Tipp.

            > [!IMPORTANT]
            > Wichtig.

            > [!WARNING]
            > Warnung.

            > [!CAUTION]
            > Vorsicht.

            > Ein gewöhnliches Zitat.
            """);
        site.ShouldSucceedWithoutDiagnostics();
        site.AssertFile("a/index.html",
            "<div class=\"callout callout-hinweis\" role=\"note\"><p class=\"callout-label\">Hinweis</p>\n<p>Eine Notiz.</p>",
            "<div class=\"callout callout-tipp\" role=\"note\"><p class=\"callout-label\">Tipp</p>",
            "<div class=\"callout callout-hinweis\" role=\"note\"><p class=\"callout-label\">Wichtig</p>",
            "<div class=\"callout callout-warnung\" role=\"note\"><p class=\"callout-label\">Warnung</p>",
            "<div class=\"callout callout-warnung\" role=\"note\"><p class=\"callout-label\">Vorsicht</p>",
            "<blockquote>\n<p>Ein gewöhnliches Zitat.</p>", "! [!");
    }

    [Fact]
    public async Task An_unknown_container_is_a_warning_that_lists_the_known_ones_and_checklists_are_known()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/a.md --
            # A

            ::: spoiler Titel
            Text.
            :::

            !!! seealso
                Text.
            """);
        site.Diagnostics.Count.ShouldBe(2);
        site.Diagnostics[0].ShouldStartWith("content/a.md(3,1): warning LOT0420: The container 'spoiler' is unknown and shows as plain text. Use one of: ");
        site.Diagnostics[0].ShouldContain("checkliste");
        site.Diagnostics[0].ShouldContain("details");
        site.Diagnostics[0].ShouldContain("hinweis");
        site.Diagnostics[1].ShouldStartWith("content/a.md(7,1): warning LOT0420: The container 'seealso' is unknown");
    }

    [Fact]
    public async Task Lotse_s_own_callouts_stay_as_they_were()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/a.md --
            # A

            ::: hinweis {.breit}
            Bitte beachten.
            :::
            """);
        site.ShouldSucceedWithoutDiagnostics();
        site.AssertFile("a/index.html", "<div class=\"callout callout-hinweis breit\" role=\"note\"><p class=\"callout-label\">Hinweis</p>\n<p>Bitte beachten.</p>\n</div>");
    }
}

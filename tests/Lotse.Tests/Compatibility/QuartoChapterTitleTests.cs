using Lotse.Tests.Testing;

namespace Lotse.Tests.Compatibility;

/// <summary>Issue 20, a Quarto chapter that begins with a banner (<c>::: {.callout-warning}</c> … <c>:::</c>) before its
/// <c># Titel</c>: Quarto takes the h1 as the chapter's title; so does Lotse, and the banner stays in the text.</summary>
public sealed class QuartoChapterTitleTests
{
    [Fact]
    public async Task A_callout_before_the_first_h1_keeps_that_h1_the_title()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/index.md --
            # Start
            -- content/management.md --
            ---
            description: Organisation
            ---

            ::: {.callout-warning}
            Dieses Kapitel wurde gekürzt!

            ::: {.content-visible when-format="html"}
            Nur im Web.
            :::
            :::

            # IT-Management {#sec-management}

            Text.
            """);
        site.ShouldSucceedWithoutDiagnostics();
        var html = site.Read("management/index.html");
        html.ShouldContain("<title>IT-Management");
        html.ShouldContain("Dieses Kapitel wurde gekürzt!");
        html.ShouldContain("Nur im Web.");
        html.IndexOf("<h1>IT-Management", StringComparison.Ordinal).ShouldBeLessThan(html.IndexOf("gekürzt", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Text_before_the_h1_still_makes_it_no_title()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/index.md --
            # Start
            -- content/spaet.md --
            ::: {.callout-note}
            Hinweis.
            :::

            Ein Absatz.

            Noch ein Absatz.

            # Zu spät
            """);
        site.Diagnostics.ShouldHaveSingleItem().ShouldContain("LOT0410");
    }
}

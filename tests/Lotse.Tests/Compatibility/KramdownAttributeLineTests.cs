using Lotse.Tests.Testing;

namespace Lotse.Tests.Compatibility;

/// <summary>Issue 20: kramdown's block attribute lines (<c>{: .klasse #id}</c> on a line of their own, as Jekyll sites
/// write them) attach to their block or are dropped; they never leak into the text.</summary>
public sealed class KramdownAttributeLineTests
{
    [Fact]
    public async Task An_attribute_line_after_a_block_gives_it_class_and_id_and_leaves_no_text()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/index.md --
            # Start

            Ein Hinweis zum Antrag.
            {: .hinweis #antrag-hinweis}

            ## Fristen
            {: #fristen-im-blick}

            | Frist | Tage |
            |---|---|
            | Antrag | 14 |
            {: .tabelle}

            - eins
            - zwei
            {: .liste}

            Nach einem Absatz mit Leerzeile:

            {: .danach}

            [Zu den Fristen](#fristen-im-blick)
            """);
        site.ShouldSucceedWithoutDiagnostics();
        var page = site.Read("index.html");
        page.ShouldContain("<p id=\"antrag-hinweis\" class=\"hinweis\">Ein Hinweis zum Antrag.</p>");
        page.ShouldContain("<h2 id=\"fristen-im-blick\">Fristen</h2>");
        page.ShouldContain("<table class=\"tabelle\">");
        page.ShouldContain("<ul class=\"liste\">");
        page.ShouldContain("<p class=\"danach\">Nach einem Absatz mit Leerzeile:</p>");
        page.ShouldNotContain("{:");
    }

    [Fact]
    public async Task An_attribute_list_definition_and_a_line_before_the_first_block_leave_no_text()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/index.md --
            {:wichtig: .wichtig}
            {: .erster}
            Der erste Absatz.

            Ein zweiter Absatz.
            """);
        site.ShouldSucceedWithoutDiagnostics();
        var page = site.Read("index.html");
        page.ShouldContain("<p class=\"erster\">Der erste Absatz.</p>");
        page.ShouldContain("<p>Ein zweiter Absatz.</p>");
        page.ShouldNotContain("{:");
        page.ShouldNotContain("wichtig");
    }

    [Fact]
    public async Task An_attribute_line_inside_a_code_block_stays_code()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/index.md --
            # Start

            ```
            {: .keine-klasse}
            ```
            """);
        site.ShouldSucceedWithoutDiagnostics();
        site.Read("index.html").ShouldContain("<code>{: .keine-klasse}\n</code>");
    }
}


using Lotse.Tests.Testing;

namespace Lotse.Tests.Integration;

/// <summary>Issue 2, point 2: Scriban layouts and partials, theme layering, template errors.</summary>
public sealed class TemplateTests
{
    private const string Theme = """
        -- themes/default/layouts/_base.html --
        <html>{{ include "kopf.html" }}{{ body }}</html>
        -- themes/default/layouts/page.html --
        default-page|{{ page.content }}
        -- themes/default/layouts/section.html --
        default-section
        -- themes/default/partials/kopf.html --
        default-kopf|
        """;

    [Fact]
    public async Task A_site_theme_overrides_single_templates_of_the_default_theme()
    {
        using var site = await TestSite.BuildAsync(Theme + "\n" + """
            -- lotse.yml --
            title: T
            theme: [amt, default]
            -- themes/amt/partials/kopf.html --
            amt-kopf|
            -- content/a.md --
            Text
            """);
        site.ShouldSucceedWithoutDiagnostics();
        site.AssertFile("a/index.html", "amt-kopf|", "default-page|", "! default-kopf");
    }

    [Fact]
    public async Task A_layout_chosen_in_front_matter_is_used()
    {
        using var site = await TestSite.BuildAsync(Theme + "\n" + """
            -- themes/default/layouts/werkzeug.html --
            werkzeug|{{ page.zweck }}|
            -- content/a.md --
            ---
            layout: werkzeug
            zweck: Prüfen
            ---
            """);
        site.ShouldSucceedWithoutDiagnostics();
        site.AssertFile("a/index.html", "werkzeug|Prüfen|", "default-kopf|");
    }

    [Fact]
    public async Task Template_syntax_errors_of_all_templates_are_reported_together_with_file_line_and_column()
    {
        using var site = await TestSite.BuildAsync(Theme + "\n" + """
            -- themes/default/layouts/kaputt.html --
            <p>
            {{ if page.title }
            -- themes/default/partials/auch-kaputt.html --
            {{ for x in }}{{ end }}
            -- content/a.md --
            Text
            """);
        site.Result.Succeeded.ShouldBeFalse();
        site.Diagnostics.ShouldAllBe(d => d.Contains(": error LOT0202: ") && d.EndsWith(". Fix the template syntax."));
        site.Diagnostics.Select(d => d[..d.IndexOf(':')]).Distinct().ShouldBe([
            "themes/default/layouts/kaputt.html(2,18)",
            "themes/default/partials/auch-kaputt.html(1,13)"]);
        site.Exists("a/index.html").ShouldBeFalse();
    }

    [Fact]
    public async Task A_template_runtime_error_names_the_template_position_and_the_page()
    {
        using var site = await TestSite.BuildAsync(Theme + "\n" + """
            -- themes/default/layouts/rechnen.html --
            Ergebnis:
            {{ page.nichtda.feld }}
            -- content/a.md --
            ---
            layout: rechnen
            ---
            """);
        site.Diagnostics.ShouldHaveSingleItem().ShouldStartWith("themes/default/layouts/rechnen.html(2,17): error LOT0203: Cannot get the member page.nichtda.feld for a null object");
        site.Diagnostics[0].ShouldContain("(while rendering 'content/a.md'). Fix the template or the page's front matter.");
    }

    [Fact]
    public async Task An_unknown_layout_is_an_error_that_lists_the_known_layouts()
    {
        using var site = await TestSite.BuildAsync(Theme + "\n" + """
            -- content/a.md --
            ---
            layout: gibtsnicht
            ---
            """);
        site.Diagnostics.ShouldBe(["content/a.md(2,9): error LOT0201: The layout 'gibtsnicht' does not exist. Use one of: page, section."]);
    }

    [Fact]
    public async Task A_missing_theme_folder_is_one_error_naming_the_folder_not_an_unknown_layout_on_every_page()
    {
        using var site = await TestSite.BuildAsync(Theme + "\n" + """
            -- lotse.yml --
            title: T
            theme: [amt, default]
            -- content/a.md --
            Text
            -- content/b.md --
            Text
            """);
        site.Result.Succeeded.ShouldBeFalse();
        site.Diagnostics.ShouldBe(["lotse.yml(2,9): error LOT0004: The theme 'amt' does not exist: there is no folder themes/amt. " +
            "Create it (every site needs themes/default; copy it from the Lotse repository) or change 'theme' in lotse.yml."]);
        site.Exists("a/index.html").ShouldBeFalse();
    }

    [Fact]
    public async Task A_site_without_the_default_theme_builds_on_the_one_that_ships_with_the_tool_and_a_missing_theme_is_told()
    {
        // Issue 20, point 7: the default theme ships next to the tool; a site's themes/ only overrides it.
        using var site = await TestSite.BuildAsync("""
            -- lotse.yml --
            title: T
            theme: amt
            -- themes/amt/layouts/page.html --
            <div class="amt">{{ page.content }}</div>
            -- content/a.md --
            Text
            """);
        site.ShouldSucceedWithoutDiagnostics();
        site.AssertFile("a/index.html", "<div class=\"amt\"><p>Text</p>", "<!DOCTYPE html>");
        using var missing = await TestSite.BuildAsync("""
            -- lotse.yml --
            title: T
            theme: fehlt
            -- content/a.md --
            Text
            """);
        missing.Diagnostics.ShouldHaveSingleItem().ShouldStartWith("lotse.yml(2,8): error LOT0004: The theme 'fehlt' does not exist: there is no folder themes/fehlt.");
    }

    [Fact]
    public async Task Partials_and_nav_html_give_the_same_text_written_in_place_and_used_as_values()
    {
        using var site = await TestSite.BuildAsync(Theme + "\n" + """
            -- themes/default/layouts/werkzeug.html --
            [{{ nav_html "mehr" }}]
            [{{ nav_html "mehr" | string.replace "nav-item" "NAV-ITEM" }}]
            {{~ wert = nav_html "mehr" ~}}
            [{{ wert | string.size }}]
            {{ include "mit-argument.html" "Eins" }}
            {{ for i in 1..2 }}<{{ include "kopf.html" }}>{{ end }}
            -- themes/default/partials/mit-argument.html --
            arg={{ $1 }}|
            -- content/index.md --
            ---
            title: Start
            ---
            -- content/a.md --
            ---
            title: A & B
            layout: werkzeug
            ---
            """);
        site.ShouldSucceedWithoutDiagnostics();
        var nav = "<ul class=\"nav-list nav-list--1\">\n<li class=\"nav-item nav-item--active\"><a class=\"nav-link\" href=\"index.html\" aria-current=\"page\">A &amp; B</a></li>\n</ul>";
        site.AssertFile("a/index.html", $"[{nav}]", $"[{nav.Replace("nav-item", "NAV-ITEM")}]", $"[{nav.Length}]", "arg=Eins|", "<default-kopf|\n><default-kopf|\n>");
    }

    [Fact]
    public async Task A_runtime_error_in_a_partial_names_the_partial_position()
    {
        using var site = await TestSite.BuildAsync(Theme + "\n" + """
            -- themes/default/partials/kopf.html --
            Kopf
            {{ page.nichtda.feld }}
            -- content/a.md --
            Text
            """);
        site.Diagnostics.ShouldNotBeEmpty();
        site.Diagnostics.ShouldAllBe(d => d.StartsWith("themes/default/partials/kopf.html(2,17): error LOT0203: Cannot get the member page.nichtda.feld for a null object"));
    }
}

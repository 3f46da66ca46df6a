using Lotse.Tests.Testing;

namespace Lotse.Tests.Compatibility;

/// <summary>Issue 20, point 5: the print edition (Gesamtausgabe) of a part reports nothing its pages have not
/// already reported.</summary>
public sealed class PrintEditionDiagnosticTests
{
    [Fact]
    public async Task A_broken_link_is_reported_once_at_its_page_not_again_by_the_print_edition()
    {
        using var site = await TestSite.BuildAsync("""
            -- lotse.yml --
            # As warnings, so that the build writes the print edition.
            diagnostics:
              LOT0401: warning
              LOT0402: warning
            -- themes/default/layouts/_base.html --
            <!DOCTYPE html><html lang="de"><head><title>{{ page.title }}</title></head><body>{{ body }}</body></html>
            -- themes/default/layouts/page.html --
            <main><h1>{{ page.title }}</h1>{{ page.content }}</main>
            -- themes/default/layouts/gesamtausgabe.html --
            <main><h1>{{ page.title }}</h1>{{ page.content }}</main>
            -- content/index.md --
            # Start
            -- content/teil/index.md --
            # Teil
            -- content/teil/erste.md --
            # Erste

            Siehe [weiter](unterordner/fehlt.md), [Anker](zweite.md#gibt-es-nicht) und [gut](zweite.md#abschnitt).
            -- content/teil/zweite.md --
            # Zweite

            ## Abschnitt
            """);
        site.Exists("teil/gesamtausgabe/index.html").ShouldBeTrue("the part has a print edition");
        site.Diagnostics.Count.ShouldBe(2, string.Join("\n", site.Diagnostics));
        site.Diagnostics.ShouldContain(d => d.StartsWith("content/teil/erste.md(3,7): warning LOT0401"));
        site.Diagnostics.ShouldContain(d => d.StartsWith("content/teil/erste.md(3,") && d.Contains("LOT0402"));
    }
}

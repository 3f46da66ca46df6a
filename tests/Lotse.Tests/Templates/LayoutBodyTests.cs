using System.Text;
using Lotse.Kernel;
using Lotse.Site;
using Lotse.Site.Pipelines;
using Lotse.Tests.Testing;

namespace Lotse.Tests.Templates;

/// <summary>Issue 26 (layout stage): the base layout writes <c>{{ body }}</c> straight from the buffer the layout rendered
/// into, and <c>lotse build</c> renders a page straight into its UTF-8 bytes. A theme sees the same values and gets the
/// same pages as when <c>body</c> was a string and every page a string first.</summary>
public sealed class LayoutBodyTests
{
    private const string Pages = """
        -- content/index.md --
        # Startseite
        Ämter und Bürger 😀
        -- content/a.md --
        # Seite A
        Text der Seite „A“.
        """;

    [Fact]
    public async Task A_base_that_writes_body_twice_and_a_layout_without_base_get_the_layouts_html()
    {
        using var site = await TestSite.BuildAsync("""
            -- themes/default/layouts/_base.html --
            <html><body>{{ body }}
            <hr>{{ body }}</body></html>
            -- themes/default/layouts/page.html --
            <main><h1>{{ page.title }}</h1>{{ page.content }}</main>
            -- themes/default/layouts/alone.html --
            {{~ base = "" ~}}
            <p>ohne Rahmen: {{ page.title }}</p>
            -- content/b.md --
            ---
            layout: alone
            ---
            # Seite B
            """ + "\n" + Pages);
        site.ShouldSucceedWithoutDiagnostics();
        // The same bytes as before (main's build of this site, 2026-12-07).
        site.Read("a/index.html").TrimEnd().ShouldBe("<html><body><main><h1>Seite A</h1><p>Text der Seite „A“.</p>\n</main>\n\n<hr><main><h1>Seite A</h1><p>Text der Seite „A“.</p>\n</main>\n</body></html>");
        site.Read("b/index.html").TrimEnd().ShouldBe("<p>ohne Rahmen: Seite B</p>");
    }

    [Fact]
    public async Task A_theme_that_reads_body_as_a_value_still_gets_the_layouts_html_as_text()
    {
        // body in a condition, a pipe and an assignment: the layout's HTML is the string 'body' as before.
        using var site = await TestSite.BuildAsync("""
            -- themes/default/layouts/_base.html --
            <html><body>{{ if body }}{{ body }}{{ end }}<p>{{ body | string.size }} Zeichen</p>{{ copy = body }}{{ copy | string.upcase }}</body></html>
            -- themes/default/layouts/page.html --
            <main>{{ page.title }}</main>
            """ + "\n" + Pages);
        site.ShouldSucceedWithoutDiagnostics();
        site.Read("a/index.html").TrimEnd().ShouldBe("<html><body><main>Seite A</main>\n<p>21 Zeichen</p><MAIN>SEITE A</MAIN>\n</body></html>");
    }

    [Fact]
    public async Task A_build_writes_the_same_pages_as_a_build_for_serve_which_holds_them_as_text()
    {
        var longText = string.Concat(Enumerable.Range(0, 8000).Select(i => $"Absatz {i}: Größe, Maße und 😀 für Ämter. "));
        using var site = await TestSite.BuildAsync(Pages + $"\n-- content/lang.md --\n# Lange Seite\n{longText}\n");
        site.ShouldSucceedWithoutDiagnostics();
        var built = site.Result.Outputs.FromPipeline(nameof(ContentPipeline)).Where(d => d.OutputPath.EndsWith(".html", StringComparison.Ordinal)).ToList();
        built.ShouldAllBe(d => d.Body is Utf8Body && d.Content.Length == 0);
        var served = await SiteBuilder.BuildAsync(new BuildOptions(site.Root, Write: false), new BuildCache());
        served.Succeeded.ShouldBeTrue();
        foreach (var page in served.Outputs.FromPipeline(nameof(ContentPipeline)).Where(d => d.OutputPath.EndsWith(".html", StringComparison.Ordinal)))
        {
            page.Body.ShouldNotBeOfType<Utf8Body>();
            var written = File.ReadAllBytes(Path.Combine(site.Output, page.OutputPath));
            written.ShouldBe(Encoding.UTF8.GetBytes(page.Content), page.OutputPath);
        }
        // The long page is bigger than the render buffer (its text in several pieces): still the same bytes.
        site.Read("lang/index.html").Length.ShouldBeGreaterThan(300 * 1024);
    }

    [Fact]
    public void Text_in_many_pieces_encodes_to_the_bytes_of_its_string()
    {
        // A builder grown by small appends holds its text in pieces; a character pair (😀) may be split between two.
        for (var offset = 0; offset < 8; offset++)
        {
            var text = new StringBuilder(16);
            text.Append('x', offset);
            for (var i = 0; i < 5000; i++) text.Append("ä😀b");
            Utf8Text.Encode(text).ShouldBe(Encoding.UTF8.GetBytes(text.ToString()));
        }
        Utf8Text.Encode(new StringBuilder()).ShouldBeEmpty();
        Utf8Text.Encode(new StringBuilder("Straße 😀")).ShouldBe(Encoding.UTF8.GetBytes("Straße 😀"));
    }
}

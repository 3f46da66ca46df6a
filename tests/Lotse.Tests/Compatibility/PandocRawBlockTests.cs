using Lotse.Tests.Testing;

namespace Lotse.Tests.Compatibility;

/// <summary>Issue 20, pandoc's raw blocks in Quarto books: <c>```{=html}</c> is the page's HTML, a block for another
/// output format (<c>```{=latex}</c> for the PDF edition) is left out instead of showing LaTeX as code.</summary>
public sealed class PandocRawBlockTests
{
    [Fact]
    public async Task A_raw_html_block_is_html_and_a_latex_block_is_left_out()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/index.md --
            # Roh

            ```{=latex}
            \clearpage
            \thispagestyle{empty}
            ```

            ```{=html}
            <p class="hinweis">Nur im Web</p>
            ```

            ``` {=typst}
            #pagebreak()
            ```

            ```latex
            \section{Als Beispiel}
            ```
            """);
        site.ShouldSucceedWithoutDiagnostics();
        var html = site.Read("index.html");
        html.ShouldContain("<p class=\"hinweis\">Nur im Web</p>");
        html.ShouldNotContain("clearpage");
        html.ShouldNotContain("pagebreak");
        html.ShouldContain("\\section{Als Beispiel}"); // an ordinary code block in LaTeX stays one
    }

    [Fact]
    public async Task A_raw_html_block_is_checked_like_other_raw_html()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/index.md --
            # Roh

            ```{=html}
            <a href="fehlt.html" onclick="x()">Fehlt</a>
            ```
            """);
        site.Diagnostics.ShouldContain(d => d.Contains("LOT0303"));
    }
}

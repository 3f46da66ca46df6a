using Lotse.Tests.Testing;

namespace Lotse.Tests.Compatibility;

/// <summary>Issue 20, Quarto's shortcodes besides <c>include</c>: a page break (for the PDF) is left out, any other is
/// reported instead of showing up as "{{&lt; … &gt;}}" without a word.</summary>
public sealed class QuartoShortcodeTests
{
    [Fact]
    public async Task A_pagebreak_is_left_out_and_an_unknown_shortcode_is_reported_where_it_is()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/index.md --
            # Kapitel

            Vorher.

            {{< pagebreak >}}

            Nachher mit {{< meta title >}}.

            Escaped: {{{< pagebreak >}}}

            ```
            {{< video https://example.org/v.mp4 >}}
            ```
            """);
        site.Diagnostics.ShouldBe(["content/index.md(7,13): warning LOT0178: Quarto's shortcode '{{< meta >}}' has no meaning in Lotse; it stays as text. Replace it with Markdown (a link, an image, the value itself)."]);
        var html = site.Read("index.html");
        html.ShouldNotContain("{{< pagebreak");
        html.ShouldContain("{{{&lt; pagebreak &gt;}}}");
        html.ShouldContain("{{&lt; video https://example.org/v.mp4 &gt;}}");
    }
}


using Lotse.Tests.Testing;

namespace Lotse.Tests.Editors;

/// <summary>Issue 10, point 6: raw HTML in Markdown is passed through (editors are trusted), but what runs
/// script or loads from other hosts is reported at its line and column; <c>html: { sanitize: true }</c>
/// cleans it for sites with outside contributions.</summary>
public sealed class RawHtmlTests
{
    private const string WhatToDoScript = "Remove it; scripts belong in the theme.";

    [Fact]
    public async Task A_script_element_is_reported_in_a_block_and_inline()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/a.md --
            # A

            <script>alert(1)</script>

            Text mit <script src="../x.js"></script> darin.
            -- content/x.js --
            // nichts
            """);

        site.Diagnostics.ShouldBe([
            "content/a.md(3,1): warning LOT0301: The Markdown contains a <script> element, which the site's Content-Security-Policy blocks. " + WhatToDoScript,
            "content/a.md(5,10): warning LOT0301: The Markdown contains a <script> element, which the site's Content-Security-Policy blocks. " + WhatToDoScript,
        ], ignoreOrder: true);
        site.AssertFile("a/index.html", "<script>alert(1)</script>"); // passed through: editors are trusted
    }

    [Fact]
    public async Task Event_handler_attributes_are_reported_at_the_attribute()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/a.md --
            # A

            <div class="box"
                 onmouseover="alert(1)">Kasten</div>

            Ein Bild <img src="../bild.png" alt="Bild" OnError=alert(1)> im Satz.

            - Liste
              > <p onclick="x()">Zitat</p>
            -- content/bild.png --
            kein echtes Bild
            """);

        site.Diagnostics.ShouldBe([
            "content/a.md(4,6): warning LOT0303: The raw HTML has the event-handler attribute 'onmouseover' on <div>, which runs script (and the site's Content-Security-Policy blocks). " + WhatToDoScript,
            "content/a.md(6,44): warning LOT0303: The raw HTML has the event-handler attribute 'onerror' on <img>, which runs script (and the site's Content-Security-Policy blocks). " + WhatToDoScript,
            "content/a.md(9,8): warning LOT0303: The raw HTML has the event-handler attribute 'onclick' on <p>, which runs script (and the site's Content-Security-Policy blocks). " + WhatToDoScript,
        ], ignoreOrder: true);
    }

    [Fact]
    public async Task Script_urls_in_href_src_action_and_formaction_are_reported()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/a.md --
            # A

            Ein <a href="javascript:alert(1)">Link</a> und <a href=" JaVa&#x09;Script:x">noch einer</a>.

            <form action="vbscript:msgbox(1)"><button formaction="data:text/html,<b>x</b>">Los</button></form>

            <img src="data:image/png;base64,iVBO" alt="harmlos"> <a href="../seite/index.html">harmlos</a>
            -- content/seite.md --
            # Seite
            """);

        site.Diagnostics.ShouldBe([
            "content/a.md(3,8): warning LOT0304: The raw HTML has a 'javascript:' URL in href of <a>, which runs script. Link to a page or file instead.",
            "content/a.md(3,51): warning LOT0304: The raw HTML has a 'javascript:' URL in href of <a>, which runs script. Link to a page or file instead.",
            "content/a.md(5,7): warning LOT0304: The raw HTML has a 'vbscript:' URL in action of <form>, which runs script. Link to a page or file instead.",
            "content/a.md(5,43): warning LOT0304: The raw HTML has a 'data:text/html' URL in formaction of <button>, which runs script. Link to a page or file instead.",
        ], ignoreOrder: true);
    }

    [Fact]
    public async Task Script_urls_in_markdown_links_autolinks_and_images_are_reported_too_and_emptied_with_sanitize()
    {
        const string Page = """
            -- content/a.md --
            # A

            [eins](javascript:alert(1)) und <javascript:alert(2)> und
            ![Bild](JavaScript:alert(3)) und [gut](https://example.org/)
            """;
        using (var site = await TestSite.BuildAsync(Page))
        {
            site.Diagnostics.ShouldBe([
                "content/a.md(3,1): warning LOT0304: The Markdown link has a 'javascript:' URL, which runs script. Link to a page or file instead.",
                "content/a.md(3,33): warning LOT0304: The Markdown link has a 'javascript:' URL, which runs script. Link to a page or file instead.",
                "content/a.md(4,1): warning LOT0304: The Markdown image has a 'javascript:' URL, which runs script. Link to a page or file instead.",
            ], ignoreOrder: true);
        }
        using (var site = await TestSite.BuildAsync("-- lotse.yml --\ntitle: T\nhtml: { sanitize: true }\n" + Page))
        {
            site.Diagnostics.Count.ShouldBe(3);
            site.Diagnostics.ShouldAllBe(d => d.Contains("warning LOT0306: html.sanitize removed a 'javascript:' URL from a Markdown"));
            site.Read("a/index.html").ShouldNotContain("javascript:", Case.Insensitive);
            site.AssertFile("a/index.html", "<a href=\"https://example.org/\">gut</a>");
        }
    }

    [Fact]
    public async Task Iframes_from_other_hosts_are_reported_and_those_of_the_site_are_not()
    {
        using var site = await TestSite.BuildAsync("""
            -- lotse.yml --
            title: Test
            baseUrl: https://ozg.example.de/
            -- content/a.md --
            # A

            <iframe src="https://www.youtube.com/embed/x" title="Video"></iframe>

            <iframe src="//tracker.example.com/x" title="Zähler"></iframe>

            <iframe src="../karte/index.html" title="Karte"></iframe> <iframe src="https://ozg.example.de/karte.html" title="Karte"></iframe>
            -- content/karte.md --
            # Karte
            """);

        site.Diagnostics.ShouldBe([
            "content/a.md(3,1): warning LOT0305: The Markdown embeds an <iframe> from another host ('www.youtube.com'); the page would load content from there, which the site's Content-Security-Policy blocks. Link to it instead.",
            "content/a.md(5,1): warning LOT0305: The Markdown embeds an <iframe> from another host ('tracker.example.com'); the page would load content from there, which the site's Content-Security-Policy blocks. Link to it instead.",
        ], ignoreOrder: true);
        // What the CSP would block anyway is a link to it, named by the iframe's title; the site's own iframes stay.
        site.AssertFile("a/index.html",
            "<a class=\"extern-eingebettet\" href=\"https://www.youtube.com/embed/x\">Video (eingebettet von www.youtube.com)</a>",
            "<a class=\"extern-eingebettet\" href=\"//tracker.example.com/x\">Zähler (eingebettet von tracker.example.com)</a>",
            "<iframe src=\"https://ozg.example.de/karte.html\" title=\"Karte\">");
        site.Read("a/index.html").ShouldNotContain("<iframe src=\"https://www.youtube.com");
    }

    [Fact]
    public async Task Strict_builds_fail_on_risky_raw_html()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/a.md --
            # A

            <a href="#" onclick="x()">Klick</a>
            """, strict: true);

        site.Result.Succeeded.ShouldBeFalse();
        site.Diagnostics.ShouldHaveSingleItem().ShouldContain("warning LOT0303");
    }

    [Fact]
    public async Task Ordinary_raw_html_is_not_reported()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/a.md --
            # A

            <details class="hinweis" id="mehr">
            <summary>Mehr</summary>

            Drücken Sie <kbd>Strg</kbd>+<kbd>C</kbd>. Die <abbr title="Onlinezugangsgesetz">OZG</abbr>-Umsetzung.

            </details>

            <a href="../b/index.html" role="button" aria-label="Weiter" data-online="ja">Weiter</a>
            -- content/b.md --
            # B
            """);

        site.ShouldSucceedWithoutDiagnostics();
    }

    [Fact]
    public async Task With_html_sanitize_the_risky_parts_are_removed_and_reported_and_ordinary_html_stays()
    {
        using var site = await TestSite.BuildAsync("""
            -- lotse.yml --
            title: Test
            html:
              sanitize: true
            -- content/a.md --
            # A

            <script>alert("geheim")</script>

            <details class="hinweis" id="mehr" onclick="x()">
            <summary>Mehr</summary>

            Drücken Sie <kbd>Strg</kbd>. Die <abbr title="Onlinezugangsgesetz">OZG</abbr>-Umsetzung, <a href="javascript:alert(2)" class="k">Link</a>.

            </details>

            <iframe src="https://www.youtube.com/embed/x" title="Video"></iframe>

            <div role="note" aria-label="Hinweis" style="color:red"><a href="../b/index.html#x" id="weiter">Weiter</a> <img/src="../x.png"/onerror="alert(3)" alt="x"></div>

            Inline <img src="../y.png" alt="y" onload="alert(4)"> und <b onmouseover="alert(5)">fett</b>.
            -- content/b.md --
            # B

            ## X
            -- content/x.png --
            kein Bild
            -- content/y.png --
            kein Bild
            """, strict: false);

        site.Result.Succeeded.ShouldBeTrue(string.Join("\n", site.Diagnostics));
        site.Diagnostics.ShouldBe([
            "content/a.md(3,1): warning LOT0306: html.sanitize removed the <script> element from the raw HTML. Remove it from the Markdown, or turn html.sanitize off if the site trusts its editors.",
            "content/a.md(5,36): warning LOT0306: html.sanitize removed the attribute 'onclick' of <details> (not allowed) from the raw HTML. Remove it from the Markdown, or turn html.sanitize off if the site trusts its editors.",
            "content/a.md(8,93): warning LOT0306: html.sanitize removed the attribute 'href' of <a> (a 'javascript:' URL) from the raw HTML. Remove it from the Markdown, or turn html.sanitize off if the site trusts its editors.",
            "content/a.md(12,1): warning LOT0306: html.sanitize removed the <iframe> from another host ('www.youtube.com') from the raw HTML. Remove it from the Markdown, or turn html.sanitize off if the site trusts its editors.",
            "content/a.md(14,39): warning LOT0306: html.sanitize removed the attribute 'style' of <div> (not allowed) from the raw HTML. Remove it from the Markdown, or turn html.sanitize off if the site trusts its editors.",
            "content/a.md(14,128): warning LOT0306: html.sanitize removed the attribute 'onerror' of <img> (not allowed) from the raw HTML. Remove it from the Markdown, or turn html.sanitize off if the site trusts its editors.",
            "content/a.md(16,36): warning LOT0306: html.sanitize removed the attribute 'onload' of <img> (not allowed) from the raw HTML. Remove it from the Markdown, or turn html.sanitize off if the site trusts its editors.",
            "content/a.md(16,62): warning LOT0306: html.sanitize removed the attribute 'onmouseover' of <b> (not allowed) from the raw HTML. Remove it from the Markdown, or turn html.sanitize off if the site trusts its editors.",
        ], ignoreOrder: true);

        var html = site.Read("a/index.html");
        foreach (var gone in new[] { "<script", "geheim", "onclick", "onerror", "onload", "onmouseover", "javascript:", "<iframe", "youtube", "style=" })
            html.ShouldNotContain(gone, Case.Insensitive);
        site.AssertFile("a/index.html",
            "<details class=\"hinweis\" id=\"mehr\">",
            "<summary>Mehr</summary>",
            "<kbd>Strg</kbd>",
            "<abbr title=\"Onlinezugangsgesetz\">OZG</abbr>",
            "<a class=\"k\">Link</a>",
            "</details>",
            "<div role=\"note\" aria-label=\"Hinweis\">",
            "<a href=\"../b/index.html#x\" id=\"weiter\">Weiter</a>",
            "<img src=\"../x.png\" alt=\"x\">",
            "<img src=\"../y.png\" alt=\"y\">",
            "<b>fett</b>");
    }

    [Fact]
    public async Task A_wrong_html_setting_is_a_configuration_error()
    {
        using var site = await TestSite.BuildAsync("""
            -- lotse.yml --
            title: Test
            html:
              sanitize: vielleicht
            -- content/a.md --
            # A
            """);

        site.Result.Succeeded.ShouldBeFalse();
        site.Diagnostics.ShouldBe(["lotse.yml(3,13): error LOT0001: 'html: sanitize: vielleicht' is not true or false. Write 'html: { sanitize: true }' or leave it out."]);
    }
}

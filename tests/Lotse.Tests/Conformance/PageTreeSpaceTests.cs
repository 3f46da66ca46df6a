using System.Buffers;
using System.Text;
using Lotse.Features.Conformance;
using Lotse.Kernel;

namespace Lotse.Tests.Conformance;

/// <summary>Issue 26: each worker of the static checks reads page after page into one <see cref="PageTreeSpace"/>, and a
/// tree keeps its texts and attribute values as places in the page's bytes until a check reads them. What a page is
/// checked to must not depend on the pages the space read before, nor on which worker checks it.</summary>
public sealed class PageTreeSpaceTests
{
    private static string Page(string header, string main, string head = "") => $"""
        <!DOCTYPE html>
        <html lang="de">
        <head><meta charset="utf-8"><title>Seite</title>{head}</head>
        <body>
        <a class="skip" href="#inhalt">Zum Inhalt</a>
        <header>{header}</header>
        <nav aria-label="Seiten"><a href="../nachbar/">Nachbar</a></nav>
        <main id="inhalt">{main}</main>
        <footer><nav aria-label="Service"><a href="../../impressum/">Impressum</a> <a href="../../karte/" rel="sitemap">Karte</a></nav></footer>
        </body>
        </html>
        """;

    private const string Header = "<a href=\"../../index.html\">Start</a><a href=\"../../themen/\" title=\"T\">Themen &amp; mehr</a>";

    private static ReadOnlySequence<byte> Bytes(string html) => new(Encoding.UTF8.GetBytes(html));

    private static string Describe(PageCheckResult result) =>
        string.Join("\n", result.Findings.Select(f => $"{f.Check}: {f.Message}")) + "\n" + result.Facts.Title + " header=" + result.Facts.HasHeader + "\n"
        + string.Join("\n", result.Facts.SharedLinks.Select(l => l.Target + " = " + l.Name));

    /// <summary>Pages of every kind, in an order where a short page follows a long one and a page for the full HTML
    /// parser one read in one pass.</summary>
    private static readonly string[] Pages =
    [
        Page(Header, "<h1>Eins</h1><p>Viel <em>Text</em> mit <a href=\"x/\">Link</a> und <img src=\"b.png\" alt=\"Bild\"></p>"
            + "<input id=\"e\" type=\"email\" name=\"email\"><h3 id=\"d\">Sprung</h3><p id=\"d\" lang=\"x_y\">z</p>"),
        Page("<a href=\"../../index.html\">Start</a>", "<h1></h1><a href=\"leer/\"></a>"),
        Page(Header, "<h1>Drei</h1><p>Absatz<div>Block im Absatz (für den Parser)</div></p><img src=\"a.gif\">"),
        Page(Header, "<h1>Vier &#252;ber</h1><button aria-label=\"Anders\">Sichtbar</button>", "<meta http-equiv=\"refresh\" content=\"3\">"),
        Page("", "<h2>Ohne Eins</h2>"),
    ];

    [Fact]
    public void A_page_read_into_a_space_that_read_other_pages_before_is_checked_as_in_a_space_of_its_own()
    {
        var space = new PageTreeSpace();
        foreach (var round in new[] { Pages, Pages.Reverse().ToArray() })
            foreach (var page in round)
                Assert.Equal(Describe(HtmlChecks.CheckPage("bereich/seite/index.html", Bytes(page))),
                    Describe(HtmlChecks.CheckPage("bereich/seite/index.html", Bytes(page), space)));
    }

    [Fact]
    public void The_pages_differ_so_the_comparison_can_fail()
    {
        var described = Pages.Select(page => Describe(HtmlChecks.CheckPage("bereich/seite/index.html", Bytes(page)))).ToList();
        Assert.Equal(Pages.Length, described.Distinct().Count());
    }

    /// <summary>Many pages that share their header, one with another header, checked by the workers in parallel: the cross
    /// page checks report that page and no other, as when each page is checked in a space of its own.</summary>
    [Fact]
    public void A_page_whose_shared_part_differs_is_reported_when_the_workers_reuse_their_spaces()
    {
        var documents = Enumerable.Range(0, 200).Select(i => new Document($"content/s{i:D3}.md", $"bereich/s{i:D3}/index.html", "", Metadata.Empty)
        {
            Body = DocumentBody.Utf8(Bytes(Page(i == 137 ? "<a href=\"../../index.html\">Startseite</a>" : Header, $"<h1>Seite {i}</h1>"))),
        }).ToList();
        var reused = HtmlChecks.Run(documents, HtmlChecks.CheckPage);
        var alone = HtmlChecks.Run(documents, (page, _) => HtmlChecks.CheckPage(page, new PageTreeSpace()));
        Assert.Equal(alone.Findings, reused.Findings);
        Assert.Equal(["bereich/s137/index.html"], reused.Of(StaticCheckIds.ConsistentNavigation).Select(f => f.Page));
        Assert.Equal(["bereich/s137/index.html"], reused.Of(StaticCheckIds.ConsistentIdentification).Select(f => f.Page));
    }
}

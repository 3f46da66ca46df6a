using Lotse.Features.Conformance;

namespace Lotse.Tests.Conformance;

/// <summary>WCAG 3.2.3 and 3.2.4 compare the links every page shares: those of the page's header
/// (<c>body &gt; header a[href]</c>) and of the navigations in its footer (<c>body &gt; footer nav a[href]</c>), in page
/// order, with their target resolved from the page and their accessible name. Issue 26: they are taken from the body's
/// header and footer instead of asking every element of the page.</summary>
public sealed class SharedLinksTests
{
    private const string Html = """
        <!DOCTYPE html>
        <html lang="de">
        <head><meta charset="utf-8"><title>Seite</title></head>
        <body>
        <a class="skip" href="#inhalt">Zum Inhalt</a>
        <header><a href="../../index.html">Start</a><div><nav aria-label="Kopf"><a href="../../themen/">Themen</a></nav></div>
        <a href="../../suche/" aria-label="Suche öffnen"><svg><title>Lupe</title></svg></a><a>ohne Ziel</a></header>
        <nav aria-label="Seiten"><a href="../nachbar/">Nachbar</a></nav>
        <main id="inhalt"><h1>Titel</h1><header><a href="../intern/">Im Artikel</a></header>
        <footer><nav aria-label="Artikel"><a href="../weiter/">Weiter</a></nav></footer></main>
        <footer><a href="../../kontakt/">Kontakt außerhalb der Navigation</a>
        <nav aria-label="Service"><ul><li><a href="../../impressum/index.html">Impressum</a></li><li><a href="https://example.org/x">Extern</a></li></ul></nav>
        <header><nav aria-label="Fuß"><a href="#oben">Nach oben</a></nav></header></footer>
        </body>
        </html>
        """;

    [Fact]
    public void The_shared_links_are_the_header_s_and_those_of_the_footer_s_navigations_in_page_order()
    {
        foreach (var tree in new[] { PageTreeReader.Read(Html)!, PageTreeFromDom.Parse(Html) })
        {
            var (_, facts) = PageChecks.Run("bereich/seite/index.html", tree);
            Assert.Equal(
            [
                ("/", "Start"),
                ("/themen/", "Themen"),
                ("/suche/", "Suche öffnen"),
                ("/impressum/", "Impressum"),
                ("https://example.org/x", "Extern"),
                ("/bereich/seite/", "Nach oben"),
            ], facts.SharedLinks);
            Assert.True(facts.HasHeader);
        }
    }
}

using AngleSharp.Html.Parser;
using Lotse.Blocks.Html;

namespace Lotse.Tests.Units;

/// <summary>The streaming analyzer finds the same ids and references as a full HTML5 parse (AngleSharp).</summary>
public sealed class HtmlAnalyzerTests
{
    private const string Page = """
        <!DOCTYPE html><html lang="de"><head><link rel="stylesheet" href="../assets/css/site.css">
        <script src="../assets/js/site.js" defer></script><script>var x = "<a href='nicht'>";</script>
        <style>a[href="x"] { }</style></head>
        <body><!-- <a href="auskommentiert"> --><a class=skip href=#inhalt>Skip</a>
        <main id="inhalt"><h2 id='eins'>Eins</h2><p id="a&amp;b">x</p><img alt="" src="bild.svg"/>
        <form action="../suche/index.html" method="get"><input id=q name=q></form>
        <a href="../b/index.html?x=1&amp;y=2#teil">B</a><a>ohne</a></main></body></html>
        """;

    [Fact]
    public void Finds_the_same_ids_and_references_as_a_full_parse()
    {
        var facts = new HtmlAnalyzer().Analyze(Page);
        var dom = new HtmlParser().ParseDocument(Page);
        facts.Ids.ShouldBe(dom.All.Where(e => e.Id is { Length: > 0 }).Select(e => e.Id!).ToHashSet(), ignoreOrder: true);
        facts.References.ShouldBe([
            "../assets/css/site.css", "../assets/js/site.js", "#inhalt", "bild.svg", "../suche/index.html", "../b/index.html?x=1&y=2#teil"]);
    }
}

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

    /// <summary>Issue 26: a page kept as UTF-8 is read as bytes, without a string of it: characters outside ASCII in
    /// values, ids and text are read whole, and the facts are those of a full parse.</summary>
    [Theory]
    [InlineData(Page)]
    [InlineData("<p id=grüße>Straße</p><a href=\"ö ü\" id=\"😀\">y</a><img src=bild€.png><P ID='x&auml;&#x1F600;'>😀</P>")]
    [InlineData("<SCRIPT>\"<a href='drin'>\"</Script><a HREF=z>Ä</a><STYLE>a[href=\"x\"]{}</style ><Form Action='ß'></form>")]
    public void Reads_a_page_kept_as_UTF_8_as_the_full_parse_does(string html)
    {
        var facts = new HtmlAnalyzer().Analyze(new System.Buffers.ReadOnlySequence<byte>(System.Text.Encoding.UTF8.GetBytes(html)));
        var dom = new HtmlParser().ParseDocument(html);
        facts.Ids.ShouldBe(dom.All.Where(e => e.Id is { Length: > 0 }).Select(e => e.Id!).ToHashSet(), ignoreOrder: true);
        facts.References.ShouldBe(dom.All.Select(e => e.LocalName switch
            {
                "a" or "link" => e.GetAttribute("href"),
                "img" or "script" => e.GetAttribute("src"),
                "form" => e.GetAttribute("action"),
                _ => null,
            }).OfType<string>().Where(r => r.Length > 0).ToList());
    }

    /// <summary>Issue 26: with <see cref="HtmlStrings"/>, the facts are the same, and the pages analysed with them share one
    /// instance of each equal id and reference (values with entities and values longer than the stack buffer too).</summary>
    [Theory]
    [InlineData(Page)]
    [InlineData("<p id=grüße>Straße</p><a href=\"ö ü\" id=\"😀\">y</a><img src=bild€.png><P ID='x&auml;&#x1F600;'>😀</P>")]
    public void Pages_analysed_with_shared_strings_have_the_same_facts_and_one_instance_of_each_value(string html)
    {
        var page = html + "<a href=\"" + new string('ä', 700) + "\">lang</a>";
        var alone = new HtmlAnalyzer().Analyze(System.Text.Encoding.UTF8.GetBytes(page));
        var analyzer = new HtmlAnalyzer(new HtmlStrings());
        var first = analyzer.Analyze(System.Text.Encoding.UTF8.GetBytes(page));
        var second = analyzer.Analyze(page);
        foreach (var facts in new[] { first, second })
        {
            facts.Ids.ShouldBe(alone.Ids.ToList()); // in the same order
            facts.References.ShouldBe(alone.References);
        }
        first.References.Zip(second.References).ShouldAllBe(pair => ReferenceEquals(pair.First, pair.Second));
        first.Ids.Zip(second.Ids).ShouldAllBe(pair => ReferenceEquals(pair.First, pair.Second));
    }

    /// <summary>White space outside ASCII (no-break space, line separator, ideographic space) ends an attribute's name and
    /// an unquoted value, as the analyzer has always read it (<see cref="char.IsWhiteSpace(char)"/>), in a page's text
    /// and in its UTF-8 bytes alike.</summary>
    [Fact]
    public void White_space_outside_ASCII_ends_an_unquoted_value_and_a_name()
    {
        const string html = "<a href=ä\u00A0b id=x\u3000y>x</a><a\u2028href='c'>y</a><img\u00A0src\u00A0=\u00A0d>";
        foreach (var facts in new[] { new HtmlAnalyzer().Analyze(html), new HtmlAnalyzer().Analyze(System.Text.Encoding.UTF8.GetBytes(html)) })
        {
            facts.References.ShouldBe(["ä", "c", "d"]);
            facts.Ids.ShouldBe(["x"]);
        }
    }
}

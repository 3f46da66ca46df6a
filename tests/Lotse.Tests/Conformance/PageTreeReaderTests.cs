using Lotse.Features.Conformance;
using Lotse.Tests.Testing;

namespace Lotse.Tests.Conformance;

/// <summary>Issue 26: the report's static checks read each built page in one pass (<see cref="PageTreeReader"/>) instead of
/// parsing it with the full HTML parser, and find exactly what they find on the parser's tree; a page the one pass cannot
/// read exactly as the parser does is left to the parser.</summary>
public sealed class PageTreeReaderTests
{
    private static string Page(string body, string head = "<meta charset=\"utf-8\"><title>Seite &amp; mehr</title>") =>
        $"<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n{head}\n</head>\n<body>\n{body}\n</body>\n</html>\n";

    private const string Chrome = """
        <a class="skip" href="#inhalt">Zum Inhalt</a>
        <header><a href="../index.html">Start</a><svg aria-hidden="true" viewBox="0 0 2 2"><title>Logo</title><path d="M0 0"/></svg>
        <form role="search" action="suche/"><label for="q">Suche</label><input id="q" type="search" name="q"><button type="submit">Suchen</button></form>
        <button type="button" aria-controls="nav" hidden><svg><path d="M1 1"/></svg><span>Menü</span></button></header>
        <nav id="nav" aria-label="Haupt"><ul><li><a href="a/">A &#252;ber</a><ul><li><a href="b/" aria-current="page">B</a></li></ul></li></ul></nav>
        <main id="inhalt"><h1>Titel</h1>
        """;

    private const string Footer = """
        </main>
        <footer><nav aria-label="Service"><a href="impressum/">Impressum</a> <a href="karte/" rel="sitemap">Seitenübersicht</a></nav></footer>
        """;

    /// <summary>Pages as Lotse's layouts and Markdown write them, with what the checks look at: the reader reads them itself.</summary>
    public static TheoryData<string> PlainPages => new()
    {
        Page(Chrome + "<p>Text mit <a href=\"x/\">Link</a> und <em>Betonung</em>.</p>" + Footer),
        Page(Chrome + "<h2>Zwei</h2><h4>Vier</h4><h3></h3><p><img src=\"bild.gif\"><img src=\"b.png\" alt=\"\"></p>" + Footer),
        Page(Chrome + "<table>\n<thead>\n<tr>\n<th>A</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td><a href=\"y/\"></a></td>\n</tr>\n</tbody>\n</table>" + Footer),
        Page(Chrome + "<dl><dt>Begriff</dt><dd>Erklärung</dd></dl><pre>\ncode &lt;b&gt;</pre><div id=\"inhalt\"><span lang=\"xx_1\">x</span></div>" + Footer),
        Page(Chrome + "<input type=\"email\" name=\"email\"><select id=\"s\"><option>1</option></select><a href=\"#\" aria-label=\"Anders\">Sichtbar</a><button aria-labelledby=\"nav q\"></button>" + Footer),
        Page(Chrome + "<p accesskey=\"k\">x</p><embed src=\"film.swf\">" + Footer),
        Page(Chrome + "<video src=\"f.mp4\"></video><noscript><p><a href=\"z/\"></a></p></noscript>" + Footer,
            "<meta charset=\"utf-8\"><meta http-equiv=\"Refresh\" content=\"5; url=x\"><title>  T  </title><style>p{}</style><script src=\"s.js\"></script>"),
        Page("<main><h1>Ohne Kopf</h1></main>"),
    };

    /// <summary>Tag soup and what the parser reads its own way: left to the parser.</summary>
    public static TheoryData<string> PagesForTheParser => new()
    {
        Page(Chrome + "<p>Absatz<div>Block im Absatz</div></p>" + Footer),
        Page(Chrome + "<ul><li>eins<li>zwei</ul>" + Footer),
        Page(Chrome + "<table><tr><td>ohne tbody</td></tr></table>" + Footer),
        Page(Chrome + "<b><i>falsch</b></i>" + Footer),
        Page(Chrome + "<div/>x" + Footer),
        Page(Chrome + "<template><img src=\"t.png\"></template><textarea>a</textarea>" + Footer),
        Page(Chrome + "<p>&copy 2026 &amp x</p>" + Footer),
        Page(Chrome + "<h2>zwei<h3>drei</h3></h2>" + Footer),
        Page(Chrome + "<a href=\"1\"><a href=\"2\">x</a></a>" + Footer),
        Page(Chrome + "<p>&#128; &#0;</p>" + Footer),
        "<html><head><title>Ohne Doctype</title></head><body><main><h1>x</h1></main></body></html>",
        Page(Chrome + "<svg><div>raus</div></svg>" + Footer),
        Page(Chrome + "<!-->" + Footer),
    };

    [Theory]
    [MemberData(nameof(PlainPages))]
    public void A_page_as_Lotse_writes_it_is_read_in_one_pass_with_the_same_findings_as_by_the_HTML_parser(string html)
    {
        var tree = PageTreeReader.Read(html);
        Assert.NotNull(tree);
        Assert.Equal(Describe(PageChecks.Run("seite/index.html", PageTreeFromDom.Parse(html))), Describe(PageChecks.Run("seite/index.html", tree)));
    }

    [Theory]
    [MemberData(nameof(PagesForTheParser))]
    public void A_page_the_parser_reads_its_own_way_is_left_to_the_parser(string html)
    {
        Assert.Null(PageTreeReader.Read(html));
        var checkedPage = HtmlChecks.CheckPage("seite/index.html", html);
        Assert.Equal(Describe(PageChecks.Run("seite/index.html", PageTreeFromDom.Parse(html))), Describe((checkedPage.Findings.ToList(), checkedPage.Facts)));
    }

    [Fact]
    public void The_plain_pages_have_findings_so_the_comparison_can_fail()
    {
        var findings = ((IEnumerable<object[]>)PlainPages).Select(row => PageChecks.Run("seite/index.html", PageTreeReader.Read((string)row[0])!).Findings)
            .SelectMany(f => f).Select(f => f.Check).ToHashSet();
        foreach (var check in new[] { StaticCheckIds.Headings, StaticCheckIds.ImageAlt, StaticCheckIds.NoMoving, StaticCheckIds.LinkNames,
                     StaticCheckIds.DuplicateIds, StaticCheckIds.PartLanguage, StaticCheckIds.InputPurpose, StaticCheckIds.LabelInName,
                     StaticCheckIds.FormLabels, StaticCheckIds.NoAccessKeys, StaticCheckIds.NoMedia, StaticCheckIds.NoTimedRefresh,
                     StaticCheckIds.Landmarks, StaticCheckIds.SkipLink, StaticCheckIds.MultipleWays })
            Assert.Contains(check, findings);
    }

    [Fact]
    public async Task Every_page_of_the_repository_site_is_read_in_one_pass_with_the_same_findings_as_by_the_HTML_parser()
    {
        using var site = await TestSite.BuildRepositoryAsync(strict: false);
        var pages = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .Where(f => !f.Contains("gesamtausgabe", StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count > 50);
        foreach (var file in pages)
        {
            var html = File.ReadAllText(file);
            var page = Path.GetRelativePath(site.Output, file);
            var tree = PageTreeReader.Read(html);
            Assert.True(tree is not null, $"{page} was left to the HTML parser");
            Assert.Equal(Describe(PageChecks.Run(page, PageTreeFromDom.Parse(html))), Describe(PageChecks.Run(page, tree!)));
        }
    }

    /// <summary>Tags written in the ways HTML allows besides Lotse's: names in capitals, a repeated attribute (the first
    /// counts), values without quotes or in single quotes, with references, bare attributes, <c>/&gt;</c>.</summary>
    public static TheoryData<string> PagesWithTagVariants => new()
    {
        Page(Chrome + "<P CLASS=\"a\" class=\"b\" ID=x Data-X='y &amp; z' hidden>Text</P><br/><img src=bild.png alt='' /><hr >" + Footer),
        Page(Chrome + "<a href=\"x/?a=1&amp;b=2\" title=\"&lt;T&gt;\" aria-label = \"L\">Link</a><input type=\"text\" id=\"f\" disabled>" + Footer),
        Page(Chrome + "<svg viewBox=\"0 0 1 1\" aria-hidden=\"true\"><path d=\"M0 0\"/><title>T</title></svg><span lang=de-DE>x</span>" + Footer),
        Page(Chrome + "<p title=\"Grüße € 😀\" id='ß'>Straße 😀 &auml;&#x1F600;</p><a href=\"ä/ö.html\" aria-label=\"Ü\">Ü</a>" + Footer,
            "<meta charset=\"utf-8\"><title>Größe – 😀</title>"),
    };

    [Theory]
    [MemberData(nameof(PlainPages))]
    [MemberData(nameof(PagesWithTagVariants))]
    public void The_one_pass_reads_the_same_elements_attributes_and_texts_as_the_HTML_parser(string html)
    {
        var tree = PageTreeReader.Read(html);
        Assert.NotNull(tree);
        Assert.Equal(Dump(PageTreeFromDom.Parse(html).Root), Dump(tree.Root));
    }

    /// <summary>Issue 26: a built page is read from the UTF-8 bytes the build keeps it in, to the same findings as from its
    /// text, also when the full parser reads it (then the bytes are decoded for it).</summary>
    [Theory]
    [MemberData(nameof(PlainPages))]
    [MemberData(nameof(PagesWithTagVariants))]
    [MemberData(nameof(PagesForTheParser))]
    public void A_page_kept_as_UTF_8_is_checked_as_its_text(string html)
    {
        var fromBytes = HtmlChecks.CheckPage("seite/index.html", new System.Buffers.ReadOnlySequence<byte>(System.Text.Encoding.UTF8.GetBytes(html)));
        Assert.Equal(Describe(PageChecks.Run("seite/index.html", PageTreeFromDom.Parse(html))), Describe((fromBytes.Findings.ToList(), fromBytes.Facts)));
    }

    /// <summary>Issue 26: the tree keeps the attributes the checks read and no others (a class, an SVG path's data, a data
    /// attribute would be strings made for nothing), from the one pass as from the parser.</summary>
    [Fact]
    public void The_tree_keeps_only_the_attributes_the_checks_read()
    {
        var html = Page(Chrome + "<p class=\"x\" data-y=\"1\" title=\"T\" hidden>x</p>" + Footer);
        foreach (var tree in new[] { PageTreeReader.Read(html)!, PageTreeFromDom.Parse(html) })
        {
            var paragraph = tree.Elements.Single(e => e.Name == "p");
            Assert.Equal([("title", "T"), ("hidden", "")], paragraph.Attributes);
            Assert.All(tree.Elements.SelectMany(e => e.Attributes), a => Assert.Contains(a.Name, PageElement.CheckedAttributes));
        }
    }

    [Theory]
    [InlineData("<p>Text</p ><p>x</p>")]
    [InlineData("<p>Text</p class=\"x\">")]
    [InlineData("<img src=\"a\" / alt=\"b\">")]
    [InlineData("<p title=\"a<b\">x</p>")]
    [InlineData("<p title=a\u00A0b>x</p>")]
    [InlineData("<p title=a\u2003b>x</p>")]
    [InlineData("<p =x>x</p>")]
    [InlineData("<p title=\"x>y</p>")]
    public void A_tag_written_unlike_Lotse_s_and_read_its_own_way_by_the_parser_is_left_to_the_parser(string body)
    {
        var html = Page(Chrome + body + Footer);
        Assert.Null(PageTreeReader.Read(html));
    }

    /// <summary>Issue 26: a link's, button's or heading's name is checked for being empty without making it; the shortcut
    /// says so exactly when the name is empty.</summary>
    [Theory]
    [MemberData(nameof(PlainPages))]
    [MemberData(nameof(PagesWithTagVariants))]
    public void Whether_an_element_has_a_name_is_what_its_name_says(string html)
    {
        var named = Page(Chrome + "<a href=\"1\" aria-labelledby=\"leer voll\"></a><span id=\"leer\"> </span><span id=\"voll\" hidden>V</span>"
            + "<a href=\"2\" aria-labelledby=\"t\"><img alt=\" \"></a><p id=\"t\"><img alt=\"Bild\"></p><a href=\"3\" title=\" \"> <svg><title> </title></svg></a>"
            + "<button aria-label=\" \" title=\"T\"></button><a href=\"4\" aria-hidden=\"true\">x</a><h2><span aria-hidden=\"true\">x</span></h2>" + Footer);
        foreach (var page in new[] { html, named })
        {
            var tree = PageTreeReader.Read(page) ?? PageTreeFromDom.Parse(page);
            foreach (var element in tree.Elements)
            {
                Assert.Equal(AccessibleName.Of(element, tree).Length > 0, AccessibleName.HasName(element, tree));
                Assert.Equal(AccessibleName.Normalize(AccessibleName.Text(element)).Length > 0, AccessibleName.HasText(element));
            }
        }
    }

    /// <summary>The tree as text, each run of texts as one text, a run of white space alone as one space (the parser adds
    /// the line break after <c>&lt;/body&gt;</c> to the body), attribute names in lower case (the parser keeps SVG's
    /// <c>viewBox</c>; no check looks at either).</summary>
    private static string Dump(PageElement element)
    {
        var text = new System.Text.StringBuilder();
        void Write(PageElement e, int depth)
        {
            text.Append(' ', depth).Append('<').Append(e.Name);
            foreach (var (name, value) in e.Attributes) text.Append(' ').Append(name.ToLowerInvariant()).Append("=[").Append(value).Append(']');
            text.Append(">\n");
            var run = "";
            foreach (var child in e.Children)
                if (child is PageElement inner)
                {
                    Text(run, depth + 1);
                    run = "";
                    Write(inner, depth + 1);
                }
                else run += (string)child;
            Text(run, depth + 1);
        }
        void Text(string run, int depth)
        {
            if (run.Length > 0) text.Append(' ', depth).Append('[').Append(string.IsNullOrWhiteSpace(run) ? " " : run).Append("]\n");
        }
        Write(element, 0);
        return text.ToString();
    }

    private static string Describe((List<Finding> Findings, PageFacts Facts) result) =>
        string.Join("\n", result.Findings.Select(f => $"{f.Check}: {f.Message}")) + "\n" + result.Facts.Title + " header=" + result.Facts.HasHeader + "\n"
        + string.Join("\n", result.Facts.SharedLinks.Select(l => l.Target + " = " + l.Name));
}

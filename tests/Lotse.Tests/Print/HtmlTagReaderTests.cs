using Lotse.Blocks.Html;

namespace Lotse.Tests.Print;

/// <summary>Issue 26: the Gesamtausgabe's merger reads tags as positions in the page's text (no string per tag or attribute).</summary>
public sealed class HtmlTagReaderTests
{
    private static List<string> Tags(string html)
    {
        var (reader, tags) = (new HtmlTagReader(), new List<string>());
        for (var at = 0; reader.Next(html, ref at);)
        {
            var attributes = Enumerable.Range(0, reader.AttributeCount)
                .Select(k => reader.HasValue(k) ? $"{reader.AttributeName(k)}={reader.Value(k)}" : reader.AttributeName(k).ToString());
            tags.Add($"{(reader.IsEnd ? "/" : "")}{reader.Name}[{string.Join(",", attributes)}]{(reader.SelfClosing ? "/" : "")}@{reader.Start}-{reader.End}");
        }
        return tags;
    }

    [Fact]
    public void Reads_start_and_end_tags_with_their_attributes_in_every_form_and_where_they_are()
    {
        Tags("<p class=x id='a\"b' hidden data-t = \"&lt;&amp;\">T</p><br/>").ShouldBe(
            ["p[class=x,id=a\"b,hidden,data-t=<&]@0-48", "/p[]@49-53", "br[]/@53-58"]);
    }

    [Fact]
    public void Skips_comments_text_that_is_no_tag_and_the_content_of_script_and_style()
    {
        Tags("a < b <!-- <i id=x> --> <1> <script>if (a<b) x('<p>')</script><STYLE>p>i{}</style>").ShouldBe(
            ["script[]@28-36", "/script[]@53-62", "STYLE[]@62-69", "/style[]@74-82"]);
    }

    [Fact]
    public void Finds_attributes_by_name_in_any_case_the_first_of_a_repeated_one()
    {
        var reader = new HtmlTagReader();
        var at = 0;
        reader.Next("<a HREF=\"x\" href=\"y\" title>", ref at).ShouldBeTrue();
        reader.IndexOf("href").ShouldBe(0);
        reader.RawValue(reader.IndexOf("href")).ToString().ShouldBe("x");
        reader.IndexOf("title").ShouldBe(2);
        reader.IndexOfValue("title").ShouldBe(-1); // it has no value
        reader.Value(2).ShouldBeNull();
        reader.IndexOf("id").ShouldBe(-1);
    }

    [Fact]
    public void An_unclosed_tag_or_value_ends_at_the_end_of_the_text()
    {
        Tags("<p title=\"offen>x").ShouldBe(["p[title=offen>x]@0-17"]);
        Tags("<script>var a;").ShouldBe(["script[]@0-8"]);
    }
}

using Lotse.Blocks.Markdown;

namespace Lotse.Tests.Compatibility;

/// <summary>The leading title leaves the body as empty lines, so every later line keeps its number (diagnostics point
/// at the right line), and the lines it reads are those of <c>Split('\n')</c>.</summary>
public sealed class LeadingTitleRemovalTests
{
    [Theory]
    [InlineData("# Titel\n\nText.\n", "\n\nText.\n")]
    [InlineData("Titel\n=====\n\nText.\n", "\n\n\nText.\n")]
    [InlineData("Version 2.1\n\nTitel\n=====\nText.", "Version 2.1\n\n\n\nText.")]
    [InlineData("# Titel", "")]
    [InlineData("Titel\n=====", "\n")]
    public void The_title_lines_become_empty_and_the_other_lines_stay_where_they_were(string body, string expected)
    {
        var title = LeadingTitle.Find(body).ShouldNotBeNull();
        var removed = title.RemoveFrom(body);
        removed.ShouldBe(expected);
        removed.Split('\n').Length.ShouldBe(body.Split('\n').Length);
    }

    [Fact]
    public void A_title_behind_an_html_block_and_a_fenced_div_is_found_at_its_line()
    {
        var body = "<!-- Kommentar\nüber zwei Zeilen -->\n\n::: {.callout-note}\nHinweis\n:::\n\n# Titel {#t}\nText.";
        var title = LeadingTitle.Find(body).ShouldNotBeNull();
        (title.Title, title.Id, title.Line, title.LineCount).ShouldBe(("Titel", "t", 7, 1));
        title.RemoveFrom(body).ShouldBe(body.Replace("# Titel {#t}", ""));
    }

    [Fact]
    public void Lines_are_those_of_split_and_made_only_when_read()
    {
        foreach (var text in new[] { "", "a", "a\n", "\n\n", "a\r\nb\n\nc" })
        {
            var lines = new TextLines(text);
            lines.ShouldBe(text.Split('\n'));
            for (var i = 0; i < lines.Count; i++)
            {
                var (start, end) = lines.Span(i);
                text[start..end].ShouldBe(lines[i]);
            }
        }
    }
}

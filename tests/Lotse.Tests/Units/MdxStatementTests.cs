using Lotse.Blocks.Markdown;

namespace Lotse.Tests.Units;

/// <summary>Whether a page has an MDX statement is found without splitting it into lines, with the same answer as
/// looking at each line.</summary>
public sealed class MdxStatementTests
{
    [Theory]
    [InlineData("import Tabs from '@theme/Tabs';\n\n# Titel", true)]
    [InlineData("# Titel\n\nText\nexport const x = 1;", true)]
    [InlineData("Text\r\nimport\tX from 'y';\r\n", true)]
    [InlineData("# Titel\n\nWir importieren Daten. import ist ein Wort.", false)]
    [InlineData("import\nfoo", false)] // the keyword alone on its line: the next line is not its statement
    [InlineData("import \nfoo", false)]
    [InlineData("export\r\nconst x = 1;", false)]
    [InlineData(" import X from 'y';", false)] // indented: not at the start of the line
    [InlineData("importX from 'y';", false)]
    [InlineData("", false)]
    public void Any_line_starting_a_statement_is_found_as_line_by_line(string text, bool expected)
    {
        MdxStatement.StartsAnyLine(text).ShouldBe(expected);
        text.Split('\n').Any(MdxStatement.StartsAt).ShouldBe(expected);
    }

    [Fact]
    public void Random_texts_give_the_line_by_line_answer()
    {
        var random = new Random(26);
        string[] pieces = ["import", "export", " ", "\t", "\r", "\n", "x", "{", "ä", "\u00a0", "\u2028"];
        for (var n = 0; n < 20_000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 9)).Select(_ => pieces[random.Next(pieces.Length)]));
            MdxStatement.StartsAnyLine(text).ShouldBe(text.Split('\n').Any(MdxStatement.StartsAt), $"text: {System.Text.Json.JsonSerializer.Serialize(text)}");
        }
    }
}

using System.Text;
using Lotse.Blocks.Data;

namespace Lotse.Tests.Units;

public sealed class YamlReaderTests
{
    [Fact]
    public void Reads_plain_values_in_file_order()
    {
        var value = YamlReader.Parse("title: A\norder: 3\nquote: '3'\nok: true\nnone: ~\nlist: [a, 1.5]\n", out var error);
        error.ShouldBeNull();
        var map = value.ShouldBeOfType<Dictionary<string, object?>>();
        map.Keys.ShouldBe(["title", "order", "quote", "ok", "none", "list"]);
        map["order"].ShouldBe(3L);
        map["quote"].ShouldBe("3");
        map["ok"].ShouldBe(true);
        map["none"].ShouldBeNull();
        map["list"].ShouldBe(new List<object?> { "a", 1.5 });
    }

    [Fact]
    public void An_alias_bomb_stops_with_an_error_instead_of_eating_memory()
    {
        var yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 10; i++)
            yaml.Append($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n");
        YamlReader.Parse(yaml.ToString(), out var error).ShouldBeNull();
        error!.Message.ShouldContain("alias bomb");
    }

    [Fact]
    public void Nesting_ten_thousand_levels_deep_is_an_error_not_a_crash()
    {
        var yaml = new string('[', 10_000) + new string(']', 10_000);
        YamlReader.Parse(yaml, out var error).ShouldBeNull();
        error!.Message.ShouldBe($"The YAML is nested deeper than {YamlReader.MaxDepth} levels");
    }

    [Fact]
    public void Duplicate_keys_are_an_error_with_a_position()
    {
        YamlReader.Parse("a: 1\na: 2\n", out var error);
        error.ShouldBe(new YamlError(2, 4, "The key 'a' appears twice"));
    }

    /// <summary>Found by the property tests: YamlDotNet's parser threw InvalidOperationException here, which
    /// stopped the build with a stack trace (for a data file, <c>_dir.yml</c> or <c>lotse.yml</c>).</summary>
    [Theory]
    [InlineData("...\n*a")]
    [InlineData("...\n*aLeistung-1.5")]
    public void An_alias_after_the_document_end_is_an_error_not_a_crash(string yaml)
    {
        YamlReader.Parse(yaml, out var error).ShouldBeNull();
        error.ShouldNotBeNull().Message.ShouldStartWith("The YAML cannot be read");
        error.Line.ShouldBe(1);
    }

    /// <summary>Found by the property tests: YamlDotNet threw ArgumentOutOfRangeException for the second half of a
    /// surrogate pair written as an escape and followed by another escape, which stopped the build with a stack trace.</summary>
    [Theory]
    [InlineData("title: \"\\uDC00\\u0041\"")]
    [InlineData("title: \"{{\\uDC00\\u00DCbersicht\"")]
    public void A_lone_low_surrogate_escape_is_an_error_not_a_crash(string yaml)
    {
        YamlReader.Parse(yaml, out var error).ShouldBeNull();
        error.ShouldNotBeNull().Message.ShouldBe(
            "The YAML cannot be read (a \\u escape is half of a character (a surrogate such as \\uDC00 without its partner); write the character itself)");
    }
}

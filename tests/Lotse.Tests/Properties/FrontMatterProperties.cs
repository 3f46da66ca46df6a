using System.Globalization;
using System.Text;
using CsCheck;
using Lotse.Blocks.Data;

namespace Lotse.Tests.Properties;

/// <summary>Front matter splitting and the YAML reader behind it, with generated files.</summary>
public sealed class FrontMatterProperties
{
    /// <summary>Any text except lone surrogates (a source file is UTF-8, which cannot hold them).</summary>
    private static readonly Gen<string> ValidText = FuzzText.Soup(
        Gen.Frequency((5, FuzzText.Word), (3, FuzzText.YamlPiece), (2, FuzzText.Awkward.Where(a => !HasLoneSurrogate(a)))), 12);

    private static readonly Gen<Dictionary<string, string>> Map =
        Gen.Dictionary(ValidText.Where(k => k.Length > 0), ValidText)[0, 6];

    [Fact]
    public void A_yaml_map_and_a_body_split_back_into_the_same_yaml_body_and_lines() =>
        Gen.Select(Map, FuzzText.Markdown, Gen.OneOf("---", "..."), Gen.Bool).Sample((map, body, closing, crlf) =>
        {
            var yaml = string.Concat(map.Select(p => Quoted(p.Key) + ": " + Quoted(p.Value) + "\n"));
            var text = (crlf ? "---\r\n" : "---\n") + yaml + closing + (crlf ? "\r\n" : "\n") + body;

            var split = FrontMatter.Split(text).ShouldNotBeNull();

            split.Yaml.ShouldBe(yaml);
            split.YamlFirstLine.ShouldBe(2);
            split.Body.ShouldBe(body);
            split.BodyFirstLine.ShouldBe(map.Count + 3);
            var parsed = YamlReader.Parse(yaml, out var error);
            error.ShouldBeNull();
            if (map.Count == 0) parsed.ShouldBeNull();
            else parsed.ShouldBeOfType<Dictionary<string, object?>>().ShouldBe(map.Select(p => KeyValuePair.Create(p.Key, (object?)p.Value)));
        }, iter: FuzzIterations.Of(1000), print: x => FuzzPrint.Show(x));

    [Fact]
    public void Text_without_a_leading_fence_is_all_body() =>
        FuzzText.Markdown.Where(t => !t.StartsWith("---", StringComparison.Ordinal)).Sample(text =>
        {
            var split = FrontMatter.Split(text).ShouldNotBeNull();
            split.Yaml.ShouldBeNull();
            split.Body.ShouldBe(text);
            split.BodyFirstLine.ShouldBe(1);
        }, iter: FuzzIterations.Of(1000));

    [Fact]
    public void Any_file_splits_without_exceptions_and_the_parts_add_up_to_the_file() =>
        Gen.Select(FuzzText.Yaml, FuzzText.Markdown, Gen.Int[0, 3]).Select((yaml, body, shape) => shape switch
        {
            0 => "---\n" + yaml + "\n---\n" + body,
            1 => "---\n" + yaml,
            2 => "---" + yaml + body,
            _ => yaml + body,
        }).Sample(text =>
        {
            var split = FrontMatter.Split(text);
            if (split is null)
            {
                text.ShouldStartWith("---");
                text.Split('\n').Skip(1).ShouldNotContain(line => line.TrimEnd('\r', ' ', '\t') == "---" || line.TrimEnd('\r', ' ', '\t') == "...");
                return;
            }
            if (split.Yaml is null)
            {
                split.Body.ShouldBe(text);
                split.BodyFirstLine.ShouldBe(1);
                return;
            }
            text.ShouldEndWith(split.Body);
            var head = text[..^split.Body.Length];
            head.ShouldStartWith("---");
            head[head.IndexOf('\n')..].ShouldStartWith("\n" + split.Yaml);
            if (head.EndsWith('\n')) split.BodyFirstLine.ShouldBe(1 + head.Count(c => c == '\n'));
        }, iter: FuzzIterations.Of(2000), print: x => FuzzPrint.Show(x));

    [Fact]
    public void Any_yaml_reads_to_plain_values_or_an_error_inside_the_text() =>
        FuzzText.Yaml.Sample(yaml =>
        {
            var value = YamlReader.Parse(yaml, out var error);
            if (error is null)
            {
                value.ShouldSatisfyAllConditions(() => IsPlain(value).ShouldBeTrue());
                return;
            }
            value.ShouldBeNull();
            error.Message.ShouldNotBeNullOrWhiteSpace();
            error.Line.ShouldBeInRange(1, yaml.Count(c => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029') + 2);
        }, iter: FuzzIterations.Of(2000), print: x => FuzzPrint.Show(x));

    /// <summary>A YAML double-quoted scalar that holds exactly <paramref name="value"/>; everything but printable
    /// ASCII is escaped, so the YAML itself is plain ASCII.</summary>
    private static string Quoted(string value)
    {
        var sb = new StringBuilder("\"");
        foreach (var rune in value.EnumerateRunes())
        {
            if (rune.Value is '"' or '\\') sb.Append('\\').Append((char)rune.Value);
            else if (rune.Value is >= 0x20 and < 0x7F) sb.Append((char)rune.Value);
            else if (rune.IsBmp) sb.Append("\\u").Append(rune.Value.ToString("X4", CultureInfo.InvariantCulture));
            else sb.Append("\\U").Append(rune.Value.ToString("X8", CultureInfo.InvariantCulture));
        }
        return sb.Append('"').ToString();
    }

    private static bool IsPlain(object? value) => value switch
    {
        null or string or bool or long or double => true,
        List<object?> list => list.All(IsPlain),
        Dictionary<string, object?> map => map.Values.All(IsPlain),
        _ => false,
    };

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (char.IsSurrogate(text[i])) return true;
        }
        return false;
    }
}

using CsCheck;
using Lotse.Blocks.Data;

namespace Lotse.Tests.Properties;

/// <summary>The YAML fast path (<see cref="SimpleYaml"/>) against YamlDotNet: whatever it accepts, YamlDotNet reads
/// without an error to exactly the same values (same types, same order); whatever else, it declines, so the
/// values and the errors stay YamlDotNet's.</summary>
public sealed class SimpleYamlProperties
{
    private static readonly Gen<string> Key = Gen.Frequency(
        (12, Gen.OneOf("title", "description", "weight", "tags", "roles", "stand", "draft", "a", "_x", "a-b", "A1", "url", "aliases")),
        (1, Gen.OneOf("true", "null", "Null", "1", "007", "1.5", "-x", "a b", "<<", "k#", "ä", "x:y", "\"q\"", "'q'", "?", "")));

    private static readonly Gen<string> Separator = Gen.Frequency(
        (12, Gen.Const(": ")), (1, Gen.OneOf(":", ":  ", " : ", ":\t", "\t: ")));

    /// <summary>Scalars, mostly simple ones, with the forms YAML reads specially among them.</summary>
    private static readonly Gen<string> Scalar = Gen.Frequency(
        (6, Gen.OneOf("Antrag stellen", "Digitalisierung zum Prozessmodell", "\"Der Basisdienst fordert an.\"", "'einfach'", "x",
            "é", "Straße", "Übersicht", "2024-01-15", "1", "a, b", "a - b", "https://example.org/a?b=c", "C:\\Pfad")),
        (3, Gen.OneOf("~", "null", "NULL", "true", "True", "TRUE", "false", "yes", "no", "on", "-1", "+1", "007", "0x10",
            "1.5", "-1.5", ".5", "1e3", "1.0e3", ".inf", "-.inf", ".nan", "1_000", "12:30", "1:2:3", "a:b", "C#", "a#b", "\"it's\"",
            "'say \"hi\"'", "'a\\b'", "\"a\"  ", "-x", ":x", "?x", "a [b]", "a {b}", "\u00A0x", "x\u00A0", "x ", "x  ", "a  b",
            "\\", "a\\b", "a: b", "a:", "...x", "---x", "- - x", "a'b", "a\"b", "\"\"", "''", "\"#\"", "'a: b'", "-.5", "+.5", "1.", "1.2.3",
            "0", "-0", "0.0", "9223372036854775807", "9223372036854775808", "1e400", "\u00E4\u00F6\u00FC", "\"\u00E9\"", "\u20AC", "%x ok")),
        (1, Gen.OneOf("", " ", "a #c", "#c", "'q", "\"a\\\"b\"", "\"a\\nb\"", "'it''s'", "\"unclosed", "'unclosed", "\"a\" b",
            "'a' b", "[a, b]", "{a: 1}", "- x", "-", "?", "? x", ": x", "&a x", "*a", "!str x", "!!str 1", "|", ">", "|-", "%x", "@x",
            "`x`", ",x", "\u2028", "\u0085", "\uFEFFx", "\uD83D\uDE00", "\t", "a\tb", "--- x", "...")));

    private static readonly Gen<string> Indent = Gen.Frequency((6, Gen.OneOf("", "  ", "    ", " ")), (1, Gen.Const("\t")));

    /// <summary>One entry: a key with a scalar, an empty value, or a block list of items.</summary>
    private static readonly Gen<string> Entry = Gen.Frequency(
        (6, Gen.Select(Key, Separator, Scalar).Select((k, s, v) => k + s + v + "\n")),
        (1, Key.Select(k => k + ":\n")),
        (3, Gen.Select(Key, Indent, Scalar.Array[1, 4], Gen.Int[0, 19]).Select((k, indent, items, odd) =>
            k + ":\n" + string.Concat(items.Select((item, i) =>
                (odd == i ? indent + " " : indent) + (odd == 5 ? "-" : "- ") + item + "\n" + (odd == 7 && i == 0 ? "\n" : ""))))),
        (1, Gen.OneOf("\n", "\n", "\n", "# Kommentar\n", "  fortsetzung\n", "    - tief\n", "- lose\n", "---\n", "...\n", "%YAML 1.2\n", "  \n", "\t\n", "\r\n")));

    private static readonly Gen<string> SimpleLookingYaml = Entry.Array[0, 8].Select(entries => string.Concat(entries));

    [Fact]
    public void What_the_fast_path_accepts_YamlDotNet_reads_to_the_same_values_without_an_error() =>
        Gen.Frequency((8, SimpleLookingYaml), (2, FuzzText.Yaml), (1, SimpleLookingYaml.Select(y => y.TrimEnd('\n'))))
            .Sample(yaml =>
            {
                if (!SimpleYaml.TryParse(yaml, out var fast)) return;
                var slow = YamlReader.ParseWithYamlDotNet(yaml, out var error);
                error.ShouldBeNull();
                Show(fast).ShouldBe(Show(slow));
            }, iter: FuzzIterations.Of(20000), print: x => FuzzPrint.Show(x));

    [Fact]
    public void The_reader_gives_YamlDotNets_values_and_errors_for_any_yaml() =>
        Gen.Frequency((8, SimpleLookingYaml), (2, FuzzText.Yaml)).Sample(yaml =>
        {
            var value = YamlReader.Parse(yaml, out var error);
            var expected = YamlReader.ParseWithYamlDotNet(yaml, out var expectedError);
            error.ShouldBe(expectedError);
            Show(value).ShouldBe(Show(expected));
        }, iter: FuzzIterations.Of(5000), print: x => FuzzPrint.Show(x));

    [Fact]
    public void Front_matter_as_editors_write_it_takes_the_fast_path()
    {
        const string yaml = """
            title: "Digitalisierung zum Prozessmodell"
            description: 'Der Basisdienst fordert das Unternehmen an.'
            weight: 53
            draft: false
            stand: 2026-01-15
            tags:
              - efa
              - nutzerkonto
            roles:
            - land
            - bund
            glossar:
            quelle: https://example.org/a?b=c

            ratio: 1.5
            """;
        SimpleYaml.TryParse(yaml, out var map).ShouldBeTrue();
        Show(map).ShouldBe(Show(YamlReader.ParseWithYamlDotNet(yaml, out var error)));
        error.ShouldBeNull();
        map!["weight"].ShouldBe(53L);
        map["ratio"].ShouldBe(1.5);
        map["draft"].ShouldBe(false);
        map["glossar"].ShouldBeNull();
        map["tags"].ShouldBeOfType<List<object?>>().ShouldBe(["efa", "nutzerkonto"]);
        map["roles"].ShouldBeOfType<List<object?>>().ShouldBe(["land", "bund"]);
    }

    [Theory]
    [InlineData("title: a\ntitle: b\n")]
    [InlineData("title: a # Kommentar\n")]
    [InlineData("title: \"a\\tb\"\n")]
    [InlineData("title: a\n  fortsetzung\n")]
    [InlineData("tags:\n  - a\n   - b\n")]
    [InlineData("nested:\n  key: value\n")]
    [InlineData("true: x\n")]
    [InlineData("")]
    public void Anything_else_is_left_to_YamlDotNet(string yaml) =>
        SimpleYaml.TryParse(yaml, out _).ShouldBeFalse();

    /// <summary>The value with its types spelled out, so that 1 (long) and "1" (string) differ.</summary>
    private static string Show(object? value) => value switch
    {
        null => "null",
        string s => "s:" + s,
        bool b => "b:" + b,
        long l => "l:" + l,
        double d => "d:" + d.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        List<object?> list => "[" + string.Join(", ", list.Select(Show)) + "]",
        Dictionary<string, object?> map => "{" + string.Join(", ", map.Select(p => p.Key + "=" + Show(p.Value))) + "}",
        _ => "?" + value.GetType().Name,
    };
}

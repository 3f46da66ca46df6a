using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CsCheck;
using Lotse.Tests.Testing;

namespace Lotse.Tests.Properties;

/// <summary>Whole builds of generated mini-sites: random titles, front matter, folder defaults, data files and
/// bodies. Whatever the content, the build ends with a result and diagnostics, never an exception.</summary>
public sealed partial class WholeSiteProperties
{
    private static readonly string[] PagePaths = ["index.md", "a.md", "teil/index.md", "teil/b.md", "faq/index.md", "faq/frage.md", "teil/tief/c.md"];

    private static readonly Gen<string> Title = FuzzText.Soup(Gen.Frequency((4, FuzzText.Word), (1, FuzzText.Awkward), (1, Gen.OneOf(" ", ":", "#", "\"", "{{", "}}", "<b>", "-"))), 6);

    private static readonly Gen<string> FrontMatterValue = Gen.OneOf(
        "order: 3", "order: zwei", "draft: true", "draft: ja", "layout: page", "layout: gibt-es-nicht", "description: Eine Seite",
        "aliases: [alt/seite.html]", "aliases: [a.md]", "tags: [OZG, EfA]", "tags: OZG", "nav: false", "stand: 2026-01-01", "stand: gestern",
        "pruefen_bis: 2020-01-01", "pruefen_bis: bald", "verantwortlich: Referat 1", "quellen: [https://example.org]", "url: /x/", "toc: 1",
        "rollen: [kommune]", "gesamtausgabe: false", "title: [liste]", "title: 17", "title:", "weight: 1.5");

    private static readonly Gen<string> FrontMatter = Gen.Frequency(
        (3, Gen.Select(Title, FrontMatterValue.Array[0, 4], (title, values) =>
            "---\ntitle: " + Quoted(title) + "\n" + string.Concat(values.Select(v => v + "\n")) + "---\n")),
        (1, FrontMatterValue.Array[0, 3].Select(values => "---\n" + string.Concat(values.Select(v => v + "\n")) + "---\n")),
        (1, FuzzText.Yaml.Select(yaml => "---\n" + yaml + "\n---\n")),
        (1, FuzzText.Yaml.Select(yaml => "---\n" + yaml)),
        (2, Gen.Const("")));

    private static readonly Gen<string> Link = Gen.Select(Gen.OneOf(PagePaths.Concat(["fehlt.md", "../raus.md", "bild.png", ""]).ToArray()),
        Gen.OneOf("", "#oben", "#abschnitt", "#uebersicht"), (path, anchor) => $" [Verweis]({path}{anchor}) ");

    private static readonly Gen<string> Body = FuzzText.Soup(Gen.Frequency((8, FuzzText.MarkdownPiece), (5, FuzzText.Word), (1, FuzzText.Awkward), (2, Link),
        (1, Gen.OneOf("\n::: checkliste id=\"liste\" titel=\"Liste\"\n- [ ] Aufgabe {#aufgabe rollen=\"kommune\" dimension=\"technisch\"}\n:::\n",
            "\n## Übersicht\n", "\n# Titel aus Überschrift\n", "{{ page.title }}", "{% raw %}"))), 50);

    private static readonly Gen<string> Page = Gen.Select(FrontMatter, Body, (frontMatter, body) => frontMatter + body);

    private static readonly Gen<string> Extras = Gen.OneOf(
        "", "-- content/_data/rollen.yml --\n- id: kommune\n  name: Kommune\n",
        "-- content/teil/_dir.yml --\nlayout: page\norder: 2\n", "-- content/teil/_dir.yml --\n: kaputt: [\n",
        "-- content/_data/nav.yml --\n- teil\n- fehlt\n", "-- content/_data/liste.yml --\n...\n*a\n", "-- content/_data/zahlen.json --\n{\"a\": [1, 2\n",
        "-- content/_data/tabelle.csv --\na,b\n1,\"2\n");

    private static readonly Gen<(string Path, string Text)[]> Pages =
        Gen.Select(Gen.Int[0, PagePaths.Length - 1], Page).Array[1, 5]
            .Select(pages => pages.DistinctBy(p => p.Item1).Select(p => (PagePaths[p.Item1], p.Item2)).ToArray());

    [Fact]
    public Task A_random_site_builds_to_a_result_with_diagnostics_never_an_exception() =>
        Gen.Select(Pages, Extras, Gen.Bool).SampleAsync(async (pages, extras, write) =>
        {
            // Source files are UTF-8, which cannot hold a lone surrogate; broken bytes are the catalogue's subject (BadInputs).
            var files = WithoutLoneSurrogates(string.Concat(pages.Select(p => $"-- content/{p.Path} --\n{p.Text}\n")) + extras);
            using var build = await TestSite.BuildAsync(files, write: write);

            var diagnostics = build.Result.Diagnostics;
            if (!build.Result.Succeeded) build.Result.Errors.ShouldNotBeEmpty(string.Join('\n', build.Diagnostics));
            diagnostics.ShouldAllBe(d => DiagnosticCode().IsMatch(d.Code));
            diagnostics.ShouldAllBe(d => d.Path.Length > 0 && d.Line >= 0 && d.Column >= 0 && d.Message.Length > 0);
            if (build.Result.Succeeded && write)
                foreach (var file in build.Result.WrittenFiles) build.Exists(file).ShouldBeTrue(file);
        }, iter: FuzzIterations.Of(40, divisor: 20), threads: 1, print: x => x.Item2 + string.Concat(x.Item1.Select(p => $"-- content/{p.Path} --\n{p.Text}\n")));

    /// <summary>Found by this property: a data file that YamlDotNet's parser failed on with an exception stopped the build.</summary>
    [Fact]
    public async Task A_data_file_with_an_alias_after_the_document_end_is_reported()
    {
        using var build = await TestSite.BuildAsync("""
            -- content/index.md --
            # Start
            -- content/_data/liste.yml --
            ...
            *a
            """);
        build.Result.Succeeded.ShouldBeFalse();
        build.Diagnostics.ShouldHaveSingleItem().ShouldStartWith("content/_data/liste.yml(1,1): error LOT0105: The data file does not parse: The YAML cannot be read");
    }

    /// <summary>Found by this property: a title escape for half a surrogate pair made YamlDotNet throw, which stopped the build.</summary>
    [Fact]
    public async Task A_title_with_half_a_surrogate_pair_is_reported()
    {
        using var build = await TestSite.BuildAsync("""
            -- content/index.md --
            ---
            title: "\uDC00\u0041"
            ---
            Text
            """);
        build.Result.Succeeded.ShouldBeFalse();
        build.Diagnostics.ShouldHaveSingleItem().ShouldStartWith("content/index.md(");
        build.Diagnostics.Single().ShouldContain("error LOT0101: Invalid YAML in the front matter: The YAML cannot be read (a \\u escape is half of a character");
    }

    [GeneratedRegex("^LOT[0-9]{4}$")]
    private static partial Regex DiagnosticCode();

    private static string WithoutLoneSurrogates(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) sb.Append(text, i++, 2);
            else sb.Append(char.IsSurrogate(text[i]) ? '\uFFFD' : text[i]);
        }
        return sb.ToString();
    }

    private static string Quoted(string value)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in value)
        {
            if (c is '"' or '\\') sb.Append('\\').Append(c);
            else if (c is >= ' ' and < '\u007F') sb.Append(c);
            else sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }
        return sb.Append('"').ToString();
    }
}

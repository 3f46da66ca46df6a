using System.Text.RegularExpressions;
using Lotse.Blocks.Html;
using Lotse.Blocks.Templates;
using Lotse.Tests.Testing;
using Scriban;
using Scriban.Runtime;
using Shouldly;

namespace Lotse.Tests.Inputs;

/// <summary>Issue 19, point 1: every URL Lotse writes into HTML goes through one URL helper (<see cref="HtmlUrl"/>: scheme
/// allow-list, then the one attribute escaper <see cref="HtmlEscape"/>): in templates (every <c>{{ … }}</c> that starts an
/// <c>href</c>/<c>src</c> value) and in the C# that writes HTML. The source scan fails when new code writes a URL attribute
/// some other way.</summary>
public sealed partial class UrlHelperTests
{
    [Theory]
    [InlineData("javascript:alert(1)", "#")]
    [InlineData(" JaVa\tScRiPt:alert(1)", "#")]
    [InlineData("data:text/html,<b>x</b>", "#")]
    [InlineData("vbscript:x", "#")]
    [InlineData("ftp://example.org/", "#")]
    [InlineData("https://example.org/?a=1&b=\"2\"", "https://example.org/?a=1&amp;b=&quot;2&quot;")]
    [InlineData("mailto:a@example.org", "mailto:a@example.org")]
    [InlineData("tel:+49123", "tel:+49123")]
    [InlineData("../a/index.html#teil", "../a/index.html#teil")]
    [InlineData("#teil", "#teil")]
    public void The_url_helper_allows_relative_http_https_mailto_tel_and_escapes(string url, string written) =>
        HtmlUrl.Attribute(url).ShouldBe(written);

    [Fact]
    public void A_template_value_that_starts_a_url_attribute_goes_through_the_url_helper()
    {
        var template = Template.Parse("""
            <a href="{{ x }}">{{ x }}</a> <a href="{{ x | html.escape }}">p</a> <img src="{{ f x }}"> <a title="{{ x }}">t</a> <a href="{{ ok }}">o</a>
            """);
        AutoEscape.Apply(template);
        var globals = new ScriptObject { ["x"] = "javascript:alert(\"1\")", ["ok"] = "https://example.org/?a=1&b=2" };
        globals.Import("f", new Func<string, string>(s => s));
        AutoEscape.AddTo(globals);
        var context = new TemplateContext();
        context.PushGlobal(globals);
        template.Render(context).ShouldBe(
            "<a href=\"#\">javascript:alert(&quot;1&quot;)</a> <a href=\"#\">p</a> <img src=\"#\"> <a title=\"javascript:alert(&quot;1&quot;)\">t</a> <a href=\"https://example.org/?a=1&amp;b=2\">o</a>");
    }

    /// <summary>Places that write a URL attribute without the helper on purpose, each with its reason.</summary>
    private static readonly Dictionary<string, string> Exempt = new(StringComparer.Ordinal)
    {
        // The sidebar's fast path appends a relative URL made from an output path only when it has no character to
        // escape and no ':' (so no scheme); anything else goes through HtmlUrl.Append.
        ["Site/Navigation/SidebarHtml.cs"] = "Url(html, node.Page.OutputPath, at)",
    };

    [Fact]
    public void No_code_writes_a_url_attribute_past_the_helper()
    {
        var folder = Path.Combine(TestSite.RepositoryRoot, "generator", "Lotse");
        var problems = new List<string>();
        var files = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .ToList();
        files.Count.ShouldBeGreaterThan(100);
        var scanned = 0;
        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
            var text = string.Join('\n', File.ReadAllLines(file).Select(l => l.TrimStart().StartsWith("//", StringComparison.Ordinal) ? "" : l));
            if (relative != "Blocks/Html/HtmlUrl.cs" && text.Contains("WriteEscapeUrl(", StringComparison.Ordinal))
                problems.Add($"{relative}: Markdig's WriteEscapeUrl writes a URL without the scheme check; use HtmlUrl.WriteUrl");
            if (relative != "Blocks/Html/HtmlEscape.cs" && (text.Contains("HtmlEncode(", StringComparison.Ordinal) || text.Contains("\"&amp;\"", StringComparison.Ordinal)))
                problems.Add($"{relative}: escapes HTML by itself; use HtmlEscape (the one attribute helper) or HtmlUrl");
            foreach (Match match in UrlAttribute().Matches(text))
            {
                scanned++;
                var after = text[(match.Index + match.Length)..];
                var closed = match.Value.EndsWith('\\' + "\"", StringComparison.Ordinal) ? EscapedConstant() : RawConstant();
                if (closed.IsMatch(after) || after.StartsWith('#')) continue; // a constant URL or a fragment
                if (Helper().IsMatch(after)) continue; // the very next thing written is the helper's result
                if (Interpolated().Match(after) is { Success: true } hole &&
                    (Regex.IsMatch(text, $@"var {hole.Groups[1].Value} = HtmlUrl\.") || Regex.IsMatch(text, $@"const string {hole.Groups[1].Value}\b"))) continue;
                if (Exempt.TryGetValue(relative, out var exempt) && text.Contains(exempt, StringComparison.Ordinal)) continue;
                var line = text[..match.Index].Count(c => c == '\n') + 1;
                problems.Add($"{relative}({line}): '{match.Value}' is followed by a URL that does not go through HtmlUrl (Attribute, Append, WriteUrl) or UrlPolicy.Safe");
            }
        }
        scanned.ShouldBeGreaterThan(20, "the scan found the places that write URL attributes");
        problems.ShouldBeEmpty();
    }

    [GeneratedRegex(@"\b(?:href|src|action|formaction|poster)=\\?""")]
    private static partial Regex UrlAttribute();

    /// <summary>A URL that ends inside the same literal (<c>href=\"pruefbericht.json\"</c>, <c>action=\"#\"</c>).</summary>
    [GeneratedRegex(@"^[^""{\\]*\\""")]
    private static partial Regex EscapedConstant();

    /// <summary>The same in a raw or verbatim string (<c>href="x.css"</c>).</summary>
    [GeneratedRegex(@"^[^""{\\]*""")]
    private static partial Regex RawConstant();

    [GeneratedRegex(@"^(?:""\)\s*\.(?:Append|Write)\(\s*(?:HtmlUrl\.Attribute|UrlPolicy\.Safe)\(|""\)\s*\.WriteUrl\(|\{HtmlUrl\.Attribute\()")]
    private static partial Regex Helper();

    [GeneratedRegex(@"^\{(\w+)\}")]
    private static partial Regex Interpolated();
}

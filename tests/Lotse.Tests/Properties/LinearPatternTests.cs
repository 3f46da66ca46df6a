using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Lotse.Blocks.Markdown;
using Lotse.Site.Modules;
using Lotse.Tests.Testing;

namespace Lotse.Tests.Properties;

/// <summary>Issue 19, point 5: the patterns that read a reader's text (a title line, a callout's title, the 404 page, raw
/// HTML) take linear time. Each was a backtracking expression that took time quadratic in a run of spaces or of text
/// without a tag (minutes for 200,000 characters); now they are NonBacktracking or a single walk, with the same results as
/// before.</summary>
[Collection(nameof(TimeMeasurement))]
public sealed class LinearPatternTests
{
    /// <summary>What the former expressions took for the inputs below was minutes; a linear pass takes milliseconds, so
    /// this bound holds on a loaded machine and fails for the quadratic ones.</summary>
    private static readonly TimeSpan AtMost = TimeSpan.FromSeconds(5);

    private static readonly string Spaces = new(' ', 200_000);

    private static T Timed<T>(Func<T> run)
    {
        var clock = Stopwatch.StartNew();
        var result = run();
        clock.Elapsed.ShouldBeLessThan(AtMost);
        return result;
    }

    [Fact]
    public void A_title_line_with_a_long_run_of_spaces_is_read_in_linear_time()
    {
        var found = Timed(() => LeadingTitle.Find("# Titel" + Spaces + "Ende" + Spaces + "x\n\nText\n"));
        found.ShouldNotBeNull().Title.ShouldBe("Titel" + Spaces + "Ende" + Spaces + "x");
        Timed(() => LeadingTitle.Find("# Titel {#anker}" + Spaces + "x\n")).ShouldNotBeNull().Id.ShouldBeNull();
        Timed(() => LeadingTitle.Find("# Titel" + Spaces + "{#anker}\n")).ShouldNotBeNull().Id.ShouldBe("anker");
    }

    [Fact]
    public void The_404_page_with_long_text_outside_tags_is_rewritten_in_linear_time()
    {
        var text = string.Concat(Enumerable.Repeat(" href=\"x\" wort", 40_000));
        var html = "<p>" + "<a href=\"a/\">a</a>" + "</p><p>" + text + "</p>" + "<img src=\"b.png\">";
        Timed(() => RootNotFoundPage.Rewrite(html, "/")).ShouldBe("<p><a href=\"/a/\">a</a></p><p>" + text + "</p><img src=\"/b.png\">");
    }

    [Fact]
    public async Task A_callout_title_and_raw_html_with_long_runs_are_built_in_linear_time()
    {
        var clock = Stopwatch.StartNew();
        using var site = await TestSite.BuildAsync($"""
            -- content/index.md --
            # Start

            ::: hinweis Titel{Spaces}x
            Text.
            :::

            <div class="a" title="{Spaces}x" {string.Concat(Enumerable.Repeat("<a", 20_000))}
            """);
        clock.Elapsed.ShouldBeLessThan(AtMost * 4); // the whole build, not one pattern
        site.Result.Succeeded.ShouldBeTrue(string.Join("\n", site.Diagnostics));
    }

    /// <summary>The 404 page's rewrite gives what the former look-behind expression gave, on random tag soup.</summary>
    [Fact]
    public void The_404_rewrite_gives_what_the_former_expression_gave()
    {
        string[] parts = ["<", ">", " ", "\t", "href=\"", "src=\"", "action=\"", "\"", "a", "./", ".", "http://x", "#", "<a ", "b/"];
        var random = new Random(19);
        for (var n = 0; n < 20_000; n++)
        {
            var html = new StringBuilder();
            for (var i = random.Next(30); i > 0; i--) html.Append(parts[random.Next(parts.Length)]);
            var text = html.ToString();
            RootNotFoundPage.Rewrite(text, "/b/").ShouldBe(FormerRewrite(text, "/b/"), text);
        }
    }

    private static string FormerRewrite(string html, string basePath) =>
        Regex.Replace(html, @"(?<=<[^<>]*\s)(?<name>href|src|action)=""(?<url>[^""]*)""", match =>
        {
            var url = match.Groups["url"].Value;
            var relative = url.Length != 0 && url[0] is not ('/' or '#' or '?') && !Regex.IsMatch(url, @"^[A-Za-z][A-Za-z0-9+.\-]*:")
                && !url.StartsWith("../", StringComparison.Ordinal);
            if (!relative) return match.Value;
            var path = url.StartsWith("./", StringComparison.Ordinal) ? url[2..] : url == "." ? "" : url;
            return match.Groups["name"].Value + "=\"" + basePath + path + "\"";
        });

    /// <summary>The expressions made NonBacktracking match what they matched before (same match, same groups) on random
    /// text of their own characters.</summary>
    [Theory]
    [InlineData(@"^ {0,3}#(?:[ \t]+(?<text>.*?))?(?:[ \t]+#+)?[ \t]*$", RegexOptions.None, " #\ta{}")]
    [InlineData(@"[ \t]*\{(?<attrs>[^{}]*)\}[ \t]*$", RegexOptions.None, " \t{}#a.")]
    [InlineData(@"\s*\{[^{}]*\}\s*$", RegexOptions.None, " \t\n{}#a")]
    [InlineData(@"<(?<tag>[A-Za-z][A-Za-z0-9-]*)(?<attrs>(?:[^>""']|""[^""]*""|'[^']*')*)>", RegexOptions.Singleline, "<>\"' a=b1-")]
    [InlineData(@"^(?<key>site_name|docs_dir):\s*(?<value>.+?)\s*$", RegexOptions.Multiline, "site_name:docs_dir \n\ta\"")]
    public void NonBacktracking_gives_the_same_matches(string pattern, RegexOptions options, string alphabet)
    {
        var before = new Regex(pattern, options);
        var now = new Regex(pattern, options | RegexOptions.NonBacktracking);
        var words = alphabet.Select(c => c.ToString()).Concat(["site_name:", "docs_dir:"]).ToArray();
        var random = new Random(19);
        for (var n = 0; n < 20_000; n++)
        {
            var text = new StringBuilder();
            for (var i = random.Next(20); i > 0; i--) text.Append(words[random.Next(words.Length)]);
            var input = text.ToString();
            string Show(Regex regex) => string.Join(" | ", regex.Matches(input).Select(m =>
                $"{m.Index}+{m.Length}:" + string.Join(",", m.Groups.Values.Skip(1).Select(g => g.Success ? g.Value : "-"))));
            Show(now).ShouldBe(Show(before), input);
        }
    }
}

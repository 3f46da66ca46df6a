using System.Text.RegularExpressions;
using CsCheck;
using Lotse.Blocks.Markdown;

namespace Lotse.Tests.Properties;

/// <summary>Lotse's Markdig set-up (callouts and other containers, checklists, heading ids) with generated Markdown.</summary>
public sealed class MarkdownExtensionProperties
{
    [Fact]
    public void Any_markdown_renders_without_exceptions_and_only_checklist_diagnostics() =>
        FuzzText.Markdown.Sample(markdown =>
        {
            var site = new SiteMarkdown();
            site.Render(markdown);
            site.Diagnostics.Sorted().ShouldAllBe(d => d.Code.StartsWith("LOT05"));
        }, iter: FuzzIterations.Of(1000), print: FuzzPrint.Show);

    [Fact]
    public void Markdown_without_raw_html_renders_to_well_nested_html() =>
        FuzzText.MarkdownWithoutHtml.Sample(markdown =>
        {
            var html = new SiteMarkdown().Render(markdown);
            WellFormedHtml.FirstProblem(html).ShouldBeNull(html);
        }, iter: FuzzIterations.Of(1000), print: FuzzPrint.Show);

    /// <summary>Container bodies without fences of their own (a ':::' or a code fence would end or swallow the container).</summary>
    private static readonly Gen<string> ContainerBody = FuzzText.MarkdownWithoutHtml
        .Select(m => m.Replace(":::", "").Replace("```", "").Replace("~~~", ""));

    [Fact]
    public void A_callout_is_one_note_with_its_label_first() =>
        Gen.Select(Gen.OneOf(CalloutRenderer.Labels.Keys.ToArray()), Gen.OneOf("", " {.extra}", " {#eigene}", " {#eigene .a .b}"), ContainerBody)
            .Sample((name, attributes, body) =>
            {
                var html = new SiteMarkdown().Render($"::: {name}{attributes}\n{body}\n:::\n\nDanach.\n");

                WellFormedHtml.FirstProblem(html).ShouldBeNull(html);
                var open = Regex.Matches(html, "<div(?: id=\"[^\"]*\")? class=\"callout callout-([a-z]+)[^\"]*\"[^>]* role=\"note\">");
                open.Count(m => !IsInsideCode(html, m.Index)).ShouldBe(1, html);
                open[0].Groups[1].Value.ShouldBe(name);
                open[0].Index.ShouldBe(0, html);
                html[(open[0].Index + open[0].Length)..].ShouldStartWith($"<p class=\"callout-label\">{CalloutRenderer.Labels[name]}</p>\n");
                html.ShouldEndWith("</div>\n<p>Danach.</p>\n");
            }, iter: FuzzIterations.Of(1000), print: x => FuzzPrint.Show(x));

    [Fact]
    public void Other_containers_are_plain_divs_with_their_name_as_class() =>
        Gen.Select(Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz"], 1, 10], ContainerBody)
            .Where((name, _) => !CalloutRenderer.Labels.ContainsKey(name) && name != "checkliste")
            .Sample((name, body) =>
            {
                var html = new SiteMarkdown().Render($"::: {name}\n{body}\n:::\n");
                WellFormedHtml.FirstProblem(html).ShouldBeNull(html);
                html.ShouldStartWith($"<div class=\"{name}\">");
                html.ShouldNotContain("role=\"note\"");
            }, iter: FuzzIterations.Of(500), print: x => FuzzPrint.Show(x));

    private static bool IsInsideCode(string html, int index) =>
        html.LastIndexOf("<code", index, StringComparison.Ordinal) > html.LastIndexOf("</code>", index, StringComparison.Ordinal);
}

using CsCheck;
using Lotse.Blocks.Markdown;
using Markdig.Extensions.Abbreviations;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Lotse.Tests.Properties;

/// <summary>The build's one walk over a page's tree (<see cref="MarkdownNodes"/>) finds the same nodes in the same
/// order as Markdig's own <c>Descendants</c> walks, which it replaced.</summary>
public sealed class MarkdownNodesProperties
{
    private static readonly MarkdownRenderer Renderer = new();

    [Fact]
    public void The_one_walk_finds_what_Markdigs_walks_find_in_the_same_order() =>
        FuzzText.Markdown.Sample(markdown =>
        {
            MarkdownDocument document;
            try
            {
                document = Renderer.Parse(markdown);
            }
            catch (ArgumentException e) when (e.Message.Contains("depth limit", StringComparison.Ordinal))
            {
                return; // reported by the build as too deep; nothing to walk
            }
            var nodes = MarkdownNodes.Of(document);

            nodes.Headings.ShouldBe(document.Descendants<HeadingBlock>().ToList());
            nodes.LeafBlocks.ShouldBe(document.Descendants<LeafBlock>().ToList());
            nodes.Containers.ShouldBe(document.Descendants<CustomContainer>().ToList());
            nodes.HtmlBlocks.ShouldBe(document.Descendants<HtmlBlock>().ToList());
            nodes.HtmlInlines.ShouldBe(document.Descendants<HtmlInline>().ToList());
            nodes.Links.ShouldBe(document.Descendants<LinkInline>().ToList());
            nodes.LinksAndAutolinks.ShouldBe(document.Descendants().Where(n => n is LinkInline or AutolinkInline).ToList());
            MarkdownNodes.Of(document).ShouldBeSameAs(nodes);
            foreach (var leaf in nodes.LeafBlocks)
                MarkdownRenderer.PlainText(leaf.Inline).ShouldBe(PlainTextByDescendants(leaf.Inline));
        }, iter: FuzzIterations.Of(2000), print: x => FuzzPrint.Show(x));

    /// <summary>How <see cref="MarkdownRenderer.PlainText"/> read the text before (with Markdig's walk).</summary>
    private static string PlainTextByDescendants(ContainerInline? inline)
    {
        if (inline is null) return "";
        var sb = new System.Text.StringBuilder();
        foreach (var child in inline.Descendants<Inline>())
        {
            switch (child)
            {
                case LiteralInline literal: sb.Append(literal.Content.AsSpan()); break;
                case CodeInline code: sb.Append(code.Content); break;
                case AbbreviationInline abbr: sb.Append(abbr.Abbreviation.Label); break;
                case LineBreakInline: sb.Append(' '); break;
            }
        }
        return sb.ToString().Trim();
    }
}

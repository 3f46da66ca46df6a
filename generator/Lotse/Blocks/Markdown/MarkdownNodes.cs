using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Lotse.Blocks.Markdown;

/// <summary>
/// The nodes of a page's syntax tree that the build looks at, each kind in document order (the order of Markdig's
/// <c>Descendants</c>), found in one walk over the tree. <see cref="Of"/> walks a tree once and keeps the result
/// with it, so heading ids, link rewriting and the inspectors share the walk instead of walking the tree each.
/// Nodes added to the tree afterwards (the glossary's marks) are not in it.
/// </summary>
public sealed class MarkdownNodes
{
    private static readonly object DataKey = typeof(MarkdownNodes);

    public List<HeadingBlock> Headings { get; } = [];
    public List<LeafBlock> LeafBlocks { get; } = [];
    public List<CustomContainer> Containers { get; } = [];
    public List<HtmlBlock> HtmlBlocks { get; } = [];
    public List<HtmlInline> HtmlInlines { get; } = [];
    public List<LinkInline> Links { get; } = [];

    /// <summary>Links and autolinks, in document order.</summary>
    public List<Inline> LinksAndAutolinks { get; } = [];

    public static MarkdownNodes Of(MarkdownDocument document)
    {
        if (document.GetData(DataKey) is MarkdownNodes known) return known;
        var nodes = new MarkdownNodes();
        nodes.Walk(document);
        document.SetData(DataKey, nodes);
        return nodes;
    }

    /// <summary>Pre-order over the blocks with a stack (containers such as <c>:::</c> can nest deeper than recursion
    /// could go), and over each leaf block's inlines along their sibling and parent links.</summary>
    private void Walk(ContainerBlock root)
    {
        var stack = new Stack<(ContainerBlock Container, int Next)>();
        var container = root;
        var next = 0;
        while (true)
        {
            if (next == container.Count)
            {
                if (stack.Count == 0) return;
                (container, next) = stack.Pop();
                continue;
            }
            var block = container[next++];
            switch (block)
            {
                case ContainerBlock inner:
                    if (inner is CustomContainer custom) Containers.Add(custom);
                    stack.Push((container, next));
                    (container, next) = (inner, 0);
                    break;
                case LeafBlock leaf:
                    LeafBlocks.Add(leaf);
                    if (leaf is HeadingBlock heading) Headings.Add(heading);
                    else if (leaf is HtmlBlock html) HtmlBlocks.Add(html);
                    if (leaf.Inline is { } inline) WalkInlines(inline);
                    break;
            }
        }
    }

    private void WalkInlines(ContainerInline root)
    {
        for (var node = root.FirstChild; node is not null; node = NextInPreOrder(node, root))
        {
            switch (node)
            {
                case LinkInline link:
                    Links.Add(link);
                    LinksAndAutolinks.Add(link);
                    break;
                case AutolinkInline autolink:
                    LinksAndAutolinks.Add(autolink);
                    break;
                case HtmlInline html:
                    HtmlInlines.Add(html);
                    break;
            }
        }
    }

    /// <summary>The inline after <paramref name="node"/> in pre-order below <paramref name="root"/>, or null.</summary>
    public static Inline? NextInPreOrder(Inline node, ContainerInline root)
    {
        if (node is ContainerInline { FirstChild: { } first }) return first;
        for (Inline? at = node; at is not null && at != root; at = at.Parent)
            if (at.NextSibling is { } sibling) return sibling;
        return null;
    }
}

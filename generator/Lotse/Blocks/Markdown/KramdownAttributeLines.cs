using Markdig;
using Markdig.Extensions.GenericAttributes;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Lotse.Blocks.Markdown;

/// <summary>kramdown's block attribute lines, as Jekyll sites write them: <c>{: .klasse #id}</c> on a line of its own
/// right after a block gives that block the class and id (a line before a block with nothing above it gives them to
/// the block after it); an attribute list definition (<c>{:name: .klasse}</c>) is dropped. Without this, the line would
/// be text of the paragraph above it, or a paragraph of its own.</summary>
internal sealed class KramdownAttributeLines : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<AttributeLineParser>()) pipeline.BlockParsers.Insert(0, new AttributeLineParser());
        pipeline.DocumentProcessed -= Attach;
        pipeline.DocumentProcessed += Attach;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }

    /// <summary>Moves each attribute line's attributes to its block and removes the line from the tree.</summary>
    private static void Attach(MarkdownDocument document)
    {
        var lines = document.Descendants<AttributeLine>().ToList();
        foreach (var line in lines)
        {
            if (line.Parent is not { } parent) continue;
            var index = parent.IndexOf(line);
            var target = Neighbour(parent, index, -1) ?? Neighbour(parent, index, +1);
            if (target is not null && line.Attributes is { } attributes)
                attributes.CopyTo(target.GetAttributes(), mergeIdAndProperties: true);
            parent.Remove(line);
        }
    }

    /// <summary>The nearest block before (<paramref name="step"/> -1) or after (+1) that is not another attribute line.</summary>
    private static Block? Neighbour(ContainerBlock parent, int index, int step)
    {
        for (var i = index + step; i >= 0 && i < parent.Count; i += step)
            if (parent[i] is not AttributeLine) return parent[i];
        return null;
    }

    private sealed class AttributeLine(BlockParser parser) : LeafBlock(parser)
    {
        /// <summary>Null for an attribute list definition, which names no block.</summary>
        public HtmlAttributes? Attributes { get; init; }
    }

    private sealed class AttributeLineParser : BlockParser
    {
        public AttributeLineParser() => OpeningCharacters = ['{'];

        public override bool CanInterrupt(BlockProcessor processor, Block block) => true;

        public override BlockState TryOpen(BlockProcessor processor)
        {
            if (processor.IsCodeIndent) return BlockState.None;
            var text = processor.Line.ToString().TrimEnd();
            if (!text.StartsWith("{:", StringComparison.Ordinal) || !text.EndsWith('}') || text.IndexOf('}') != text.Length - 1) return BlockState.None;
            var inner = text[2..^1].Trim();
            HtmlAttributes? attributes = null;
            var definition = inner.IndexOf(':') is var colon and > 0 && !inner[..colon].Contains(' ') && !inner.StartsWith('.') && !inner.StartsWith('#');
            if (!definition)
            {
                var slice = new StringSlice("{" + inner + "}");
                if (!GenericAttributesParser.TryParse(ref slice, out attributes) || slice.CurrentChar != '\0') return BlockState.None;
            }
            processor.NewBlocks.Push(new AttributeLine(this)
            {
                Attributes = attributes,
                Line = processor.LineIndex,
                Column = processor.Column,
                Span = new SourceSpan(processor.Start, processor.Line.End),
            });
            return BlockState.BreakDiscard;
        }
    }
}

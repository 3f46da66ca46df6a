using Markdig;
using Markdig.Extensions.GenericAttributes;
using Markdig.Extensions.Tables;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Lotse.Blocks.Markdown;

/// <summary>pandoc's and Quarto's table captions: a line <c>: Beschriftung {#tbl-x}</c> right after a table, or
/// <c>Table: Beschriftung {#tbl-x}</c> right before or after it, becomes the table's <c>&lt;caption&gt;</c>, and its
/// attributes the table's (so <c>#tbl-x</c> and <c>@tbl-x</c> lead to the table). Without this, the line was a
/// definition of a definition list whose term was the table.</summary>
internal sealed class TableCaptions : IMarkdownExtension
{
    private const string CaptionKey = "lotse.caption";

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<CaptionLineParser>()) pipeline.BlockParsers.Insert(0, new CaptionLineParser());
        pipeline.DocumentProcessed -= Attach;
        pipeline.DocumentProcessed += Attach;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        html.ObjectRenderers.RemoveAll(r => r is HtmlTableRenderer);
        html.ObjectRenderers.Add(new CaptionedTableRenderer());
    }

    /// <summary>The caption of <paramref name="table"/> (its inlines), if it has one.</summary>
    public static LeafBlock? CaptionOf(Table table) => table.GetData(CaptionKey) as LeafBlock;

    /// <summary>Gives each caption line's table its caption and attributes; a caption line next to no table stays a paragraph (without its prefix).</summary>
    private static void Attach(MarkdownDocument document)
    {
        foreach (var table in document.Descendants<Table>().ToList()) TakeParagraphCaption(table);
        foreach (var caption in document.Descendants<CaptionLine>().ToList())
        {
            if (caption.Parent is not { } parent) continue;
            var index = parent.IndexOf(caption);
            var table = (index > 0 ? parent[index - 1] as Table : null)
                ?? (caption.Before && index + 1 < parent.Count ? parent[index + 1] as Table : null);
            if (table is null || CaptionOf(table) is not null) continue; // stays a paragraph (a caption line is one)
            caption.Attributes?.CopyTo(table.GetAttributes(), mergeIdAndProperties: true);
            table.SetData(CaptionKey, caption);
            parent.Remove(caption);
        }
    }

    /// <summary>A grid table hands the line after it to a paragraph of its own: a paragraph <c>: …</c> or <c>Table: …</c>
    /// right after a table is its caption (its attributes, already read, go to the table).</summary>
    private static void TakeParagraphCaption(Table table)
    {
        if (table.Parent is not { } parent || parent.IndexOf(table) + 1 is var next && next >= parent.Count) return;
        if (parent[next] is not ParagraphBlock { Inline.FirstChild: LiteralInline first } paragraph) return;
        var text = first.Content.ToString();
        var prefix = text.StartsWith(": ", StringComparison.Ordinal) ? 2 : text.StartsWith("Table:", StringComparison.Ordinal) ? 6 : -1;
        if (prefix < 0) return;
        first.Content = new StringSlice(text[prefix..].TrimStart());
        if (paragraph.Inline.LastChild is LiteralInline last) last.Content = new StringSlice(last.Content.ToString().TrimEnd());
        paragraph.TryGetAttributes()?.CopyTo(table.GetAttributes(), mergeIdAndProperties: true);
        table.SetData(CaptionKey, paragraph);
        parent.Remove(paragraph);
    }

    private sealed class CaptionLine(BlockParser parser) : ParagraphBlock(parser)
    {
        public HtmlAttributes? Attributes { get; set; }

        /// <summary>Written as <c>Table: …</c>, which may also stand before its table.</summary>
        public bool Before { get; init; }
    }

    private sealed class CaptionLineParser : BlockParser
    {
        private const string TablePrefix = "Table:";

        public CaptionLineParser() => OpeningCharacters = [':', 'T'];

        public override bool CanInterrupt(BlockProcessor processor, Block block) => true;

        public override BlockState TryOpen(BlockProcessor processor)
        {
            if (processor.IsCodeIndent) return BlockState.None;
            var line = processor.Line;
            int prefix;
            if (line.Match(TablePrefix))
            {
                // In the middle of a paragraph, "Table:" is text unless the paragraph is a table.
                if (processor.CurrentContainer?.LastChild is ParagraphBlock { IsOpen: true } && !FollowsTable(processor)) return BlockState.None;
                prefix = TablePrefix.Length;
            }
            else if (line.Match(": ") && FollowsTable(processor)) prefix = 1;
            else return BlockState.None;
            var text = line.ToString();
            var body = text[prefix..].TrimEnd();
            var start = body.Length - body.TrimStart().Length;
            if (start == body.Length) return BlockState.None;
            HtmlAttributes? attributes = null;
            var end = body.Length;
            if (body.EndsWith('}') && body.LastIndexOf('{') is var open and > 0)
            {
                var slice = new StringSlice(body[open..]);
                if (GenericAttributesParser.TryParse(ref slice, out attributes) && slice.CurrentChar == '\0') end = open;
                else attributes = null;
            }
            var caption = new CaptionLine(this)
            {
                Attributes = attributes,
                Before = prefix == TablePrefix.Length,
                Line = processor.LineIndex,
                Column = processor.Column,
                Span = new SourceSpan(processor.Start, line.End),
                ProcessInlines = true,
            };
            processor.NewBlocks.Push(caption);
            // Only the caption's text (without the prefix and the attributes) is read as inlines.
            var captionStart = line.Start + prefix + start;
            var captionEnd = line.Start + prefix + body[..end].TrimEnd().Length - 1;
            processor.Line = new StringSlice(line.Text, captionStart, captionEnd);
            return BlockState.Break;
        }

        /// <summary>The block just before is a table: a grid table, or a paragraph whose second line is a pipe table's delimiter row.</summary>
        private static bool FollowsTable(BlockProcessor processor)
        {
            var last = processor.CurrentContainer?.LastChild;
            if (last is Table) return true;
            if (last is not ParagraphBlock { Lines.Count: >= 2 } paragraph) return false;
            var delimiter = paragraph.Lines.Lines[1].Slice.ToString().Trim();
            return delimiter.Contains('-') && delimiter.Contains('|') && delimiter.All(c => c is '|' or '-' or ':' or ' ' or '\t');
        }
    }

    /// <summary>Markdig's table, with the caption right after the opening tag.</summary>
    private sealed class CaptionedTableRenderer : HtmlTableRenderer
    {
        protected override void Write(HtmlRenderer renderer, Table table)
        {
            if (CaptionOf(table) is not { } caption)
            {
                base.Write(renderer, table);
                return;
            }
            var original = renderer.Writer;
            using var buffer = new StringWriter();
            renderer.Writer = buffer;
            try { base.Write(renderer, table); }
            finally { renderer.Writer = original; }
            var html = buffer.ToString();
            var open = html.IndexOf('>') + 1; // attribute values are escaped: the first '>' ends <table …>
            renderer.Write(html[..open]).Write("\n<caption>");
            renderer.WriteLeafInline(caption);
            renderer.Write("</caption>").Write(html[open..]);
        }
    }
}

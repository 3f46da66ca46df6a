using Markdig.Extensions.Tables;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Lotse.Features.Compatibility;

/// <summary>Reads pandoc's simple and multiline tables (<see cref="PandocTableReader"/>) into Markdig's
/// <see cref="Table"/>, so they render like pipe tables: a header row of <c>th</c>, the columns' alignment, a caption
/// and an id from a caption line (<c>: Titel {#tbl-x}</c>). A cell's lines are one paragraph of inlines.
/// One instance starts at a dashed line (before the thematic break), one, without opening characters, at a header line.</summary>
internal sealed class PandocTableParser : BlockParser
{
    private PandocTableParser(char[]? openingCharacters) => OpeningCharacters = openingCharacters;

    /// <summary>For tables that start with their dashed line (multiline tables, tables without header).</summary>
    public static PandocTableParser AtDashes() => new(['-']);

    /// <summary>For simple tables that start with their header line.</summary>
    public static PandocTableParser AtHeader() => new(null);

    /// <summary>A table starts a block: a line right after a paragraph's text continues the paragraph.</summary>
    public override bool CanInterrupt(BlockProcessor processor, Block block) => block is not ParagraphBlock;

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (OpeningCharacters is not null && processor.IsCodeIndent) return BlockState.None;
        if (processor.IsBlankLine) return BlockState.None;
        var text = processor.Line.Text;
        var lineStart = processor.CurrentLineStartPosition;
        if (!text.AsSpan(lineStart, processor.Line.Start - lineStart).IsWhiteSpace()) return BlockState.None; // inside "> " and the like
        if (PandocTableReader.Read(text, lineStart) is not { } layout) return BlockState.None;
        var table = new PandocTable(this, layout.LineCount)
        {
            Line = processor.LineIndex,
            Column = 0,
            Span = new SourceSpan(lineStart, processor.Line.End),
        };
        Fill(table, layout, text, processor.LineIndex, lineStart);
        processor.NewBlocks.Push(table);
        return layout.LineCount == 1 ? BlockState.BreakDiscard : BlockState.ContinueDiscard;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        var table = (PandocTable)block;
        table.UpdateSpanEnd(processor.Line.End);
        return --table.LinesLeft <= 1 ? BlockState.BreakDiscard : BlockState.ContinueDiscard;
    }

    private void Fill(Table table, PandocTableLayout layout, string text, int firstLine, int firstStart)
    {
        foreach (var alignment in layout.Alignments) table.ColumnDefinitions.Add(new TableColumnDefinition { Alignment = alignment });
        var lineIndexOf = LineIndexer(text, firstLine, firstStart);
        if (layout.Header.Count > 0) table.Add(Row(layout, layout.Header, header: true, text, lineIndexOf));
        foreach (var row in layout.Rows) table.Add(Row(layout, row, header: false, text, lineIndexOf));
    }

    private TableRow Row(PandocTableLayout layout, IReadOnlyList<SourceLine> lines, bool header, string text, Func<SourceLine, int> lineIndexOf)
    {
        var row = new TableRow { IsHeader = header, Line = lineIndexOf(lines[0]), Span = new SourceSpan(lines[0].Start, lines[^1].End - 1) };
        for (var c = 0; c < layout.Columns.Count; c++)
        {
            var cell = new TableCell(this) { ColumnIndex = c, Line = row.Line };
            var paragraph = new ParagraphBlock { ProcessInlines = true, Line = row.Line, Lines = new StringLineGroup(lines.Count) };
            foreach (var line in lines)
            {
                var (from, to) = layout.CellBounds(c, line);
                var start = line.Start + from;
                var end = line.Start + to;
                while (start < end && char.IsWhiteSpace(text[start])) start++;
                while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
                if (start == end) continue;
                var slice = new StringSlice(text, start, end - 1, NewLine.LineFeed);
                paragraph.Lines.Add(new StringLine(ref slice, lineIndexOf(line), start - line.Start, start, NewLine.LineFeed));
            }
            if (paragraph.Lines.Count > 0)
            {
                paragraph.Span = new SourceSpan(paragraph.Lines.Lines[0].Position, paragraph.Lines.Lines[paragraph.Lines.Count - 1].Slice.End);
                paragraph.Line = paragraph.Lines.Lines[0].Line;
                paragraph.Column = paragraph.Lines.Lines[0].Column;
                cell.Add(paragraph);
            }
            row.Add(cell);
        }
        return row;
    }

    /// <summary>The document line index of a source line (counting line breaks from the table's first line).</summary>
    private static Func<SourceLine, int> LineIndexer(string text, int firstLine, int firstStart) =>
        line => firstLine + text.AsSpan(firstStart, line.Start - firstStart).Count('\n');

    /// <summary>A table that still takes <see cref="LinesLeft"/> source lines (its first one included).</summary>
    private sealed class PandocTable(BlockParser parser, int lines) : Table(parser)
    {
        public int LinesLeft { get; set; } = lines;
    }
}

using Markdig.Extensions.Tables;

namespace Lotse.Features.Compatibility;

/// <summary>One line of the source: <see cref="Start"/> to <see cref="End"/> (exclusive) in the source text.</summary>
internal readonly record struct SourceLine(int Start, int End)
{
    public int Length => End - Start;
}

/// <summary>A column of a pandoc table: its dashes from <see cref="DashStart"/> (relative to the line start) with
/// <see cref="DashLength"/> dashes; its cells reach from its dashes to the next column's dashes.</summary>
internal readonly record struct DashColumn(int DashStart, int DashLength);

/// <summary>The shape of a pandoc "simple" or "multiline" table read from its source lines: the columns (from the
/// dashed line under the header), their alignment, the header's lines, each row's lines, and how many source lines
/// the table takes (from its first line to its last dashed line or last row).</summary>
internal sealed record PandocTableLayout(
    IReadOnlyList<DashColumn> Columns,
    IReadOnlyList<TableColumnAlign?> Alignments,
    IReadOnlyList<SourceLine> Header,
    IReadOnlyList<IReadOnlyList<SourceLine>> Rows,
    int LineCount)
{
    /// <summary>Where the cell of column <paramref name="column"/> lies in <paramref name="line"/>, relative to its start:
    /// from the column's dashes (the first column from the line start) to the next column's dashes (the last one to the end).</summary>
    public (int From, int To) CellBounds(int column, SourceLine line)
    {
        var from = column == 0 ? 0 : Columns[column].DashStart;
        var to = column + 1 < Columns.Count ? Columns[column + 1].DashStart : line.Length;
        return (Math.Min(from, line.Length), Math.Min(Math.Max(to, from), line.Length));
    }
}

using Markdig.Extensions.Tables;

namespace Lotse.Features.Compatibility;

/// <summary>Recognises pandoc's simple and multiline tables (extensions <c>simple_tables</c> and <c>multiline_tables</c>)
/// from the line where one may start, looking ahead in the source text:
/// <list type="bullet">
/// <item>simple, with header: a header line, a line of dashes per column (at least two columns: one dashed line under
/// text is a heading), one line per row, ended by a blank line or a closing dashed line;</item>
/// <item>multiline, with header: a full dashed line, one or more header lines, the column dashes, rows separated by
/// blank lines, a closing dashed line;</item>
/// <item>without header: the column dashes first, rows (one line each, or separated by blank lines), a closing dashed line.</item>
/// </list>
/// A header's (or, without header, the first row's) position over its dashes gives the column's alignment: flush
/// left only, left; flush right only, right; neither, centered; both, the default. Anything else is not a table
/// (<c>null</c>): a thematic break stays one, a setext heading stays one.</summary>
internal static class PandocTableReader
{
    private const int MaxLines = 5000;

    public static PandocTableLayout? Read(string text, int lineStart)
    {
        var lines = new LineCursor(text, lineStart);
        if (lines[0] is not { } first) return null;
        if (DashGroups(text, first) is { } opening)
        {
            if (opening.Count == 1) return opening[0].DashLength >= 3 ? MultilineWithHeader(text, lines) : null;
            return Headerless(text, lines, opening);
        }
        if (IsBlank(text, first) || lines[1] is not { } second || DashGroups(text, second) is not { Count: >= 2 } columns) return null;
        return SimpleWithHeader(text, lines, columns);
    }

    private static PandocTableLayout? SimpleWithHeader(string text, LineCursor lines, IReadOnlyList<DashColumn> columns)
    {
        var rows = new List<IReadOnlyList<SourceLine>>();
        var i = 2;
        for (; lines[i] is { } line && i < MaxLines; i++)
        {
            if (IsBlank(text, line) || IsCaption(text, line)) break;
            if (DashGroups(text, line) is not null)
            {
                if (!EndsBlock(text, lines[i + 1])) return null;
                i++;
                break;
            }
            rows.Add([line]);
        }
        if (rows.Count == 0) return null;
        List<SourceLine> header = [lines[0]!.Value];
        return new PandocTableLayout(columns, Alignments(text, columns, header), header, rows, i);
    }

    private static PandocTableLayout? MultilineWithHeader(string text, LineCursor lines)
    {
        var header = new List<SourceLine>();
        var i = 1;
        for (; lines[i] is { } line && !IsBlank(text, line) && DashGroups(text, line) is null && i < MaxLines; i++) header.Add(line);
        if (header.Count == 0 || lines[i] is not { } dashes || DashGroups(text, dashes) is not { } columns) return null;
        if (Body(text, lines, i + 1) is not var (rows, _, count)) return null;
        return new PandocTableLayout(columns, Alignments(text, columns, header), header, rows, count);
    }

    private static PandocTableLayout? Headerless(string text, LineCursor lines, IReadOnlyList<DashColumn> columns)
    {
        if (columns.Any(c => c.DashLength < 3)) return null; // "- - -" is a thematic break
        if (Body(text, lines, 1) is not var (rows, separated, count)) return null;
        if (!separated) rows = rows.SelectMany(row => row.Select(line => (IReadOnlyList<SourceLine>)[line])).ToList();
        return new PandocTableLayout(columns, Alignments(text, columns, rows[0]), [], rows, count);
    }

    /// <summary>Rows from line <paramref name="i"/> to a closing dashed line: separated by single blank lines
    /// (<c>separated</c>) or not; with the line count up to the closing line.</summary>
    private static (List<IReadOnlyList<SourceLine>> Rows, bool Separated, int Count)? Body(string text, LineCursor lines, int i)
    {
        var rows = new List<IReadOnlyList<SourceLine>>();
        var current = new List<SourceLine>();
        var separated = false;
        for (; i < MaxLines; i++)
        {
            if (lines[i] is not { } line) return null;
            if (IsBlank(text, line))
            {
                if (current.Count == 0) return null; // two blank lines, or a blank line right after the dashes
                rows.Add(current);
                current = [];
                separated = true;
                continue;
            }
            if (DashGroups(text, line) is not null)
            {
                if (current.Count > 0) rows.Add(current);
                if (rows.Count == 0 || !EndsBlock(text, lines[i + 1])) return null;
                return (rows, separated, i + 1); // one row, a blank line and the closing line: multiline (as pandoc)
            }
            current.Add(line);
        }
        return null;
    }

    private static List<TableColumnAlign?> Alignments(string text, IReadOnlyList<DashColumn> columns, IReadOnlyList<SourceLine> lines)
    {
        var alignments = new List<TableColumnAlign?>();
        for (var c = 0; c < columns.Count; c++)
        {
            var widest = "";
            foreach (var line in lines)
            {
                var from = Math.Min(columns[c].DashStart, line.Length);
                var to = c + 1 < columns.Count ? Math.Min(columns[c + 1].DashStart, line.Length) : line.Length;
                var part = text.Substring(line.Start + from, Math.Max(0, to - from)).TrimEnd();
                if (part.Trim().Length > 0 && part.Length > widest.Length) widest = part;
            }
            if (widest.Length == 0) { alignments.Add(null); continue; }
            var spaceLeft = char.IsWhiteSpace(widest[0]);
            var spaceRight = widest.Length < columns[c].DashLength;
            alignments.Add((spaceLeft, spaceRight) switch
            {
                (true, false) => TableColumnAlign.Right,
                (false, true) => TableColumnAlign.Left,
                (true, true) => TableColumnAlign.Center,
                _ => null,
            });
        }
        return alignments;
    }

    /// <summary>The dash groups of a line of dashes and spaces (with up to three spaces before the first), else <c>null</c>.</summary>
    private static List<DashColumn>? DashGroups(string text, SourceLine line)
    {
        var groups = new List<DashColumn>();
        var indent = 0;
        while (indent < line.Length && text[line.Start + indent] == ' ') indent++;
        if (indent > 3 || indent == line.Length) return null;
        for (var i = indent; i < line.Length;)
        {
            var c = text[line.Start + i];
            if (c == ' ' || c == '\t') { i++; continue; }
            if (c != '-') return null;
            var start = i;
            while (i < line.Length && text[line.Start + i] == '-') i++;
            groups.Add(new DashColumn(start, i - start));
        }
        return groups;
    }

    private static bool IsBlank(string text, SourceLine line) => text.AsSpan(line.Start, line.Length).IsWhiteSpace();

    /// <summary>A table caption line (<c>: …</c> or <c>Table: …</c>), which may follow a table directly.</summary>
    private static bool IsCaption(string text, SourceLine line)
    {
        var content = text.AsSpan(line.Start, line.Length).TrimStart();
        return content.StartsWith(": ") || content.StartsWith("Table:");
    }

    /// <summary>After a closing dashed line: the end of the text, a blank line or a caption.</summary>
    private static bool EndsBlock(string text, SourceLine? next) => next is not { } line || IsBlank(text, line) || IsCaption(text, line);

    /// <summary>The source lines from a line start on, read as far as asked (without their line break).</summary>
    private sealed class LineCursor(string text, int start)
    {
        private readonly List<SourceLine> lines = [];
        private int next = start;

        public SourceLine? this[int index]
        {
            get
            {
                while (lines.Count <= index && next <= text.Length)
                {
                    if (next == text.Length) { next++; break; }
                    var end = text.IndexOf('\n', next);
                    if (end < 0) end = text.Length;
                    var lineEnd = end > next && text[end - 1] == '\r' ? end - 1 : end;
                    lines.Add(new SourceLine(next, lineEnd));
                    next = end + 1;
                }
                return index < lines.Count ? lines[index] : null;
            }
        }
    }
}

namespace Lotse.Features.RawHtml;

/// <summary>Turns an offset into the Markdown text into a 0-based line and a 1-based column.</summary>
internal sealed class SourcePositions(string text)
{
    private readonly List<int> _lineStarts = LineStarts(text);

    public (int Line, int Column) Of(int offset)
    {
        var index = _lineStarts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line, offset - _lineStarts[line] + 1);
    }

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
            if (text[i] == '\n') starts.Add(i + 1);
        return starts;
    }
}

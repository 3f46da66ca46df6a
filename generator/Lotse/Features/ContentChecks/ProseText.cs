using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Lotse.Features.ContentChecks;

/// <summary>The readable text of one paragraph with the source position (file line, 1-based column) of
/// every character, so that a finding points at the sentence or word in the Markdown file. Inline code
/// counts as a word; HTML tags are skipped; link text is kept.</summary>
internal sealed class ProseText
{
    private readonly System.Text.StringBuilder _text = new();
    private readonly List<(int Line, int Column)> _positions = [];
    private readonly List<(int Start, int End)> _abbr = [];
    private int _abbrStart = -1;

    /// <summary>True when the character at <paramref name="index"/> stands inside an <c>&lt;abbr&gt;</c> (explained by
    /// its title).</summary>
    public bool InAbbr(int index)
    {
        // The ranges follow each other without overlapping: only the last one starting at or before index can hold it.
        int low = 0, high = _abbr.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (_abbr[middle].Start <= index) low = middle + 1; else high = middle - 1;
        }
        return high >= 0 && index < _abbr[high].End;
    }

    public string Text => _text.ToString();

    public (int Line, int Column) PositionOf(int index) =>
        _positions.Count == 0 ? (0, 0) : _positions[Math.Clamp(index, 0, _positions.Count - 1)];

    public static ProseText Of(LeafBlock block, int firstLine)
    {
        var prose = new ProseText();
        if (block.Inline is not null) prose.Append(block.Inline, firstLine);
        return prose;
    }

    private void Append(ContainerInline container, int firstLine)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    var content = literal.Content.ToString();
                    for (var i = 0; i < content.Length; i++) Add(content[i], firstLine + literal.Line, literal.Column + 1 + i);
                    break;
                case CodeInline code:
                    foreach (var c in "Code") Add(c, firstLine + code.Line, code.Column + 1);
                    break;
                case HtmlInline html when html.Tag.StartsWith("<abbr", StringComparison.OrdinalIgnoreCase):
                    _abbrStart = _text.Length;
                    break;
                case HtmlInline html when html.Tag.StartsWith("</abbr", StringComparison.OrdinalIgnoreCase) && _abbrStart >= 0:
                    _abbr.Add((_abbrStart, _text.Length));
                    _abbrStart = -1;
                    break;
                case LineBreakInline br:
                    Add(' ', firstLine + br.Line, br.Column + 1);
                    break;
                case ContainerInline inner:
                    Append(inner, firstLine);
                    break;
            }
        }
    }

    private void Add(char c, int line, int column)
    {
        _text.Append(c);
        _positions.Add((line, column));
    }
}

using System.Collections;

namespace Lotse.Blocks.Markdown;

/// <summary>
/// The lines of a text as <c>text.Split('\n')</c> gives them, but each line made only when it is read: finding a page's
/// leading title reads its first few lines, and splitting every page's whole body into lines first was most of the
/// cost (and garbage) of reading the front matter.
/// </summary>
internal sealed class TextLines : IReadOnlyList<string>
{
    private readonly string _text;

    // The start of each line found so far (the lines are found in order, as far as one was read).
    private readonly List<int> _starts = [0];

    private readonly Dictionary<int, string> _made = [];

    public TextLines(string text)
    {
        _text = text;
        Count = text.AsSpan().Count('\n') + 1;
    }

    public int Count { get; }

    public string this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            if (_made.TryGetValue(index, out var line)) return line;
            var (start, end) = Span(index);
            line = _text[start..end];
            _made[index] = line;
            return line;
        }
    }

    /// <summary>Where line <paramref name="index"/> starts in the text and where it ends (at its <c>\n</c>, or the text's end).</summary>
    public (int Start, int End) Span(int index)
    {
        while (_starts.Count <= index)
            _starts.Add(_text.IndexOf('\n', _starts[^1]) + 1);
        var start = _starts[index];
        var newline = _text.IndexOf('\n', start);
        return (start, newline < 0 ? _text.Length : newline);
    }

    public IEnumerator<string> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

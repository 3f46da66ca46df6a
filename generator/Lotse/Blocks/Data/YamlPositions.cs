using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Lotse.Blocks.Data;

/// <summary>
/// Where every key and value of a YAML text stands (1-based line and column), read once from the YAML parser's own marks,
/// so block and flow style, quotes, comments and nesting are found alike. A place is named by its path from the root:
/// mapping keys as strings, list entries as 0-based ints (<c>Value("checks", "readability")</c>,
/// <c>Value("pruefungen", 2, "wann")</c>). A path that is not in the text gives the place of its closest ancestor that is,
/// and (1, 1) when none is (or the text does not parse). Used for every diagnostic about a value that parsed but does not fit.
/// </summary>
public sealed class YamlPositions
{
    private readonly Dictionary<string, (Mark Key, Mark Value)> _places = new(StringComparer.Ordinal);
    private readonly List<(string Path, string Text, Mark At)> _scalars = [];

    private YamlPositions() { }

    /// <summary>Reads the places of <paramref name="yaml"/> (once; ask this object as often as needed).</summary>
    public static YamlPositions Of(string yaml)
    {
        var positions = new YamlPositions();
        positions.Read(yaml);
        return positions;
    }

    /// <summary>Where the value at <paramref name="path"/> starts (its first character: the quote of a quoted text, the
    /// bracket of a flow list, the dash of a block list's first entry).</summary>
    public (int Line, int Column) Value(params object[] path) => Find(path, key: false);

    /// <summary>Where the key of the value at <paramref name="path"/> stands (for a list entry: where the entry starts).</summary>
    public (int Line, int Column) Key(params object[] path) => Find(path, key: true);

    /// <summary>Whether the text has a value at <paramref name="path"/>.</summary>
    public bool Has(params object[] path) => _places.ContainsKey(PathOf(path));

    /// <summary>Where the first text value equal to <paramref name="text"/> stands at or below <paramref name="under"/>
    /// (a URL in a list); the place of <paramref name="under"/> when there is none.</summary>
    public (int Line, int Column) Text(string text, params object[] under)
    {
        var prefix = PathOf(under);
        foreach (var (path, value, at) in _scalars)
            if (value == text && (prefix.Length == 0 || path == prefix || path.StartsWith(prefix + Separator, StringComparison.Ordinal)))
                return Position(at);
        return Value(under);
    }

    private (int Line, int Column) Find(object[] path, bool key)
    {
        for (var length = path.Length; length >= 0; length--)
        {
            if (!_places.TryGetValue(PathOf(path.AsSpan(0, length)), out var place)) continue;
            return Position(key && length == path.Length ? place.Key : place.Value);
        }
        return (1, 1);
    }

    private const char Separator = '\0';

    private static string PathOf(ReadOnlySpan<object> path)
    {
        var text = new System.Text.StringBuilder();
        foreach (var segment in path)
            text.Append(Separator).Append(segment is int index ? "#" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) : "." + segment);
        return text.ToString();
    }

    private static (int Line, int Column) Position(Mark mark) => ((int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

    /// <summary>A mapping or list being read: its path, the next entry's index, and in a mapping the key just read.</summary>
    private sealed class Frame(string path, bool mapping)
    {
        public string Path { get; } = path;
        public bool Mapping { get; } = mapping;
        public int Index { get; set; }
        public bool ExpectKey { get; set; } = true;
        public string? Key { get; set; }
        public Mark KeyMark { get; set; }
    }

    private void Read(string yaml)
    {
        var stack = new Stack<Frame>();
        var skip = 0; // depth inside a key that is itself a mapping or list (not a place anyone names)
        try
        {
            var parser = new Parser(new StringReader(yaml));
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                if (current is StreamStart or StreamEnd or DocumentStart or DocumentEnd or Comment) continue;
                if (skip > 0)
                {
                    if (current is MappingStart or SequenceStart) skip++;
                    else if (current is MappingEnd or SequenceEnd && --skip == 0) stack.Peek().ExpectKey = false;
                    continue;
                }
                if (current is MappingEnd or SequenceEnd)
                {
                    stack.Pop();
                    if (stack.TryPeek(out var parent) && parent.Mapping) parent.ExpectKey = true;
                    continue;
                }
                string path;
                Mark keyMark;
                if (!stack.TryPeek(out var top))
                {
                    path = "";
                    keyMark = current.Start;
                }
                else if (!top.Mapping)
                {
                    path = top.Path + Separator + "#" + top.Index++.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    keyMark = current.Start;
                }
                else if (top.ExpectKey)
                {
                    top.Key = current switch { Scalar s => s.Value, AnchorAlias a => "*" + a.Value, _ => null };
                    top.KeyMark = current.Start;
                    if (current is MappingStart or SequenceStart) skip = 1;
                    else top.ExpectKey = false;
                    continue;
                }
                else
                {
                    path = top.Path + Separator + "." + top.Key;
                    keyMark = top.KeyMark;
                    top.ExpectKey = true;
                }
                _places.TryAdd(path, (keyMark, current.Start));
                if (current is Scalar scalar) _scalars.Add((path, scalar.Value, current.Start));
                if (current is MappingStart) stack.Push(new Frame(path, mapping: true));
                else if (current is SequenceStart) stack.Push(new Frame(path, mapping: false));
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException)
        {
            // What was read up to the error keeps its place; the rest falls back to its closest ancestor.
        }
    }
}

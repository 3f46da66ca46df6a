using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Lotse.Blocks.Data;

/// <summary>Where an entry of a list under a top-level key stands in a YAML text (<c>pruefungen:</c> /
/// <c>  - kriterium: …</c>), and where one of the entry's values stands: 1-based line and column, read from the YAML
/// parser's own marks, so flow style (<c>[{ … }]</c>) and block style are found alike. (1, 1) when the text does not
/// parse or has no such entry.</summary>
internal static class YamlEntryPositions
{
    /// <summary>The position of entry <paramref name="index"/> (0-based) of the list under <paramref name="listKey"/>,
    /// or of the value of <paramref name="innerKey"/> in that entry when it has one.</summary>
    public static (int Line, int Column) Of(string yaml, string listKey, int index, string? innerKey = null)
    {
        try
        {
            var parser = new Parser(new StringReader(yaml));
            while (parser.MoveNext() && parser.Current is StreamStart or DocumentStart) { }
            if (parser.Current is not MappingStart) return (1, 1);
            while (parser.MoveNext() && parser.Current is Scalar key)
            {
                if (!parser.MoveNext()) break;
                if (key.Value == listKey && parser.Current is SequenceStart) return InSequence(parser, index, innerKey);
                Skip(parser);
            }
        }
        catch (YamlException) { }
        return (1, 1);
    }

    private static (int Line, int Column) InSequence(IParser parser, int index, string? innerKey)
    {
        var item = -1;
        var depth = 0;
        (int, int)? entry = null;
        var expectKey = false;
        while (parser.MoveNext())
        {
            var current = parser.Current!;
            if (depth == 0)
            {
                if (current is SequenceEnd) break;
                item++;
                if (item == index)
                {
                    entry = Mark(current.Start);
                    if (innerKey is null || current is not MappingStart) return entry.Value;
                    expectKey = true;
                }
            }
            else if (item == index && depth == 1 && expectKey && current is Scalar key)
            {
                if (key.Value == innerKey && parser.MoveNext()) return Mark(parser.Current!.Start);
                if (!parser.MoveNext()) break;
                current = parser.Current!;
            }
            if (current is MappingStart or SequenceStart) depth++;
            else if (current is MappingEnd or SequenceEnd) { depth--; if (depth == 0 && item == index) return entry!.Value; }
        }
        return entry ?? (1, 1);
    }

    /// <summary>Moves past the node whose first event is current.</summary>
    private static void Skip(IParser parser)
    {
        var depth = 0;
        do
        {
            if (parser.Current is MappingStart or SequenceStart) depth++;
            else if (parser.Current is MappingEnd or SequenceEnd) depth--;
        }
        while (depth > 0 && parser.MoveNext());
    }

    private static (int Line, int Column) Mark(Mark mark) => ((int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));
}

namespace Lotse.Features.SourcePolicy;

/// <summary>Where a key and the entries of its list stand in a page's front matter (or in a <c>_pages.yml</c>, whose
/// keys the pages made from data take), for diagnostics at the entry's line.</summary>
internal sealed class SourceLines
{
    private readonly string[] _lines;

    private SourceLines(string[] lines) => _lines = lines;

    public static SourceLines Read(string file)
    {
        if (!File.Exists(file)) return new SourceLines([]);
        var lines = new List<string>();
        var number = 0;
        foreach (var line in File.ReadLines(file))
        {
            number++;
            if (number > 1 && line.TrimEnd() == "---") break;
            lines.Add(line);
        }
        return new SourceLines([.. lines]);
    }

    /// <summary>The line of a top-level key, or null.</summary>
    public int? KeyLine(string key)
    {
        for (var i = 0; i < _lines.Length; i++)
            if (_lines[i].StartsWith(key + ":", StringComparison.Ordinal)) return i + 1;
        return null;
    }

    /// <summary>The line of the entry <paramref name="entry"/> in the list under <paramref name="key"/> (block or flow
    /// style); the key's line when the entry is not found there.</summary>
    public int? EntryLine(string key, string entry)
    {
        if (KeyLine(key) is not { } keyLine) return null;
        var end = keyLine;
        while (end < _lines.Length && (_lines[end].Length == 0 || char.IsWhiteSpace(_lines[end][0]) || _lines[end].StartsWith('-'))) end++;
        // A block list item that is the entry (one URL may start another), then any line that holds it (flow style).
        for (var i = keyLine; i < end; i++)
            if (ItemValue(_lines[i]) == entry) return i + 1;
        for (var i = keyLine - 1; i < end; i++)
            if (_lines[i].Contains(entry, StringComparison.Ordinal)) return i + 1;
        return keyLine;
    }

    private static string? ItemValue(string line)
    {
        var trimmed = line.Trim();
        if (!trimmed.StartsWith('-')) return null;
        var value = trimmed[1..].Trim();
        return value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[^1] == value[0] ? value[1..^1] : value;
    }
}

namespace Lotse.Features.SourcePolicy;

/// <summary>Where a key and the entries of its list stand in a page's front matter (or in a <c>_pages.yml</c>, whose
/// keys the pages made from data take), for diagnostics at the entry's line.</summary>
public sealed class SourceLines
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
        if (_lines[keyLine - 1].Contains(entry, StringComparison.Ordinal)) return keyLine;
        for (var i = keyLine; i < _lines.Length; i++)
        {
            var line = _lines[i];
            if (line.Length > 0 && !char.IsWhiteSpace(line[0]) && !line.StartsWith('-')) break; // the next key
            if (line.Contains(entry, StringComparison.Ordinal)) return i + 1;
        }
        return keyLine;
    }
}

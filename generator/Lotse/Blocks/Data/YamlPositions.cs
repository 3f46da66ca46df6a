namespace Lotse.Blocks.Data;

/// <summary>Where a top-level key and its value stand in a YAML text (1-based line and column), for diagnostics
/// about values that parsed but do not fit. (1, 1) when the key is not found.</summary>
internal static class YamlPositions
{
    /// <summary>The position of the value of <paramref name="key"/> (its first character after <c>key:</c>, or the key
    /// when the value starts on the next line).</summary>
    public static (int Line, int Column) Value(string yaml, string key)
    {
        var (line, text) = KeyLine(yaml, key);
        if (text is null) return (1, 1);
        var column = KeyLength(text, key);
        while (column < text.Length && text[column] == ' ') column++;
        return column < text.Length ? (line, column + 1) : (line, 1);
    }

    /// <summary>The position of <paramref name="value"/> in the lines of <paramref name="key"/> (a list entry).</summary>
    public static (int Line, int Column) Text(string yaml, string key, string value)
    {
        var (line, text) = KeyLine(yaml, key);
        if (text is null) return (1, 1);
        var lines = yaml.Split('\n');
        for (var i = line - 1; i < lines.Length; i++)
        {
            if (i > line - 1 && lines[i].Length > 0 && lines[i][0] is not (' ' or '-' or '#')) break;
            var at = lines[i].IndexOf(value, i == line - 1 ? KeyLength(lines[i], key) : 0, StringComparison.Ordinal);
            if (at >= 0) return (i + 1, at + 1);
        }
        return Value(yaml, key);
    }

    /// <summary>The position of the value of <paramref name="key"/> inside the mapping of the top-level key
    /// <paramref name="parent"/> (<c>checks:</c> / <c>  readability: x</c>); the parent's when not found.</summary>
    public static (int Line, int Column) Nested(string yaml, string parent, string key, bool ofKey = false)
    {
        var (line, parentText) = KeyLine(yaml, parent);
        if (parentText is null) return (1, 1);
        var lines = yaml.Split('\n');
        for (var i = line; i < lines.Length; i++)
        {
            var text = lines[i].TrimEnd('\r');
            if (text.Length > 0 && text[0] is not (' ' or '#')) break;
            var indent = text.Length - text.TrimStart(' ').Length;
            var length = KeyLength(text[indent..], key);
            if (length == 0) continue;
            if (ofKey) return (i + 1, indent + 1);
            var column = indent + length;
            while (column < text.Length && text[column] == ' ') column++;
            return column < text.Length ? (i + 1, column + 1) : (i + 1, indent + 1);
        }
        // Flow style (checks: { readability: x }): the key in the parent's line.
        var at = parentText.IndexOf(key + ":", StringComparison.Ordinal);
        return at > 0 ? (line, at + 1) : Value(yaml, parent);
    }

    private static (int Line, string? Text) KeyLine(string yaml, string key)
    {
        var number = 0;
        foreach (var line in yaml.Split('\n'))
        {
            number++;
            if (KeyLength(line, key) > 0) return (number, line.TrimEnd('\r'));
        }
        return (0, null);
    }

    /// <summary>The length of <c>key:</c> (also quoted) at the start of <paramref name="line"/>, or 0.</summary>
    private static int KeyLength(string line, string key)
    {
        foreach (var quote in new[] { "", "\"", "'" })
        {
            var written = quote + key + quote;
            var rest = line.AsSpan();
            if (!rest.StartsWith(written, StringComparison.Ordinal)) continue;
            rest = rest[written.Length..];
            var spaces = rest.Length - rest.TrimStart(' ').Length;
            if (rest[spaces..].StartsWith(":")) return written.Length + spaces + 1;
        }
        return 0;
    }
}

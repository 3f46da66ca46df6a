namespace Lotse.Blocks.Data;

/// <summary>
/// A fast path for the YAML that front matter nearly always is: <c>key: value</c> lines at the left margin, the
/// value a plain, <c>'single'</c> or <c>"double"</c> quoted scalar on the same line, or a block list of such
/// scalars on the following lines (<c>- item</c>). Anything beyond that (comments, nesting, anchors, tags,
/// escapes, tabs, values over several lines, duplicate keys …) is declined, and <see cref="YamlReader"/> lets
/// YamlDotNet read it, so errors are always YamlDotNet's. What is accepted reads to exactly the values
/// YamlDotNet's reading gives (the property tests hold the two against each other).
/// </summary>
internal static class SimpleYaml
{
    /// <summary>Longer text is left to YamlDotNet, which counts values against <see cref="YamlReader.MaxValues"/>
    /// (a line holds at most two values, and takes at least four characters).</summary>
    private const int MaxLength = 1_000_000;

    private const int MaxKeyLength = 100;

    public static bool TryParse(string text, out Dictionary<string, object?>? map)
    {
        map = null;
        if (text.Length > MaxLength) return false;
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        var pos = 0;
        while (pos < text.Length)
        {
            var line = NextLine(text, ref pos);
            if (line.Length == 0) continue;
            var colon = line.IndexOf(':');
            if (colon <= 0 || !IsKey(line[..colon])) return false;
            var key = line[..colon].ToString();
            if (YamlReader.ConvertPlain(key) is not string) return false; // "true", "1", "null": keys YAML reads as other values
            var rest = line[(colon + 1)..];
            object? value;
            if (rest.Length == 0)
            {
                if (!TryList(text, ref pos, out var list)) return false;
                value = list;
            }
            else if (rest[0] != ' ' || !TryScalar(rest, out value)) return false;
            if (!result.TryAdd(key, value)) return false;
        }
        if (result.Count == 0) return false;
        map = result;
        return true;
    }

    /// <summary>The line at <paramref name="pos"/> (without its '\n'); moves <paramref name="pos"/> past it.</summary>
    private static ReadOnlySpan<char> NextLine(string text, ref int pos)
    {
        var rest = text.AsSpan(pos);
        var end = rest.IndexOf('\n');
        if (end < 0)
        {
            pos = text.Length;
            return rest;
        }
        pos += end + 1;
        return rest[..end];
    }

    /// <summary>After <c>key:</c> with nothing behind it: the list of <c>- item</c> lines that follows (all equally
    /// indented, blank lines between them allowed), or null when the next line with text is the next key (or
    /// there is none). False when what follows is anything else.</summary>
    private static bool TryList(string text, ref int pos, out List<object?>? list)
    {
        list = null;
        var indent = -1;
        var afterLast = pos; // where the key's value ends: after the last item, or right after the key
        var at = pos;
        while (at < text.Length)
        {
            var line = NextLine(text, ref at);
            if (line.Length == 0) continue;
            var spaces = line.Length - line.TrimStart(' ').Length;
            if (indent < 0 && spaces == 0 && !IsItem(line, 0)) break; // the next key: the value was empty
            if (indent < 0) indent = spaces;
            if (spaces != indent || !IsItem(line, indent))
            {
                if (spaces == 0 && !IsItem(line, 0)) break; // the next key, after the list
                return false;
            }
            if (!TryScalar(line[(indent + 1)..], out var item)) return false;
            (list ??= []).Add(item);
            afterLast = at;
        }
        pos = afterLast;
        return true;
    }

    private static bool IsItem(ReadOnlySpan<char> line, int indent) =>
        line.Length > indent + 1 && line[indent] == '-' && line[indent + 1] == ' ';

    /// <summary>A scalar after its key's colon or its item's dash (<paramref name="text"/> starts with the space
    /// after it) that ends on its line.</summary>
    private static bool TryScalar(ReadOnlySpan<char> text, out object? value)
    {
        value = null;
        var v = text.TrimStart(' ');
        if (v.Length == 0 || v.Length == text.Length) return false;
        foreach (var c in v)
            if (!IsPlainChar(c)) return false;
        if (v[0] is '"' or '\'')
        {
            var close = v[1..].IndexOf(v[0]);
            if (close < 0 || !v[(close + 2)..].TrimStart(' ').IsEmpty) return false;
            var content = v.Slice(1, close);
            if (v[0] == '"' && content.Contains('\\')) return false;
            value = content.ToString();
            return true;
        }
        if (v[0] is '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '%' or '@' or '`' or ',') return false;
        if (v[0] is '-' or '?' or ':' && (v.Length == 1 || v[1] == ' ')) return false;
        v = v.TrimEnd(' ');
        if (v.Contains('#') || v.Contains(": ", StringComparison.Ordinal) || v[^1] == ':') return false;
        value = YamlReader.ConvertPlain(v.ToString());
        return true;
    }

    private static bool IsKey(ReadOnlySpan<char> key)
    {
        if (key.Length > MaxKeyLength || !(char.IsAsciiLetter(key[0]) || key[0] == '_')) return false;
        foreach (var c in key)
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '-')) return false;
        return true;
    }

    /// <summary>Printable characters only (no tabs, no control characters, no surrogates, no byte order mark, no
    /// line or paragraph separator), so YAML's rules about them never come into play.</summary>
    private static bool IsPlainChar(char c) =>
        c is >= ' ' and <= '~' ||
        (c is >= '\u00A0' and <= '\uD7FF' && c is not ('\u2028' or '\u2029')) ||
        (c is >= '\uE000' and <= '\uFFFD' && c != '\uFEFF');
}

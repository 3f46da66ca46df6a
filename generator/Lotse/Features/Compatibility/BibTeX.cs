using System.Text;

namespace Lotse.Features.Compatibility;

/// <summary>One entry of a BibTeX or BibLaTeX file: its key and its fields (names in lower case, values without the
/// braces that protect capitals, with <c>\&amp;</c> and the like unescaped).</summary>
internal sealed record BibEntry(string Key, string Type, IReadOnlyDictionary<string, string> Fields, int Line)
{
    public string? Field(string name) => Fields.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

    /// <summary>The family names of the authors (or editors): <c>Gould, John D.</c> and <c>John D. Gould</c> give
    /// <c>Gould</c>, <c>{DIN}</c> gives <c>DIN</c>.</summary>
    public IReadOnlyList<string> FamilyNames => RawNames.Select(FamilyName).ToList();

    /// <summary>The authors (or editors) as written, each <c>Nachname, Vorname</c> or the organisation.</summary>
    public IReadOnlyList<string> RawNames =>
        (Field("author") ?? Field("editor") ?? "").Split(" and ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The year of <c>year</c> or <c>date</c>, else "o. J." (ohne Jahr).</summary>
    public string Year => (Field("year") ?? Field("date")) is { Length: >= 4 } y && y[..4].All(char.IsAsciiDigit) ? y[..4] : "o. J.";

    private static string FamilyName(string name)
    {
        var comma = name.IndexOf(',');
        if (comma > 0) return name[..comma].Trim();
        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 0 ? name : parts[^1];
    }
}

/// <summary>Reads the entries of a BibTeX / BibLaTeX file (as Zotero and JabRef write them): <c>@type{key, name = {value},
/// name = "value", year = 2020}</c>; <c>@comment</c>, <c>@string</c> and <c>@preamble</c> are skipped.</summary>
internal static class BibTeX
{
    public static IReadOnlyList<BibEntry> Read(string text)
    {
        var entries = new List<BibEntry>();
        var i = 0;
        while ((i = text.IndexOf('@', i)) >= 0)
        {
            var typeStart = ++i;
            while (i < text.Length && char.IsAsciiLetter(text[i])) i++;
            var type = text[typeStart..i].ToLowerInvariant();
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            if (i >= text.Length || text[i] is not ('{' or '(')) continue;
            var end = Matching(text, i);
            if (end < 0) break;
            if (type is not ("comment" or "string" or "preamble" or ""))
            {
                var line = text.AsSpan(0, typeStart).Count('\n');
                if (Entry(type, text[(i + 1)..end], line) is { } entry) entries.Add(entry);
            }
            i = end + 1;
        }
        return entries;
    }

    private static BibEntry? Entry(string type, string body, int line)
    {
        var comma = body.IndexOf(',');
        if (comma <= 0) return null;
        var key = body[..comma].Trim();
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var i = comma + 1;
        while (i < body.Length)
        {
            var eq = body.IndexOf('=', i);
            if (eq < 0) break;
            var name = body[i..eq].Trim().Trim(',').Trim().ToLowerInvariant();
            i = eq + 1;
            while (i < body.Length && char.IsWhiteSpace(body[i])) i++;
            if (i >= body.Length) break;
            string value;
            if (body[i] == '{')
            {
                var end = Matching(body, i);
                if (end < 0) break;
                value = body[(i + 1)..end];
                i = end + 1;
            }
            else if (body[i] == '"')
            {
                var end = body.IndexOf('"', i + 1);
                if (end < 0) break;
                value = body[(i + 1)..end];
                i = end + 1;
            }
            else
            {
                var end = body.IndexOf(',', i);
                if (end < 0) end = body.Length;
                value = body[i..end].Trim();
                i = end;
            }
            while (i < body.Length && body[i] != ',') i++;
            i++;
            if (name.Length > 0) fields[name] = Clean(value);
        }
        return new BibEntry(key, type, fields, line);
    }

    /// <summary>The index of the brace or parenthesis that closes the one at <paramref name="open"/>, or -1.</summary>
    private static int Matching(string text, int open)
    {
        var close = text[open] == '(' ? ')' : '}';
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            if (text[i] == '\\') { i++; continue; }
            if (text[i] == text[open]) depth++;
            else if (text[i] == close && --depth == 0) return i;
        }
        return -1;
    }

    /// <summary>Without protecting braces, with escaped characters as themselves and whitespace collapsed.</summary>
    private static string Clean(string value)
    {
        var sb = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c is '{' or '}') continue;
            if (c == '\\' && i + 1 < value.Length && !char.IsAsciiLetter(value[i + 1])) { sb.Append(value[++i]); continue; }
            sb.Append(char.IsWhiteSpace(c) ? ' ' : c);
        }
        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}

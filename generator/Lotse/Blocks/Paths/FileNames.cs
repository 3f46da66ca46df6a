using System.Text;

namespace Lotse.Blocks.Paths;

/// <summary>Which file and folder names can become URLs: a name with a character that HTML or URLs treat specially
/// (<c>&lt; &gt; " ' &amp;</c>, <c># ? %</c>, <c>:</c> which would make the name a URL scheme, <c>\</c>, control characters)
/// is refused, so that no name ever needs escaping in a link.</summary>
internal static class FileNames
{
    private const string Refused = "<>\"'&#?%:\\`|*";

    /// <summary>A sentence saying what is wrong with <paramref name="name"/> and how to rename it, or null when it is fine.</summary>
    public static string? Problem(string name)
    {
        var bad = new List<string>();
        foreach (var c in name)
        {
            var shown = char.IsControl(c) ? $"U+{(int)c:X4}" : c.ToString();
            if ((Refused.Contains(c) || char.IsControl(c)) && !bad.Contains(shown)) bad.Add(shown);
        }
        if (bad.Count == 0) return null;
        return $"The name '{Printable(name)}' contains {string.Join(" ", bad.Select(b => $"'{b}'"))}, which break{(bad.Count == 1 ? "s" : "")} links. " +
               $"Rename it, e.g. to '{Suggest(name)}' (letters, digits, '-', '_' and '.')";
    }

    /// <summary>The name without the refused characters.</summary>
    public static string Suggest(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (Refused.Contains(c) || char.IsControl(c))
            {
                if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
            }
            else sb.Append(c);
        }
        var suggestion = sb.ToString().Trim('-');
        return suggestion.Length == 0 || suggestion.StartsWith('.') ? "seite" + suggestion : suggestion.Replace("-.", ".");
    }

    private static string Printable(string name) =>
        string.Concat(name.Select(c => char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString()));

    /// <summary>The key under which two names collide on a case-insensitive or normalising file system (macOS, Windows,
    /// many ZIP tools): the name in Unicode NFC, lower case.</summary>
    public static string CollisionKey(string path) => path.Normalize(NormalizationForm.FormC).ToLowerInvariant();
}

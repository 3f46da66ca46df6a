using System.Text.RegularExpressions;

namespace Lotse.ContentChecks;

/// <summary>Splits German prose into sentences and words. A sentence ends at '.', '!' or '?' followed by
/// white space and a capital letter (or the end), unless the dot closes a known abbreviation
/// ("z. B.", "bzw.", "Nr."), a single letter or a number ("1. Januar").</summary>
public static partial class GermanSentences
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "z", "b", "d", "h", "u", "a", "o", "ä", "bzw", "ggf", "etc", "nr", "abs", "art", "vgl", "usw", "ca", "dr", "inkl",
        "evtl", "sog", "i", "r", "s", "u.a", "z.b", "d.h", "zb", "bspw", "max", "min", "mind", "gem", "lt", "zzgl", "Prof", "St", "Jh", "Std", "Mio", "Mrd",
    };

    /// <summary>Sentences as (start index, length) in <paramref name="text"/>.</summary>
    public static IEnumerable<(int Start, int Length)> Split(string text)
    {
        var start = SkipSpace(text, 0);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is not ('.' or '!' or '?')) continue;
            var end = i + 1;
            while (end < text.Length && text[end] is '.' or '!' or '?' or '"' or '“' or '”' or ')' or '»' or '«') end++;
            var next = SkipSpace(text, end);
            if (next < text.Length && (next == end || !char.IsUpper(text[next]) && !char.IsDigit(text[next]) && text[next] is not ('„' or '"' or '('))) continue;
            if (c == '.' && ClosesAbbreviation(text, i)) continue;
            if (end > start) yield return (start, end - start);
            start = next;
            i = next - 1;
        }
        if (start < text.Length && text[start..].Trim().Length > 0) yield return (start, text.Length - start);
    }

    private static bool ClosesAbbreviation(string text, int dot)
    {
        var from = dot;
        while (from > 0 && char.IsLetterOrDigit(text[from - 1])) from--;
        var word = text[from..dot];
        return word.Length == 0 || word.All(char.IsDigit) || word.Length == 1 || Abbreviations.Contains(word);
    }

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    /// <summary>The words (runs of letters and digits, inner hyphens kept) of a piece of text, with their index.</summary>
    public static IEnumerable<(int Index, string Word)> Words(string text) =>
        WordPattern().Matches(text).Select(m => (m.Index, m.Value));

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*")]
    private static partial Regex WordPattern();
}

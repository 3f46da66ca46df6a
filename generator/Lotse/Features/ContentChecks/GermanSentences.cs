using System.Text.RegularExpressions;

namespace Lotse.Features.ContentChecks;

/// <summary>Splits German prose into sentences and words. A sentence ends at '.', '!' or '?' followed by
/// white space and a capital letter (or the end), unless the dot closes a known abbreviation
/// ("z. B.", "bzw.", "Nr."), a single letter or an ordinal number ("am 1. Januar", "die 3. Stufe").
/// A number after a noun or label ("Typ 1.", "Nr. 245.", "August 2017.", "BITV 2.0.") and a dot after a
/// closing parenthesis or quotation mark ("(BGB).", "„Wer wir sind“.") end the sentence.</summary>
public static partial class GermanSentences
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "z", "b", "d", "h", "u", "a", "o", "ä", "bzw", "ggf", "etc", "nr", "abs", "art", "vgl", "usw", "ca", "dr", "inkl",
        "evtl", "sog", "i", "r", "s", "u.a", "z.b", "d.h", "zb", "bspw", "max", "min", "mind", "gem", "lt", "zzgl", "Prof", "St", "Jh", "Std", "Mio", "Mrd",
    };

    /// <summary>Abbreviations a number follows as its label, not as an ordinal: "Nr. 245", "Abs. 1".</summary>
    private static readonly HashSet<string> Labels = new(StringComparer.OrdinalIgnoreCase) { "Nr", "Art", "Abs", "Kap", "Ziff", "Bd", "S", "Abb", "Anl" };

    private static readonly HashSet<string> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        "Januar", "Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember",
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
            if (c == '.' && ClosesAbbreviation(text, start, i, next)) continue;
            if (end > start) yield return (start, end - start);
            start = next;
            i = next - 1;
        }
        if (start < text.Length && text[start..].Trim().Length > 0) yield return (start, text.Length - start);
    }

    /// <summary>Whether the dot at <paramref name="dot"/> (in the sentence starting at <paramref name="sentenceStart"/>,
    /// the next word at <paramref name="next"/>) belongs to the word before it instead of ending the sentence.</summary>
    private static bool ClosesAbbreviation(string text, int sentenceStart, int dot, int next)
    {
        var from = dot;
        while (from > 0 && char.IsLetterOrDigit(text[from - 1])) from--;
        var word = text[from..dot];
        if (word.Length == 0) return from > 0 && !IsClosingMark(text[from - 1]);
        if (word.All(char.IsDigit)) return IsOrdinal(text, sentenceStart, from, word, next);
        return word.Length == 1 || Abbreviations.Contains(word);
    }

    private static bool IsClosingMark(char c) => c is ')' or ']' or '“' or '”' or '"' or '«' or '»' or '\'';

    /// <summary>"am 1. Januar", "die 3. Stufe", "Die 2. Welle" (the number after a small word or at the start):
    /// an ordinal. "Typ 1.", "August 2017.", "Nr. 245.", "2.0." or a year (four digits or more): a number that ends the sentence.</summary>
    private static bool IsOrdinal(string text, int sentenceStart, int from, string digits, int next)
    {
        if (NextWordIsMonth(text, next)) return true;
        if (digits.Length >= 4) return false;
        if (from > 0 && text[from - 1] is '.' or ',') return false; // 2.0, 5.900
        var before = from;
        while (before > sentenceStart && char.IsWhiteSpace(text[before - 1])) before--;
        if (before <= sentenceStart) return true; // "1. Schritt" at the start of the sentence
        if (text[before - 1] == '§') return false;
        var labelDot = text[before - 1] == '.';
        if (labelDot) before--;
        var wordStart = before;
        while (wordStart > sentenceStart && char.IsLetter(text[wordStart - 1])) wordStart--;
        if (wordStart == before) return true; // after punctuation or a digit
        if (labelDot) return !Labels.Contains(text[wordStart..before]); // "Nr. 245."
        var isLabel = char.IsUpper(text[wordStart]) && wordStart > sentenceStart; // a noun mid-sentence: "vom Typ 1."
        return !isLabel;
    }

    private static bool NextWordIsMonth(string text, int next)
    {
        var end = next;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        return end > next && Months.Contains(text[next..end]);
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

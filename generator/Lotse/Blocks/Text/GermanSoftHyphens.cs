using System.Text;

namespace Lotse.Blocks.Text;

/// <summary>
/// Soft hyphens (U+00AD) between the syllables of long words (13 letters and more: "Verwaltungs·verfahren"), so a
/// heading breaks a long German compound at a syllable on a narrow screen, also in browsers without a German dictionary
/// for <c>hyphens: auto</c>. A rule of thumb, not a dictionary: a break goes before the last consonant between two
/// vowels (Zu-gang, Ge-setz), before bl, br, dr, fl, fr, gl, gr, kl, kr, pl, pr, tr, st, schl, schr, schw (Ver-trag,
/// Be-trieb, an-schlie-ßen), before ch, ck, sch and ph, which stay together, after -ungs, -heits, -keits, -tions,
/// -schafts (Verwaltungs-abkommen) and before a few common word stems that start with a vowel (Daten-austausch,
/// Zusammen-arbeit); at least two letters stay on each side. Each position is decided by looking at a few letters
/// around it, so the time is linear in the length of the text, whatever the text.
/// </summary>
internal static class GermanSoftHyphens
{
    public const char SoftHyphen = '\u00AD';

    /// <summary>Words shorter than this are left whole.</summary>
    private const int ShortestWord = 13;

    private static readonly string[] VowelStems =
        ["arbeit", "austausch", "anforder", "abkommen", "information", "erklär", "einsatz", "angebot", "anbind",
         "anschluss", "aufwand", "ausgabe", "umsetz", "unterstütz", "änderung"];

    private static readonly string[] BreakAfter = ["ungs", "heits", "keits", "tions", "schafts"];

    /// <summary>Consonant groups that start a syllable before a vowel, longest first.</summary>
    private static readonly string[] Onsets = ["schl", "schr", "schw", "sch", "ch", "ck", "ph", "st"];

    /// <summary>The text with soft hyphens at the syllable breaks of its long words.</summary>
    public static string Insert(string text)
    {
        StringBuilder? result = null;
        var copied = 0;
        for (var start = 0; start < text.Length;)
        {
            if (!char.IsLetter(text[start])) { start++; continue; }
            var end = start;
            while (end < text.Length && char.IsLetter(text[end])) end++;
            if (end - start >= ShortestWord)
            {
                var word = text.Substring(start, end - start).ToLowerInvariant();
                if (word.Length != end - start) { start = end; continue; } // a letter whose lower case is longer: leave the word whole
                var lastVowel = -1; // the last vowel before the position
                for (var i = 1; i < word.Length; i++)
                {
                    if (IsVowel(word[i - 1])) lastVowel = i - 1;
                    else if (!IsConsonant(word[i - 1])) lastVowel = -1; // only consonants may stand between it and the break
                    if (i < 2 || lastVowel < 0 || !IsBreak(word, i)) continue;
                    result ??= new StringBuilder(text.Length + 16);
                    result.Append(text, copied, start + i - copied).Append(SoftHyphen);
                    copied = start + i;
                }
            }
            start = end;
        }
        return result is null ? text : result.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>Whether a break goes before <paramref name="word"/>[<paramref name="i"/>] (lower case, 2 ≤ i).</summary>
    private static bool IsBreak(string word, int i)
    {
        var before = word[i - 1];
        var at = word[i];
        if (before == 'c' && at is 'h' or 'k') return false;
        if (before == 's' && Has(word, i, "ch")) return false;
        if (before == 'p' && at == 'h') return false;
        if (EndsWith(word, i, "sch") && at is 'l' or 'r' or 'w') return false;
        if (before is 'b' or 'f' or 'g' or 'k' or 'p' && at is 'l' or 'r') return false;
        if (before is 'd' or 't' && at == 'r') return false;
        if (before == 's' && at == 't' && !EndsWith(word, i - 1, "ung") && !EndsWith(word, i - 1, "au")) return false;
        if (EndsWith(word, i, "au") && Has(word, i, "st")) return false;
        if (EndsWith(word, i, "ung") && at == 's') return false;
        if (StemAt(word, i + 1) || StemAt(word, i + 2)) return false;
        return OnsetBeforeVowel(word, i) || StemAt(word, i) || BreakAfterSuffix(word, i);
    }

    /// <summary>A consonant group that starts a syllable, then a vowel.</summary>
    private static bool OnsetBeforeVowel(string word, int i)
    {
        foreach (var onset in Onsets)
            if (Has(word, i, onset) && VowelAt(word, i + onset.Length)) return true;
        if (i + 1 < word.Length && word[i] is 'b' or 'f' or 'g' or 'k' or 'p' && word[i + 1] is 'l' or 'r' && VowelAt(word, i + 2)) return true;
        if (i + 1 < word.Length && word[i] is 'd' or 't' && word[i + 1] == 'r' && VowelAt(word, i + 2)) return true;
        return IsConsonant(word[i]) && VowelAt(word, i + 1);
    }

    private static bool BreakAfterSuffix(string word, int i) =>
        i + 2 <= word.Length && BreakAfter.Any(suffix => EndsWith(word, i, suffix));

    private static bool StemAt(string word, int i)
    {
        if (i >= word.Length) return false;
        foreach (var stem in VowelStems)
            if (Has(word, i, stem)) return true;
        return false;
    }

    private static bool Has(string word, int i, string part) =>
        i + part.Length <= word.Length && string.CompareOrdinal(word, i, part, 0, part.Length) == 0;

    private static bool EndsWith(string word, int i, string part) =>
        i >= part.Length && string.CompareOrdinal(word, i - part.Length, part, 0, part.Length) == 0;

    private static bool VowelAt(string word, int i) => i < word.Length && IsVowel(word[i]);

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'ä' or 'ö' or 'ü';

    private static bool IsConsonant(char c) => c is (>= 'b' and <= 'd') or (>= 'f' and <= 'h') or (>= 'j' and <= 'n')
        or (>= 'p' and <= 't') or (>= 'v' and <= 'z') or 'ß';
}

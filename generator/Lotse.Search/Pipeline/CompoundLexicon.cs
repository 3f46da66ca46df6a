using System.Runtime.CompilerServices;
using Lotse.Search.German;

namespace Lotse.Search.Pipeline;

/// <summary>
/// The heads <see cref="CompoundSplitter"/> looks for: nouns of the site's own text (words written with
/// a capital followed by lower-case letters, four to 64 letters, no stop word) plus common heads of
/// administrative compounds, all in lower case.
/// </summary>
public static class CompoundLexicon
{
    private static readonly string[] CommonHeads =
    [
        "antrag", "anzeige", "akte", "amt", "anmeldung", "ausweis", "behörde", "bericht", "bescheid", "bescheinigung",
        "daten", "dienst", "erlaubnis", "formular", "gebühr", "genehmigung", "gericht", "gesetz", "kammer", "katalog",
        "konto", "leistung", "lösung", "meldung", "modell", "nachweis", "nummer", "plattform", "portal", "postfach",
        "pflicht", "prozess", "prüfung", "recht", "register", "schnittstelle", "service", "standard", "stelle",
        "system", "urkunde", "verfahren", "vertrag", "verwaltung", "vorgang", "zugang", "zuständigkeit",
    ];

    /// <summary>From this many texts, the nouns are gathered on all cores (a set each, joined; the lexicon is sorted, so the
    /// same).</summary>
    private const int ParallelTexts = 50_000;

    public static IReadOnlyList<string> Build(IEnumerable<string> texts)
    {
        var words = new HashSet<string>(CommonHeads.Where(h => h.Length >= CompoundSplitter.MinimumHeadLength), StringComparer.Ordinal);
        var all = texts as IReadOnlyList<string> ?? texts.ToList();
        var parts = all.Count >= ParallelTexts ? Environment.ProcessorCount : 1;
        if (parts == 1)
        {
            AddNouns(all, 0, all.Count, words);
        }
        else
        {
            var sets = new HashSet<string>[parts];
            Parallel.For(0, parts, part =>
            {
                sets[part] = new HashSet<string>(StringComparer.Ordinal);
                AddNouns(all, (int)((long)all.Count * part / parts), (int)((long)all.Count * (part + 1) / parts), sets[part]);
            });
            foreach (var set in sets)
            {
                words.UnionWith(set);
            }
        }
        return words.Order(StringComparer.Ordinal).ToArray();
    }

    private static void AddNouns(IReadOnlyList<string> texts, int start, int end, HashSet<string> words)
    {
        var wordsBySpan = words.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[64];
        for (var i = start; i < end; i++)
        {
            AddNouns(texts[i], words, wordsBySpan, buffer);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddNouns(
        string text, HashSet<string> words, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> wordsBySpan, Span<char> buffer)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }
            var length = i - start;
            if (length < CompoundSplitter.MinimumHeadLength || length > CompoundSplitter.MaximumHeadLength || !char.IsUpper(text[start]) || !char.IsLower(text[start + 1]))
            {
                continue;
            }
            // Letters are never surrogates, so lower-casing them one by one is what ToLowerInvariant does;
            // a word seen before costs no string.
            var lower = length <= buffer.Length ? buffer[..length] : new char[length];
            text.AsSpan(start, length).ToLowerInvariant(lower);
            if (wordsBySpan.Contains(lower) || !IsGermanLowerCase(lower))
            {
                continue;
            }
            var word = lower.ToString();
            if (!GermanStopWordFilter.IsStopWord(word))
            {
                words.Add(word);
            }
        }
    }

    private static bool IsGermanLowerCase(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsAsciiLetterLower(c) && c is not ('ä' or 'ö' or 'ü' or 'ß'))
            {
                return false;
            }
        }
        return true;
    }
}

namespace Lotse.Features.Glossary;

/// <summary>Finds glossary terms (and their synonyms) in text: whole words only, where a word is a run of
/// letters and digits (umlauts and ß included) and hyphens between them, so "EfA" matches in "(EfA)" but not in
/// "EfAs" or in the compound "EfA-Leistung" (a link on half a word reads badly); "OZG-Änderungsgesetz" matches as a whole.
/// Abbreviations match case-sensitively, other terms ignoring case. At one position the longest form wins.</summary>
internal sealed class GlossaryMatcher
{
    private readonly List<(string Form, GlossaryEntry Entry, StringComparison Comparison)> _forms;

    // The forms by their first word (letters and digits, ignoring case), longest first: the text is read once, word by
    // word, and only the forms that start with the word at hand are compared. Trying every form at every position
    // took time proportional to terms × text × marks (6,000 terms on one page: minutes).
    private readonly Dictionary<string, List<(string Form, GlossaryEntry Entry, StringComparison Comparison)>> _byFirstWord;
    private readonly Dictionary<string, List<(string Form, GlossaryEntry Entry, StringComparison Comparison)>>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    // Forms that do not start with a letter or digit (rare): searched for as before.
    private readonly List<(string Form, GlossaryEntry Entry, StringComparison Comparison)> _otherForms;

    public GlossaryMatcher(IEnumerable<GlossaryEntry> entries)
    {
        Entries = entries.ToList();
        _forms = Entries
            .SelectMany(e => e.Forms.Select(f => (Form: f, Entry: e,
                Comparison: GlossaryEntry.IsAbbreviation(f, e.LongForm) ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase)))
            .OrderByDescending(f => f.Form.Length).ThenBy(f => f.Form, StringComparer.Ordinal)
            .ToList();
        _byFirstWord = new(StringComparer.OrdinalIgnoreCase);
        _otherForms = [];
        foreach (var form in _forms)
        {
            var word = FirstWordLength(form.Form, 0);
            if (word == 0) { _otherForms.Add(form); continue; }
            var key = form.Form[..word];
            if (!_byFirstWord.TryGetValue(key, out var list)) _byFirstWord[key] = list = [];
            list.Add(form); // _forms is longest first, so is each list
        }
        _lookup = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public IReadOnlyList<GlossaryEntry> Entries { get; }

    public bool IsEmpty => _forms.Count == 0;

    /// <summary>The first whole-word occurrence of a term whose entry is not in <paramref name="done"/>.
    /// <paramref name="before"/> and <paramref name="after"/> are the text around <paramref name="text"/> in the same
    /// paragraph (across emphasis: "**EfA**-Wegweiser"), so a word that goes on there is not a whole word.
    /// Reads the text once, word by word (linear in its length).</summary>
    public (int Index, int Length, GlossaryEntry Entry)? FindFirst(string text, IReadOnlySet<GlossaryEntry> done, string before = "", string after = "")
    {
        var all = before.Length + after.Length == 0 ? text : before + text + after;
        var end = before.Length + text.Length;
        var best = _otherForms.Count == 0 ? null : FindOther(all, before.Length, end, done);
        var limit = best is null ? end : best.Value.Index + before.Length;
        for (var at = before.Length; at < limit; at++)
        {
            if (!IsWordChar(all, at) || IsWordChar(all, at - 1)) continue;
            var word = FirstWordLength(all, at);
            if (IsWordStart(all, at) && _lookup.TryGetValue(all.AsSpan(at, word), out var forms))
                foreach (var (form, entry, comparison) in forms)
                    if (!done.Contains(entry) && at + form.Length <= end && string.Compare(all, at, form, 0, form.Length, comparison) == 0
                        && IsWordEnd(all, at + form.Length))
                        return (at - before.Length, form.Length, entry);
            at += word - 1;
        }
        return best;
    }

    /// <summary>The length of the run of letters and digits at <paramref name="start"/>.</summary>
    private static int FirstWordLength(string text, int start)
    {
        var i = start;
        while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
        return i - start;
    }

    private (int Index, int Length, GlossaryEntry Entry)? FindOther(string all, int start, int end, IReadOnlySet<GlossaryEntry> done)
    {
        (int Index, int Length, GlossaryEntry Entry)? best = null;
        foreach (var (form, entry, comparison) in _otherForms)
        {
            if (done.Contains(entry)) continue;
            for (var at = all.IndexOf(form, start, comparison);
                 at >= 0 && at + form.Length <= end && (best is null || at - start < best.Value.Index);
                 at = all.IndexOf(form, at + 1, comparison))
            {
                if (IsWordStart(all, at) && IsWordEnd(all, at + form.Length))
                {
                    best = (at - start, form.Length, entry);
                    break;
                }
            }
        }
        return best;
    }

    private static bool IsWordChar(string text, int index) => index >= 0 && index < text.Length && char.IsLetterOrDigit(text[index]);

    private static bool IsHyphen(char c) => c is '-' or '\u2011';

    /// <summary>Nothing of the word before <paramref name="index"/>: no letter or digit, and no hyphen joined to one.</summary>
    private static bool IsWordStart(string text, int index) =>
        !IsWordChar(text, index - 1) && !(index >= 2 && IsHyphen(text[index - 1]) && IsWordChar(text, index - 2));

    /// <summary>The word does not go on at <paramref name="index"/>: no letter or digit, and no hyphen followed by one.</summary>
    private static bool IsWordEnd(string text, int index) =>
        !IsWordChar(text, index) && !(index < text.Length && IsHyphen(text[index]) && IsWordChar(text, index + 1));
}

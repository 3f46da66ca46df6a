namespace Lotse.Features.Glossary;

/// <summary>Finds glossary terms (and their synonyms) in text: whole words only, where a word is a run of
/// letters and digits (umlauts and ß included) and hyphens between them, so "Kfz" matches in "(Kfz)" but not in
/// "Kfzs" or in the compound "Kfz-Steuer" (a link on half a word reads badly); "BGB-Gesellschaft" matches as a whole.
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
    /// paragraph (across emphasis: "**Kfz**-Steuer"), so a word that goes on there is not a whole word.</summary>
    public (int Index, int Length, GlossaryEntry Entry)? FindFirst(string text, IReadOnlySet<GlossaryEntry> done, string before = "", string after = "") =>
        FindFirst(text, 0, text.Length, done, before, after);

    /// <summary>The same in the part of <paramref name="source"/> from <paramref name="start"/> on, <paramref name="length"/>
    /// characters long (the index is relative to <paramref name="start"/>). Reads the part once, word by word, and copies
    /// none of it: marking many terms in one long paragraph stays linear.</summary>
    public (int Index, int Length, GlossaryEntry Entry)? FindFirst(string source, int start, int length, IReadOnlySet<GlossaryEntry> done, string before = "", string after = "")
    {
        var all = new Window(source, start, length, before, after);
        var end = start + length;
        var best = _otherForms.Count == 0 ? null : FindOther(source, start, end, before, after, done);
        var limit = best is null ? end : best.Value.Index + start;
        for (var at = start; at < limit; at++)
        {
            if (!all.IsWordChar(at) || all.IsWordChar(at - 1)) continue;
            var word = 0;
            while (at + word < end && char.IsLetterOrDigit(source[at + word])) word++;
            if (all.IsWordStart(at) && _lookup.TryGetValue(source.AsSpan(at, word), out var forms))
                foreach (var (form, entry, comparison) in forms)
                    if (!done.Contains(entry) && at + form.Length <= end && string.Compare(source, at, form, 0, form.Length, comparison) == 0
                        && all.IsWordEnd(at + form.Length))
                        return (at - start, form.Length, entry);
            at += Math.Max(word, 1) - 1;
        }
        return best;
    }

    /// <summary>The part of the source being searched with the paragraph's text just around it; indexes are the source's.</summary>
    private readonly record struct Window(string Source, int Start, int Length, string Before, string After)
    {
        private int End => Start + Length;

        public char? At(int index) =>
            index >= Start && index < End ? Source[index]
            : index < Start && Start - index <= Before.Length ? Before[Before.Length - (Start - index)]
            : index >= End && index - End < After.Length ? After[index - End]
            : null;

        public bool IsWordChar(int index) => At(index) is { } c && char.IsLetterOrDigit(c);

        /// <summary>Nothing of the word before <paramref name="index"/>: no letter or digit, and no hyphen joined to one.</summary>
        public bool IsWordStart(int index) =>
            !IsWordChar(index - 1) && !(At(index - 1) is { } h && IsHyphen(h) && IsWordChar(index - 2));

        /// <summary>The word does not go on at <paramref name="index"/>: no letter or digit, and no hyphen followed by one.</summary>
        public bool IsWordEnd(int index) =>
            !IsWordChar(index) && !(At(index) is { } h && IsHyphen(h) && IsWordChar(index + 1));
    }

    /// <summary>The length of the run of letters and digits at <paramref name="start"/>.</summary>
    private static int FirstWordLength(string text, int start)
    {
        var i = start;
        while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
        return i - start;
    }

    private (int Index, int Length, GlossaryEntry Entry)? FindOther(string source, int start, int end, string before, string after, IReadOnlySet<GlossaryEntry> done)
    {
        var window = new Window(source, start, end - start, before, after);
        (int Index, int Length, GlossaryEntry Entry)? best = null;
        foreach (var (form, entry, comparison) in _otherForms)
        {
            if (done.Contains(entry)) continue;
            for (var at = source.IndexOf(form, start, end - start, comparison);
                 at >= 0 && at + form.Length <= end && (best is null || at - start < best.Value.Index);
                 at = at + 1 < end ? source.IndexOf(form, at + 1, end - at - 1, comparison) : -1)
            {
                if (window.IsWordStart(at) && window.IsWordEnd(at + form.Length))
                {
                    best = (at - start, form.Length, entry);
                    break;
                }
            }
        }
        return best;
    }

    private static bool IsHyphen(char c) => c is '-' or '\u2011';
}

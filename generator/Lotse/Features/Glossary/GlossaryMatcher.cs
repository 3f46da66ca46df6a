namespace Lotse.Features.Glossary;

/// <summary>Finds glossary terms (and their synonyms) in text: whole words only, where a word is a run of
/// letters and digits (umlauts and ß included) and hyphens between them, so "EfA" matches in "(EfA)" but not in
/// "EfAs" or in the compound "EfA-Leistung" (a link on half a word reads badly); "OZG-Änderungsgesetz" matches as a whole.
/// Abbreviations match case-sensitively, other terms ignoring case. At one position the longest form wins.</summary>
internal sealed class GlossaryMatcher
{
    private readonly List<(string Form, GlossaryEntry Entry, StringComparison Comparison)> _forms;

    public GlossaryMatcher(IEnumerable<GlossaryEntry> entries)
    {
        Entries = entries.ToList();
        _forms = Entries
            .SelectMany(e => e.Forms.Select(f => (Form: f, Entry: e,
                Comparison: GlossaryEntry.IsAbbreviation(f, e.LongForm) ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase)))
            .OrderByDescending(f => f.Form.Length).ThenBy(f => f.Form, StringComparer.Ordinal)
            .ToList();
    }

    public IReadOnlyList<GlossaryEntry> Entries { get; }

    public bool IsEmpty => _forms.Count == 0;

    /// <summary>The first whole-word occurrence of a term whose entry is not in <paramref name="done"/>.
    /// <paramref name="before"/> and <paramref name="after"/> are the text around <paramref name="text"/> in the same
    /// paragraph (across emphasis: "**EfA**-Wegweiser"), so a word that goes on there is not a whole word.</summary>
    public (int Index, int Length, GlossaryEntry Entry)? FindFirst(string text, IReadOnlySet<GlossaryEntry> done, string before = "", string after = "")
    {
        var all = before.Length + after.Length == 0 ? text : before + text + after;
        var end = before.Length + text.Length;
        (int Index, int Length, GlossaryEntry Entry)? best = null;
        foreach (var (form, entry, comparison) in _forms)
        {
            if (done.Contains(entry)) continue;
            for (var at = all.IndexOf(form, before.Length, comparison);
                 at >= 0 && at + form.Length <= end && (best is null || at - before.Length < best.Value.Index);
                 at = all.IndexOf(form, at + 1, comparison))
            {
                if (IsWordStart(all, at) && IsWordEnd(all, at + form.Length))
                {
                    if (best is null || at - before.Length < best.Value.Index) best = (at - before.Length, form.Length, entry);
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

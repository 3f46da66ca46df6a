namespace Lotse.Features.Glossary;

/// <summary>Finds glossary terms (and their synonyms) in text: whole words only, where a word is a run of
/// letters and digits (umlauts and ß included), so "EfA" matches in "EfA-Leistung" but not in "EfAs".
/// Abbreviations match case-sensitively, other terms ignoring case. At one position the longest form wins.</summary>
public sealed class GlossaryMatcher
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

    /// <summary>The first whole-word occurrence of a term whose entry is not in <paramref name="done"/>.</summary>
    public (int Index, int Length, GlossaryEntry Entry)? FindFirst(string text, IReadOnlySet<GlossaryEntry> done)
    {
        (int Index, int Length, GlossaryEntry Entry)? best = null;
        foreach (var (form, entry, comparison) in _forms)
        {
            if (done.Contains(entry)) continue;
            for (var at = text.IndexOf(form, comparison); at >= 0 && (best is null || at < best.Value.Index); at = text.IndexOf(form, at + 1, comparison))
            {
                if (IsWordEdge(text, at - 1) && IsWordEdge(text, at + form.Length))
                {
                    if (best is null || at < best.Value.Index) best = (at, form.Length, entry);
                    break;
                }
            }
        }
        return best;
    }

    private static bool IsWordEdge(string text, int index) => index < 0 || index >= text.Length || !char.IsLetterOrDigit(text[index]);
}

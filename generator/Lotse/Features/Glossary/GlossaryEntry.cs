namespace Lotse.Features.Glossary;

/// <summary>One entry of <c>content/_data/glossar.yml</c>: <c>begriff</c>, <c>langform</c>, <c>erklaerung</c>,
/// <c>synonyme</c>; <see cref="Anchor"/> is the id the glossary layout gives its <c>&lt;dt&gt;</c>.</summary>
internal sealed record GlossaryEntry(string Term, string? LongForm, string Explanation, IReadOnlyList<string> Synonyms)
{
    public string Anchor => GlossaryAnchor.From(Term);

    /// <summary>The text of the <c>title</c> attribute: the long form of an abbreviation, else the explanation.</summary>
    public string Title => string.IsNullOrWhiteSpace(LongForm) ? Explanation : LongForm;

    /// <summary>The term and its synonyms, as written in the text.</summary>
    public IEnumerable<string> Forms => Synonyms.Prepend(Term).Where(f => f.Trim().Length > 0).Distinct(StringComparer.Ordinal);

    /// <summary>Abbreviations (two or more capitals, or with a long form) match case-sensitively; other
    /// words also at the start of a sentence or in another case.</summary>
    public static bool IsAbbreviation(string form, string? longForm) =>
        !string.IsNullOrWhiteSpace(longForm) || form.Count(char.IsUpper) >= 2;
}

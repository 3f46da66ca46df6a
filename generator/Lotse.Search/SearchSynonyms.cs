namespace Lotse.Search;

/// <summary>Groups of terms that find each other (from the glossary: term, long form, synonyms, abbreviations).</summary>
public sealed record SearchSynonyms(IReadOnlyList<IReadOnlyList<string>> Groups)
{
    public static SearchSynonyms None { get; } = new([]);
}

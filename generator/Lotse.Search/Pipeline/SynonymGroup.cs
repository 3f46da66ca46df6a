namespace Lotse.Search.Pipeline;

/// <summary>
/// A glossary group prepared for matching: the term that stands for the group in the index
/// ("syn0", "syn1", … — ends in a digit so the stemmer leaves it alone) and each member as the
/// sequence of its word keys (<see cref="SynonymTagger.Key"/>).
/// </summary>
public sealed record SynonymGroup(string Token, IReadOnlyList<IReadOnlyList<string>> Members);

namespace Lotse.Search.Lunr;

/// <summary>One term of the inverted index: its vector index and, per field (in field order), the refs that contain it.</summary>
public sealed record LunrPosting(string Term, int TermIndex, IReadOnlyList<IReadOnlyList<string>> RefsByField);

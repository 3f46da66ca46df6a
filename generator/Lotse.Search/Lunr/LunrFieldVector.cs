namespace Lotse.Search.Lunr;

/// <summary>The vector of one field of one document ("field/ref"): term indices ascending, with BM25 scores.</summary>
public sealed record LunrFieldVector(string FieldRef, IReadOnlyList<(int TermIndex, double Score)> Elements);

namespace Lotse.Search.Lunr;

/// <summary>A built index in the shape of lunr 2.x's Index.toJSON().</summary>
public sealed record LunrIndex(
    IReadOnlyList<string> Fields,
    IReadOnlyList<LunrFieldVector> FieldVectors,
    IReadOnlyList<LunrPosting> InvertedIndex,
    IReadOnlyList<string> Pipeline)
{
    public const string Version = "2.3.9";
}

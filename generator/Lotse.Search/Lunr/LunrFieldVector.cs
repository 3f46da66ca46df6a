namespace Lotse.Search.Lunr;

/// <summary>The vector of one field of one document ("field/ref"): term indices ascending, with BM25 scores rounded to
/// thousandths, kept as whole thousandths (a shard of 65,000 documents has millions of elements: four bytes a score
/// instead of a tuple of sixteen, and no "field/ref" string until it is asked for).</summary>
public sealed class LunrFieldVector(string field, string reference, int[] termIndices, int[] scoreThousandths)
{
    public string Field { get; } = field;

    public string Ref { get; } = reference;

    public string FieldRef => Field + "/" + Ref;

    public int Count => termIndices.Length;

    public int TermIndex(int element) => termIndices[element];

    /// <summary>The score as lunr has it: the double nearest to the thousandths.</summary>
    public double Score(int element) => scoreThousandths[element] / 1000.0;

    /// <summary>The score in whole thousandths, as it is kept.</summary>
    public int ScoreThousandths(int element) => scoreThousandths[element];

    public IReadOnlyList<(int TermIndex, double Score)> Elements => Enumerable.Range(0, Count).Select(e => (TermIndex(e), Score(e))).ToArray();
}

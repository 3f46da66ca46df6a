namespace Lotse.Search;

/// <summary>A shard's inverted index as <see cref="CompactIndexSerializer"/> writes it: the labels of its search pipeline,
/// the terms in ordinal order and, per
/// term t, the elements of the field vectors that contain it, <c>Starts[t]</c> up to <c>Starts[t + 1]</c>: each a
/// document's position and the term's score in that field in whole thousandths, by document ascending (a document with
/// the term in several fields has one element per field).</summary>
internal sealed record CompactPostings(IReadOnlyList<string> Pipeline, string[] Terms, int[] Starts, int[] Documents, int[] Scores)
{
    /// <summary>Sorts each term's elements by document where they are not yet (they are when documents come in order).</summary>
    public void SortByDocument()
    {
        for (var t = 0; t < Terms.Length; t++)
        {
            for (var e = Starts[t] + 1; e < Starts[t + 1]; e++)
            {
                if (Documents[e] < Documents[e - 1])
                {
                    Array.Sort(Documents, Scores, Starts[t], Starts[t + 1] - Starts[t]);
                    break;
                }
            }
        }
    }
}

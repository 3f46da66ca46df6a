namespace Lotse.Search;

/// <summary>
/// The refs a shard's index and store use: a document's position in its shard, in base 36 ("0" … "z", "10" …).
/// A URL as ref would be repeated in every posting of the inverted index and every field vector; the short ref
/// makes a shard several times smaller (the URL stays in the store, as <c>u</c>).
/// </summary>
public static class SearchRefs
{
    private const string Digits = "0123456789abcdefghijklmnopqrstuvwxyz";

    public static string Of(int position)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        Span<char> buffer = stackalloc char[8];
        var start = buffer.Length;
        do
        {
            buffer[--start] = Digits[position % 36];
            position /= 36;
        }
        while (position > 0);
        return new string(buffer[start..]);
    }

    /// <summary>The documents with their position as ref, in order.</summary>
    public static SearchDocument[] Numbered(IReadOnlyList<SearchDocument> docs)
    {
        var numbered = new SearchDocument[docs.Count];
        for (var i = 0; i < numbered.Length; i++)
        {
            numbered[i] = docs[i] with { Ref = Of(i) };
        }
        return numbered;
    }
}

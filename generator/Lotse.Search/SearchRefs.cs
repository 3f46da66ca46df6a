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

    /// <summary>The position a ref stands for (the inverse of <see cref="Of"/>).</summary>
    public static int Parse(string reference)
    {
        var position = 0;
        foreach (var c in reference)
        {
            var digit = Digits.IndexOf(c);
            if (digit < 0 || reference.Length > 6)
            {
                throw new FormatException($"'{reference}' is not a search ref.");
            }
            position = checked(position * 36 + digit);
        }
        if (reference.Length == 0 || Of(position) != reference)
        {
            throw new FormatException($"'{reference}' is not a search ref.");
        }
        return position;
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

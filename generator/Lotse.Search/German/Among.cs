namespace Lotse.Search.German;

/// <summary>One entry of a Snowball "among" table (a suffix or prefix with its result code).</summary>
internal sealed class Among(string text, int substringIndex, int result)
{
    public string Text { get; } = text;
    public int SubstringIndex { get; } = substringIndex;
    public int Result { get; } = result;
}

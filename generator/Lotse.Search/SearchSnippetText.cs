using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace Lotse.Search;

/// <summary>The text kept in the result store for snippets: whitespace collapsed, cut at a word boundary.</summary>
public static class SearchSnippetText
{
    public const int MaximumLength = 1200;

    /// <summary>Exactly the characters char.IsWhiteSpace accepts.</summary>
    private static readonly SearchValues<char> WhiteSpace = SearchValues.Create(
        Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsWhiteSpace).ToArray());

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string Of(string body)
    {
        var builder = new StringBuilder(Math.Min(body.Length, MaximumLength + 16));
        var rest = body.AsSpan();
        while (true)
        {
            var start = rest.IndexOfAnyExcept(WhiteSpace);
            if (start < 0)
            {
                break;
            }
            rest = rest[start..];
            var length = rest.IndexOfAny(WhiteSpace);
            if (length < 0)
            {
                length = rest.Length;
            }
            if (builder.Length > 0)
            {
                if (builder.Length >= MaximumLength)
                {
                    builder.Append(" …");
                    return builder.ToString();
                }
                builder.Append(' ');
            }
            builder.Append(rest[..length]);
            rest = rest[length..];
        }
        return builder.ToString();
    }
}

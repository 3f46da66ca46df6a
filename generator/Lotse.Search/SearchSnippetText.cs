using System.Runtime.CompilerServices;
using System.Text;

namespace Lotse.Search;

/// <summary>The text kept in the result store for snippets: whitespace collapsed, cut at a word boundary.</summary>
public static class SearchSnippetText
{
    public const int MaximumLength = 1200;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string Of(string body)
    {
        var builder = new StringBuilder(Math.Min(body.Length, MaximumLength + 16));
        var i = 0;
        while (true)
        {
            while (i < body.Length && IsWhiteSpace(body[i]))
            {
                i++;
            }
            if (i == body.Length)
            {
                break;
            }
            var start = i;
            while (i < body.Length && !IsWhiteSpace(body[i]))
            {
                i++;
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
            builder.Append(body, start, i - start);
        }
        return builder.ToString();
    }

    /// <summary>char.IsWhiteSpace, with the common characters decided without a table look-up.</summary>
    private static bool IsWhiteSpace(char c) =>
        c <= ' ' ? c == ' ' || (c >= '\t' && c <= '\r') : c >= '\u0085' && char.IsWhiteSpace(c);
}

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
        var pendingSpace = false;
        foreach (var c in body)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                if (builder.Length >= MaximumLength)
                {
                    builder.Append(" …");
                    return builder.ToString();
                }
                builder.Append(' ');
                pendingSpace = false;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }
}

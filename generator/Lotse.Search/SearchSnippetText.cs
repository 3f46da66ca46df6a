using System.Runtime.CompilerServices;

namespace Lotse.Search;

/// <summary>The text kept in the result store for snippets: whitespace collapsed, no space before closing punctuation or
/// after an opening bracket or quote (HTML's inline elements leave "Wort ." behind), cut at a word boundary.</summary>
public static class SearchSnippetText
{
    public const int MaximumLength = 1200;

    public static string Of(string body)
    {
        var buffer = new char[MostLength(body.Length)];
        return new string(buffer, 0, Write(body, buffer));
    }

    /// <summary>How long a snippet of a body of <paramref name="bodyLength"/> characters can be (collapsing never
    /// lengthens; a cut adds " …" where at least one white-space character was).</summary>
    public static int MostLength(int bodyLength) => bodyLength + 2;

    /// <summary>Writes the snippet of <paramref name="body"/> into <paramref name="destination"/> (at least
    /// <see cref="MostLength"/> long) without allocating; returns its length.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Write(ReadOnlySpan<char> body, Span<char> destination) => Write(body, destination, MaximumLength);

    /// <summary>The same, cut after the first word that reaches <paramref name="maximumLength"/> characters.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Write(ReadOnlySpan<char> body, Span<char> destination, int maximumLength)
    {
        var length = 0;
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
            if (length > 0)
            {
                if (length >= maximumLength)
                {
                    destination[length++] = ' ';
                    destination[length++] = '…';
                    return length;
                }
                if (!IsClosing(body[start]) && !IsOpening(destination[length - 1]))
                {
                    destination[length++] = ' ';
                }
            }
            body[start..i].CopyTo(destination[length..]);
            length += i - start;
        }
        return length;
    }

    private static bool IsClosing(char c) => c is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '“';

    private static bool IsOpening(char c) => c is '(' or '[' or '„';

    /// <summary>char.IsWhiteSpace, with the common characters decided without a table look-up.</summary>
    private static bool IsWhiteSpace(char c) =>
        c <= ' ' ? c == ' ' || (c >= '\t' && c <= '\r') : c >= '\u0085' && char.IsWhiteSpace(c);
}

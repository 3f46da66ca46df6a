namespace Lotse.Blocks.Html;

/// <summary>Which URLs from front matter, settings, data and file names may go into an <c>href</c> or <c>src</c>:
/// relative URLs, fragments and the schemes <c>http</c>, <c>https</c>, <c>mailto</c> and <c>tel</c>. Everything else
/// (<c>javascript:</c>, <c>vbscript:</c>, <c>data:</c>, <c>file:</c> …) is refused where it is read.</summary>
public static class UrlPolicy
{
    public static readonly IReadOnlyList<string> AllowedSchemes = ["http", "https", "mailto", "tel"];

    /// <summary>The scheme a browser reads in <paramref name="url"/> (lower case), or null for a relative URL or a
    /// fragment. Like a browser, it ignores tabs and line breaks anywhere and control characters and spaces in front.</summary>
    public static string? Scheme(string url)
    {
        if (!url.Contains(':')) return null; // most URLs (relative ones) have none
        var start = 0;
        while (start < url.Length && url[start] <= ' ') start++;
        Span<char> scheme = stackalloc char[32];
        var length = 0;
        for (var i = start; i < url.Length; i++)
        {
            var c = url[i];
            if (c is '\t' or '\n' or '\r') continue;
            if (c == ':') return length == 0 ? null : new string(scheme[..length]);
            var valid = char.IsAsciiLetter(c) || (length > 0 && (char.IsAsciiDigit(c) || c is '+' or '-' or '.'));
            if (!valid || length == scheme.Length) return null;
            scheme[length++] = char.ToLowerInvariant(c);
        }
        return null;
    }

    /// <summary>The scheme of <paramref name="url"/> when it is not allowed, else null.</summary>
    public static string? RefusedScheme(string url) =>
        Scheme(url) is { } scheme && !AllowedSchemes.Contains(scheme) ? scheme : null;

    /// <summary>What to write for <paramref name="url"/>: the URL itself when its scheme is allowed (or it has none), else
    /// <c>#</c>, which goes nowhere. The input checks report such URLs (LOT0160); this is the last guard where HTML is written.</summary>
    public static string Safe(string url) => RefusedScheme(url) is null ? url : "#";

    /// <summary>The second half of a diagnostic about a refused URL.</summary>
    public static string Advice(string scheme) =>
        $"'{scheme}:' URLs are not allowed (they can run script or leave the web). Use an address starting with https://, a mailto: or tel: link, or a relative link";
}

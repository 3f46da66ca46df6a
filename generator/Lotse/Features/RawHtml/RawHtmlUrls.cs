namespace Lotse.Features.RawHtml;

/// <summary>What a browser makes of a URL in raw HTML: whether it runs script, and which host it loads from.</summary>
internal static class RawHtmlUrls
{
    /// <summary>The attributes whose URL a browser follows, loads or submits to.</summary>
    public static readonly IReadOnlySet<string> UrlAttributes = new HashSet<string>(StringComparer.Ordinal)
        { "href", "src", "action", "formaction", "xlink:href" };

    private static readonly string[] ScriptSchemes = ["javascript:", "vbscript:", "data:text/html"];

    private static readonly char[] ControlsAndSpace = Enumerable.Range(0, 33).Select(c => (char)c).ToArray();

    /// <summary>"javascript:", "vbscript:" or "data:text/html" when <paramref name="url"/> (decoded) is such a URL,
    /// else null. Browsers ignore tabs and newlines anywhere in a URL and spaces and control characters around it.</summary>
    public static string? ScriptScheme(string url)
    {
        if (!url.Contains(':')) return null; // every such scheme has one; most links (relative ones) have none
        var plain = new string(url.Where(c => c is not ('\t' or '\n' or '\r')).ToArray()).Trim(' ');
        plain = plain.TrimStart(ControlsAndSpace);
        foreach (var scheme in ScriptSchemes)
            if (plain.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)) return scheme;
        return null;
    }

    /// <summary>The host of an absolute or protocol-relative URL, or null for a URL within the site.</summary>
    public static string? Host(string url)
    {
        var plain = url.Trim();
        if (plain.StartsWith("//", StringComparison.Ordinal)) plain = "https:" + plain;
        return Uri.TryCreate(plain, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.Host : null;
    }
}

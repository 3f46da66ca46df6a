namespace Lotse.Features.SourcePolicy;

/// <summary>Reading a source entry as a URL.</summary>
internal static class SourceUrl
{
    /// <summary>The entry as an http(s) URL, or null (a book, a letter: not checked).</summary>
    public static Uri? Parse(string entry) =>
        Uri.TryCreate(entry.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : null;

    /// <summary>True when the domain is <paramref name="domain"/> or one of its subdomains.</summary>
    public static bool IsIn(string host, string domain) =>
        host.Equals(domain, StringComparison.OrdinalIgnoreCase) ||
        host.EndsWith("." + domain, StringComparison.OrdinalIgnoreCase);

    /// <summary>A URL without its scheme (http and https are the same source), with its host in lower case and
    /// without a trailing slash, to compare two ways of writing one source.</summary>
    public static string Key(string url)
    {
        var text = url.Trim();
        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0) text = text[(scheme + 3)..];
        var slash = text.IndexOfAny(['/', '?', '#']);
        var host = slash < 0 ? text : text[..slash];
        var rest = slash < 0 ? "" : text[slash..];
        return host.ToLowerInvariant() + rest.TrimEnd('/');
    }

    /// <summary>True for a bare homepage: no path and no query (<c>https://example.org/</c>).</summary>
    public static bool IsHomepage(Uri uri) => uri.AbsolutePath is "" or "/" && uri.Query.Length == 0;
}

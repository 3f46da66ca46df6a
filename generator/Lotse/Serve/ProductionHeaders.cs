namespace Lotse.Serve;

/// <summary>
/// The answers of the tested nginx configuration (deploy/nginx/lotse.conf, lotse-headers.conf) for
/// <c>lotse serve --production</c>: the security headers, <c>Cache-Control</c> by path, downloads as attachments and the
/// precompressed <c>.br</c>/<c>.gz</c> files for a browser that accepts them. A test compares these values with the files.
/// </summary>
public static class ProductionHeaders
{
    public const string ContentSecurityPolicy = "default-src 'self'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; object-src 'none'";
    public const string ReferrerPolicy = "no-referrer";
    public const string PermissionsPolicy = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
    public const string Revalidate = "no-cache";
    public const string Assets = "public, max-age=3600";

    /// <summary><c>Cache-Control</c> for a request path (after the folder's index is resolved).</summary>
    public static string CacheControl(string path) => path.StartsWith("/assets/", StringComparison.Ordinal) ? Assets : Revalidate;

    /// <summary>True for a file under <c>/download/</c> other than the download page.</summary>
    public static bool IsAttachment(string path) =>
        path.StartsWith("/download/", StringComparison.Ordinal) && path.IndexOf('/', "/download/".Length) < 0
        && path != "/download/index.html" && path.Length > "/download/".Length && Path.HasExtension(path);

    /// <summary>The precompressed copy to send and its encoding (br before gzip), or null.</summary>
    public static (string File, string Encoding)? Precompressed(string file, string? acceptEncoding)
    {
        if (string.IsNullOrEmpty(acceptEncoding)) return null;
        foreach (var (encoding, suffix) in new[] { ("br", ".br"), ("gzip", ".gz") })
            if (Accepts(acceptEncoding, encoding) && File.Exists(file + suffix)) return (file + suffix, encoding);
        return null;
    }

    private static bool Accepts(string header, string encoding) => header.Split(',').Any(part =>
    {
        var pieces = part.Split(';');
        if (!pieces[0].Trim().Equals(encoding, StringComparison.OrdinalIgnoreCase)) return false;
        return !pieces.Skip(1).Any(p => p.Replace(" ", "", StringComparison.Ordinal) is "q=0" or "q=0.0" or "q=0.00" or "q=0.000");
    });
}

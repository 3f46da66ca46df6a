using System.Globalization;
using Lotse.Blocks.Config;

namespace Lotse.Features.Precompression;

/// <summary>
/// Which compressed copies <c>lotse build</c> writes next to the text files, from <c>lotse.yml</c>:
/// <code>
/// precompress: true          # default: .gz and .br next to every text file of at least 1024 bytes
/// precompress: false         # none
/// precompress:
///   gzip: true
///   brotli: true
///   minBytes: 1024
///   brotliQuality: 5         # 0–11; 11 is about 10 % smaller and takes seconds of CPU for a few MB of text
/// </code>
/// A web server sends them instead of compressing per request (nginx <c>gzip_static</c>/<c>brotli_static</c>, Apache
/// <c>mod_rewrite</c> rules; see docs/deployment.md).
/// </summary>
internal sealed record PrecompressionSettings(bool Gzip, bool Brotli, int MinBytes, int BrotliQuality = PrecompressionSettings.DefaultBrotliQuality)
{
    public const string Key = "precompress";
    public const int DefaultMinBytes = 1024;
    /// <summary>Measured on the 10k-page benchmark site (one core, a loaded machine; December 2026): every tenth page (1004
    /// pages, 21.2 MB) gives 5.08 MB at quality 5 in 0.40–0.45 s, 5.34 MB at 4 in 0.28 s (more than gzip's 5.27 MB in
    /// 0.18 s), 5.07 MB at 6 in 0.40–0.42 s; the four Gesamtausgaben and the search shard (99.6 MB) 17.6 MB at 5 in 2.9–3.0 s,
    /// 18.9 MB at 4 in 1.6–1.7 s, 17.1 MB at 6 in 4.2 s (gzip 19.4 MB in 1.2 s).</summary>
    public const int DefaultBrotliQuality = 5;

    public bool Enabled => Gzip || Brotli;

    /// <summary>Files compressed when they are big enough: text that a server sends compressed.</summary>
    public static readonly IReadOnlySet<string> TextExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".html", ".css", ".js", ".mjs", ".json", ".xml", ".svg", ".txt", ".csv", ".md", ".webmanifest", ".map",
    };

    public static PrecompressionSettings From(SiteConfig config)
    {
        var value = config.Values.GetValueOrDefault(Key);
        if (value is false) return new PrecompressionSettings(false, false, DefaultMinBytes);
        if (value is not IReadOnlyDictionary<string, object?> map) return new PrecompressionSettings(true, true, DefaultMinBytes);
        var min = int.TryParse(Convert.ToString(map.GetValueOrDefault("minBytes"), CultureInfo.InvariantCulture), NumberStyles.Integer, CultureInfo.InvariantCulture, out var m) && m >= 0
            ? m : DefaultMinBytes;
        var quality = int.TryParse(Convert.ToString(map.GetValueOrDefault("brotliQuality"), CultureInfo.InvariantCulture), NumberStyles.Integer, CultureInfo.InvariantCulture, out var q) && q is >= 0 and <= 11
            ? q : DefaultBrotliQuality;
        return new PrecompressionSettings(map.GetValueOrDefault("gzip") is not false, map.GetValueOrDefault("brotli") is not false, min, quality);
    }

    public static bool IsText(string path) => TextExtensions.Contains(Path.GetExtension(path));
}

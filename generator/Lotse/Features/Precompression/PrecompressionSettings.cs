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
///   htmlBrotliMinBytes: 65536 # HTML files below this get only .gz (0: every HTML file of minBytes gets .br too)
/// </code>
/// A web server sends them instead of compressing per request (nginx <c>gzip_static</c>/<c>brotli_static</c>, Apache
/// <c>mod_rewrite</c> rules; see docs/deployment.md).
/// </summary>
internal sealed record PrecompressionSettings(
    bool Gzip, bool Brotli, int MinBytes, int BrotliQuality = PrecompressionSettings.DefaultBrotliQuality,
    int HtmlBrotliMinBytes = PrecompressionSettings.DefaultHtmlBrotliMinBytes)
{
    public const string Key = "precompress";
    public const int DefaultMinBytes = 1024;
    /// <summary>Measured on the 10k-page benchmark site (one core, a loaded machine; December 2026): every tenth page (1004
    /// pages, 21.2 MB) gives 5.08 MB at quality 5 in 0.40–0.45 s, 5.34 MB at 4 in 0.28 s (more than gzip's 5.27 MB in
    /// 0.18 s), 5.07 MB at 6 in 0.40–0.42 s; the four Gesamtausgaben and the search shard (99.6 MB) 17.6 MB at 5 in 2.9–3.0 s,
    /// 18.9 MB at 4 in 1.6–1.7 s, 17.1 MB at 6 in 4.2 s (gzip 19.4 MB in 1.2 s).</summary>
    public const int DefaultBrotliQuality = 5;

    /// <summary>
    /// HTML files smaller than this get no <c>.br</c>, only the <c>.gz</c> (made from the offline archive's DEFLATE data at
    /// no cost of its own). Measured on the 10k-page benchmark site (December 2026): the 10,000 pages of 8–64 KB (210 MB)
    /// took half of the build's Brotli CPU (about 3 s of 5.2 s at quality 5, plus 10,000 files to create) and their
    /// <c>.br</c> saved 290 bytes a page against the <c>.gz</c> (median page 21,094 bytes: 5,068 as .br, 5,359 as .gz,
    /// 5.7 %); a response that small fits into TCP's first flight (ten packets, about 14 KB) either way. The files of
    /// several MB (Gesamtausgaben, search shards) keep their <c>.br</c>: 9 % smaller, 256 KB a file. Styles and scripts
    /// are not HTML and keep it too (few files, loaded on every first visit).
    /// </summary>
    public const int DefaultHtmlBrotliMinBytes = 64 * 1024;

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
        var htmlMin = int.TryParse(Convert.ToString(map.GetValueOrDefault("htmlBrotliMinBytes"), CultureInfo.InvariantCulture), NumberStyles.Integer, CultureInfo.InvariantCulture, out var h) && h >= 0
            ? h : DefaultHtmlBrotliMinBytes;
        return new PrecompressionSettings(map.GetValueOrDefault("gzip") is not false, map.GetValueOrDefault("brotli") is not false, min, quality, htmlMin);
    }

    /// <summary>True when a file of <paramref name="length"/> bytes at <paramref name="path"/> gets a <c>.br</c> copy
    /// (it already has the size for any copy).</summary>
    public bool WantsBrotli(string path, long length) =>
        Brotli && (length >= HtmlBrotliMinBytes || !path.EndsWith(".html", StringComparison.OrdinalIgnoreCase));

    public static bool IsText(string path) => TextExtensions.Contains(Path.GetExtension(path));
}

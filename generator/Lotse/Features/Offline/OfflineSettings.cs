using System.Globalization;
using Lotse.Blocks.Config;
using Lotse.Kernel;
using Lotse.Site;

namespace Lotse.Features.Offline;

/// <summary>
/// Where the offline downloads go and which "Stand" the build carries. From <c>lotse.yml</c>:
/// <code>
/// offline:
///   archive: mein-handbuch-offline.zip   # site/download/NAME, the whole site as a ZIP; default: the title's slug + -offline.zip
///   faq: faq.html                        # site/download/NAME, all FAQ questions in one file
///   faq_source: faq                      # the content folder with the FAQ
///   stand: 2026-11-28                    # the build's date; default: the newest 'stand' of all pages
/// </code>
/// <c>offline: false</c> leaves the archive and the single-file FAQ out (<see cref="Enabled"/>), e.g. for quick previews.
/// The Stand never comes from the clock, so the same content always builds the same bytes.
/// </summary>
internal sealed record OfflineSettings(string ArchivePath, string FaqPath, string FaqSource, string? Stand, bool Enabled = true)
{
    public const string Folder = "download/";
    public const string DefaultFaqName = "faq.html";

    /// <summary>This build's settings, made once every page is known.</summary>
    public static OfflineSettings Of(BuildContext context) => context.Plan.Part(c => From(c.Config, c.Plan.Pages));

    public static OfflineSettings From(SiteConfig config, IEnumerable<Document> pages)
    {
        var values = config.Values.GetValueOrDefault("offline") as IReadOnlyDictionary<string, object?>
            ?? (config.Values.GetValueOrDefault("offline") as Dictionary<string, object?>)
            ?? new Dictionary<string, object?>();
        string Text(string key, string fallback) =>
            Convert.ToString(values.GetValueOrDefault(key), CultureInfo.InvariantCulture) is { Length: > 0 } s ? s : fallback;

        var stand = Convert.ToString(values.GetValueOrDefault("stand"), CultureInfo.InvariantCulture);
        if (string.IsNullOrWhiteSpace(stand)) stand = NewestStand(pages);
        return new OfflineSettings(
            Folder + FileName(Text("archive", DefaultArchiveName(config.Title))),
            Folder + FileName(Text("faq", DefaultFaqName)),
            Text("faq_source", "faq").Trim('/') + "/",
            stand,
            config.Values.GetValueOrDefault("offline") is not false);
    }

    /// <summary>The newest ISO date (<c>yyyy-MM-dd</c>) among the pages' <c>stand</c>, or null.</summary>
    public static string? NewestStand(IEnumerable<Document> pages) => pages
        .Select(p => p.Metadata.Get(Keys.Stand) switch
        {
            DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            var v => Convert.ToString(v, CultureInfo.InvariantCulture),
        })
        .Where(s => s is not null && DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        .Max(StringComparer.Ordinal);

    /// <summary>The archive's name when <c>offline.archive</c> is not set: the site's title as a slug
    /// ("Mein Handbuch" gives <c>mein-handbuch-offline.zip</c>), <c>website-offline.zip</c> for a title without letters.</summary>
    public static string DefaultArchiveName(string title)
    {
        var slug = new System.Text.StringBuilder();
        foreach (var c in title.Trim().ToLowerInvariant().Replace("ä", "ae").Replace("ö", "oe").Replace("ü", "ue").Replace("ß", "ss"))
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        var name = slug.ToString().Trim('-');
        return (name.Length == 0 ? "website" : name) + "-offline.zip";
    }

    private static string FileName(string name) => Path.GetFileName(name.Replace('\\', '/'));
}

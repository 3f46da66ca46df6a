using System.Globalization;
using Lotse.Blocks.Config;
using Lotse.Kernel;
using Lotse.Site;

namespace Lotse.Features.SiteSearch;

/// <summary>The names the search shows for the site's areas (front matter <c>bereich</c>, mostly set in a section's
/// <c>_dir.yml</c>): the filter's options, the label of each hit and of each A–Z entry. From <c>lotse.yml</c>:
/// <code>
/// areas:
///   anleitungen: Anleitungen
///   faq: Häufige Fragen
/// </code>
/// An area without a name there is named by the title of its section page (<c>content/AREA/index.md</c>), else by its id;
/// a page without an area is "Allgemein".</summary>
internal sealed class AreaLabels
{
    public const string SettingKey = "areas";

    /// <summary>The label of pages without an area.</summary>
    public const string General = "Allgemein";

    private readonly IReadOnlyDictionary<string, string> _labels;

    private AreaLabels(IReadOnlyDictionary<string, string> labels) => _labels = labels;

    /// <summary>The labels from the setting and, for areas it does not name, from the section pages among <paramref name="pages"/>.</summary>
    public static AreaLabels From(SiteConfig config, IEnumerable<Document> pages)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        if (config.Values.GetValueOrDefault(SettingKey) is Dictionary<string, object?> setting)
            foreach (var (id, value) in setting)
                if (Convert.ToString(value, CultureInfo.InvariantCulture) is { Length: > 0 } label) labels[id] = label;
        foreach (var page in pages)
        {
            var path = page.ContentPath();
            if (!path.EndsWith("/index.md", StringComparison.Ordinal)) continue;
            var folder = path[..^"/index.md".Length];
            if (folder.Contains('/') || labels.ContainsKey(folder) || page.Title is not { Length: > 0 } title) continue;
            labels[folder] = title;
        }
        return new AreaLabels(labels);
    }

    /// <summary>The label of <paramref name="page"/>'s area.</summary>
    public string Of(Document page) => page.Metadata.GetString(Keys.Area) is { Length: > 0 } area
        ? _labels.GetValueOrDefault(area, area)
        : General;
}

using System.Globalization;
using Lotse.Blocks.Config;
using Lotse.Site;

namespace Lotse.Features.Conformance;

/// <summary>
/// The settings of the conformance report and the Erklärung zur Barrierefreiheit, from <c>lotse.yml</c>:
/// <code>
/// accessibility:
///   browserResults: barrierefreiheit-browsertests.json  # written by a run of Lotse's browser tests (site root)
///   browserResultsValidDays: 30                          # older results count as not run
///   scope: Diese Erklärung gilt für …                    # Geltungsbereich (default: the site's title and address)
///   feedback: { name: …, email: …, phone: … }            # default: publisher
///   enforcement: { name: …, url: …, text: … }            # Schlichtungsstelle
/// </code>
/// </summary>
public sealed record ConformanceSettings(string BrowserResultsPath, int BrowserResultsValidDays)
{
    public const string DefaultBrowserResults = "barrierefreiheit-browsertests.json";
    public const string EvidenceData = "pruefung";
    public const string EvidenceFile = "content/_data/pruefung.yml";
    public const string ReportFolder = "barrierefreiheit/pruefbericht/";
    public const string ReportJson = ReportFolder + "pruefbericht.json";
    public const string ReportSource = "content/barrierefreiheit/pruefbericht.md";

    internal static ConformanceSettings Of(BuildContext context) => context.Plan.Part(c => From(c.Config));

    public static ConformanceSettings From(SiteConfig config)
    {
        var values = config.Values.GetValueOrDefault("accessibility") as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>();
        var path = values.GetValueOrDefault("browserResults") as string is { Length: > 0 } p ? p : DefaultBrowserResults;
        var days = values.GetValueOrDefault("browserResultsValidDays") is { } d
            && int.TryParse(Convert.ToString(d, CultureInfo.InvariantCulture), out var n) && n > 0 ? n : 30;
        return new ConformanceSettings(path, days);
    }
}

using System.Text.Encodings.Web;
using System.Text.Json;

namespace Lotse.Features.Conformance;

/// <summary>The report as JSON (<c>barrierefreiheit/pruefbericht/pruefbericht.json</c>), for other tools and for the
/// browser tests, which record the theme fingerprint with their results.</summary>
internal static class ReportJson
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(ConformanceReport report) => JsonSerializer.Serialize(new
    {
        standard = "WCAG 2.1 A/AA (BITV 2.0, EN 301 549 Kapitel 9)",
        status = report.ComplianceStatus,
        pagesChecked = report.PagesChecked,
        theme = report.Theme,
        lastCheck = report.LastCheck?.ToString("yyyy-MM-dd"),
        browserTests = report.Browser is null ? null : new
        {
            date = report.Browser.Date.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ"),
            commit = report.Browser.Commit,
            theme = report.Browser.Theme,
            stale = report.BrowserStaleReason,
        },
        counts = Enum.GetValues<CriterionStatus>().ToDictionary(s => Name(s), s => report.Criteria.Count(c => c.Status == s)),
        criteria = report.Criteria.Select(c => new
        {
            number = c.Criterion.Number,
            name = c.Criterion.Name,
            level = c.Criterion.Level,
            status = Name(c.Status),
            checks = c.Checks.Select(k => new { kind = k.Kind == "statisch" ? "static" : "browser", id = k.Id, passed = k.Passed, detail = k.Detail }),
            evidence = c.Evidence is null ? null : new
            {
                who = c.Evidence.Who, when = c.Evidence.When.ToString("yyyy-MM-dd"), what = c.Evidence.What,
                result = c.Evidence.Passed ? "bestanden" : "nicht bestanden", validUntil = c.Evidence.ValidUntil.ToString("yyyy-MM-dd"),
            },
            notApplicable = c.NotApplicableReason,
            open = c.OpenReasons,
            knownLimitation = c.Limitation?.Title,
        }),
        knownLimitations = report.Limitations.Select(l => new { title = l.Title, reason = l.Reason, criteria = l.Criteria }),
    }, Options) + "\n";

    public static string Name(CriterionStatus status) => status switch
    {
        CriterionStatus.Automatic => "automatic",
        CriterionStatus.Person => "person",
        CriterionStatus.NotApplicable => "not-applicable",
        _ => "open",
    };
}

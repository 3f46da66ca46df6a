using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Lotse.Features.Conformance;

/// <summary>The report as JSON (<c>barrierefreiheit/pruefbericht/pruefbericht.json</c>), for other tools and for the
/// browser tests, which record the theme fingerprint with their results.</summary>
internal static class ReportJson
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(ConformanceReport report)
    {
        var counts = new JsonObject();
        foreach (var status in Enum.GetValues<CriterionStatus>()) counts[Name(status)] = report.Criteria.Count(c => c.Status == status);
        var criteria = new JsonArray();
        foreach (var c in report.Criteria)
            criteria.Add(new JsonObject
            {
                ["number"] = c.Criterion.Number,
                ["name"] = c.Criterion.Name,
                ["level"] = c.Criterion.Level,
                ["status"] = Name(c.Status),
                ["checks"] = new JsonArray(c.Checks.Select(k => (JsonNode)new JsonObject
                {
                    ["kind"] = k.Kind == "statisch" ? "static" : "browser", ["id"] = k.Id, ["passed"] = k.Passed, ["detail"] = k.Detail,
                }).ToArray()),
                ["evidence"] = c.Evidence is not { } e ? null : new JsonObject
                {
                    ["who"] = e.Who, ["when"] = e.When.ToString("yyyy-MM-dd"), ["what"] = e.What,
                    ["result"] = e.Passed ? "bestanden" : "nicht bestanden", ["validUntil"] = e.ValidUntil.ToString("yyyy-MM-dd"),
                },
                ["notApplicable"] = c.NotApplicableReason,
                ["open"] = new JsonArray(c.OpenReasons.Select(r => (JsonNode)JsonValue.Create(r)!).ToArray()),
                ["knownLimitation"] = c.Limitation?.Title,
            });
        var root = new JsonObject
        {
            ["standard"] = "WCAG 2.1 A/AA (BITV 2.0, EN 301 549 Kapitel 9)",
            ["status"] = report.ComplianceStatus,
            ["pagesChecked"] = report.PagesChecked,
            ["theme"] = report.Theme,
            ["lastCheck"] = report.LastCheck?.ToString("yyyy-MM-dd"),
            ["browserTests"] = report.Browser is not { } b ? null : new JsonObject
            {
                ["date"] = b.Date.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ"), ["commit"] = b.Commit, ["theme"] = b.Theme, ["stale"] = report.BrowserStaleReason,
            },
            ["counts"] = counts,
            ["criteria"] = criteria,
            ["knownLimitations"] = new JsonArray(report.Limitations.Select(l => (JsonNode)new JsonObject
            {
                ["title"] = l.Title, ["reason"] = l.Reason, ["criteria"] = new JsonArray(l.Criteria.Select(n => (JsonNode)JsonValue.Create(n)!).ToArray()),
            }).ToArray()),
        };
        return root.ToJsonString(Options) + "\n";
    }

    public static string Name(CriterionStatus status) => status switch
    {
        CriterionStatus.Automatic => "automatic",
        CriterionStatus.Person => "person",
        CriterionStatus.NotApplicable => "not-applicable",
        _ => "open",
    };
}

using Lotse.Blocks.Html;
using System.Text;

namespace Lotse.Features.Conformance;

/// <summary>The generated part of the Erklärung zur Barrierefreiheit (in place of the layout's placeholder): the status
/// derived from the report, the content that is not accessible with the reasons, and how and when it was checked.</summary>
internal static class StatementHtml
{
    public static string Write(ConformanceReport report, string reportUrl)
    {
        var html = new StringBuilder();
        static string E(string text) => HtmlEscape.Text(text);
        var open = report.Open.ToList();
        html.Append("<h2>Stand der Vereinbarkeit mit den Anforderungen</h2>\n");
        html.Append($"<p class=\"status-badge\"><span class=\"status-badge__label\">Status:</span> <strong>{E(report.ComplianceStatus)}</strong></p>\n");
        html.Append(report.ComplianceStatus switch
        {
            "vollständig barrierefrei" => "<p>Diese Website ist mit den Anforderungen der Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) vollständig vereinbar.</p>\n",
            "nicht barrierefrei" => "<p>Diese Website ist mit den Anforderungen der Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) nicht vereinbar. Die Mängel sind unten aufgeführt.</p>\n",
            _ => "<p>Diese Website ist wegen der unten aufgeführten Mängel teilweise mit den Anforderungen der Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) vereinbar.</p>\n",
        });
        html.Append("<p>Maßstab sind die Erfolgskriterien der WCAG 2.1 auf den Stufen A und AA (EN 301 549, Kapitel 9).</p>\n");

        if (open.Count > 0 || report.Limitations.Count > 0)
        {
            html.Append("<h2 id=\"nicht-barrierefreie-inhalte\">Nicht barrierefreie Inhalte</h2>\n<p>Die folgenden Inhalte sind nicht oder noch nicht vollständig barrierefrei:</p>\n");
            foreach (var l in report.Limitations)
            {
                html.Append($"<h3>{E(l.Title)}</h3>\n<p>{E(l.Reason)}</p>\n");
                if (l.Criteria.Count > 0)
                    html.Append($"<p>Betroffene Kriterien: {string.Join(", ", l.Criteria.Select(n => $"{n} {E(WcagCatalogue.All.First(c => c.Number == n).Name)}"))}.</p>\n");
            }
            var undocumented = open.Where(c => c.Limitation is null).ToList();
            if (undocumented.Count > 0)
            {
                html.Append("<h3>Noch nicht geprüfte oder nicht erfüllte Kriterien</h3>\n<ul>\n");
                foreach (var c in undocumented)
                    html.Append($"<li>{c.Criterion.Number} {E(c.Criterion.Name)}: {E(string.Join("; ", c.OpenReasons))}</li>\n");
                html.Append("</ul>\n");
            }
        }

        html.Append("<h2 id=\"erstellung\">Erstellung dieser Erklärung</h2>\n");
        html.Append("<p>Die Bewertung ist eine Selbstbewertung, keine Prüfung durch eine unabhängige Prüfstelle. ");
        html.Append("Diese Erklärung entsteht mit jedem Stand der Website aus dem <a href=\"").Append(HtmlUrl.Attribute(reportUrl)).Append("\">Prüfbericht zur Barrierefreiheit</a>. ");
        html.Append($"Er führt alle {report.Criteria.Count} Kriterien mit ihrem Nachweis: {report.Criteria.Count(c => c.Status == CriterionStatus.Automatic)} prüfen automatische Tests, ");
        html.Append($"{report.Criteria.Count(c => c.Status == CriterionStatus.Person)} wurden manuell geprüft{ReportHtml.Reviewers(report)}, {report.Criteria.Count(c => c.Status == CriterionStatus.NotApplicable)} sind nicht anwendbar, {open.Count} sind offen.</p>\n");
        html.Append($"<p>Die automatischen Tests sind Prüfungen des erzeugten HTML aller {report.PagesChecked} Seiten bei jedem Stand");
        html.Append(report.Browser is not null && report.BrowserStaleReason is null
            ? $" und Tests im Browser (Chromium, unter anderem axe-core) auf je einer Seite jeder Seitenart, zuletzt am {report.Browser.Date.UtcDateTime:dd.MM.yyyy}."
            : "; ein gültiges Ergebnis der Tests im Browser liegt für diesen Stand nicht vor.");
        if (report.LastCheck is { } last) html.Append($" Die letzte Prüfung fand am <time datetime=\"{last:yyyy-MM-dd}\">{last:dd.MM.yyyy}</time> statt.");
        html.Append("</p>\n");
        return html.ToString();
    }
}

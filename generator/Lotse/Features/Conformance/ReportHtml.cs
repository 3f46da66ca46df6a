using Lotse.Blocks.Html;
using System.Text;

namespace Lotse.Features.Conformance;

/// <summary>The report's body on the page <c>barrierefreiheit/pruefbericht/</c> (in place of the layout's placeholder):
/// a summary, every criterion in one table, the known limitations and how the report is made.</summary>
internal static class ReportHtml
{
    public static string StatusText(CriterionResult result) => result.Status switch
    {
        CriterionStatus.Automatic => "automatisch geprüft",
        CriterionStatus.Person => "manuell geprüft",
        CriterionStatus.NotApplicable => "nicht anwendbar",
        _ => result.Limitation is null ? "offen" : "offen (bekannte Einschränkung)",
    };

    /// <summary>Who recorded the manual checks that count, with how many criteria each: " (durch A: 20, B: 4)".</summary>
    internal static string Reviewers(ConformanceReport report)
    {
        var who = report.Reviewers;
        return who.Count == 0 ? "" : " (durch " + string.Join(", ", who.Select(w => $"{HtmlEscape.Text(w.Who)}: {w.Criteria}")) + ")";
    }

    public static string Write(ConformanceReport report, int validDays)
    {
        var html = new StringBuilder();
        static string E(string text) => HtmlEscape.Text(text);
        int Count(CriterionStatus s) => report.Criteria.Count(c => c.Status == s);
        html.Append("<h2 id=\"zusammenfassung\">Zusammenfassung</h2>\n");
        html.Append($"<p>Geprüft werden alle {report.Criteria.Count} Erfolgskriterien der WCAG 2.1 auf den Stufen A und AA, die die BITV 2.0 über die Norm EN 301 549 (Kapitel 9) verlangt. Ergebnis dieses Stands: <strong>{E(report.ComplianceStatus)}</strong>.</p>\n");
        html.Append("<ul>\n");
        html.Append($"<li>{Count(CriterionStatus.Automatic)} Kriterien automatisch geprüft</li>\n");
        html.Append($"<li>{Count(CriterionStatus.Person)} Kriterien manuell geprüft{Reviewers(report)}</li>\n");
        html.Append($"<li>{Count(CriterionStatus.NotApplicable)} Kriterien nicht anwendbar</li>\n");
        html.Append($"<li>{Count(CriterionStatus.Open)} Kriterien offen{(report.Open.Any(c => c.Limitation is not null) ? $", davon {report.Open.Count(c => c.Limitation is not null)} als bekannte Einschränkung beschrieben" : "")}</li>\n");
        html.Append("</ul>\n");
        html.Append($"<p>Die statischen Prüfungen liefen über alle {report.PagesChecked} Seiten dieses Stands. ");
        html.Append(report.Browser is null ? "Ein Ergebnis der Browsertests liegt nicht vor."
            : report.BrowserStaleReason is not null ? $"Das Ergebnis der Browsertests zählt nicht: {E(report.BrowserStaleReason)}."
            : $"Die Browsertests liefen am {report.Browser.Date.UtcDateTime:dd.MM.yyyy} (Commit {E(report.Browser.Commit.Length > 10 ? report.Browser.Commit[..10] : report.Browser.Commit)}).");
        html.Append(" Die Daten stehen auch maschinenlesbar in <a href=\"pruefbericht.json\">pruefbericht.json</a>.</p>\n");

        html.Append("<h2 id=\"kriterien\">Alle Kriterien</h2>\n<div class=\"table-scroll\" role=\"region\" aria-labelledby=\"kriterien\" tabindex=\"0\">\n<table class=\"conformance\">\n");
        html.Append("<caption>Erfolgskriterien der WCAG 2.1, Stufen A und AA, mit Status und Nachweis</caption>\n");
        html.Append("<thead><tr><th scope=\"col\">Nr.</th><th scope=\"col\">Kriterium</th><th scope=\"col\">Stufe</th><th scope=\"col\">Status</th><th scope=\"col\">Nachweis</th></tr></thead>\n<tbody>\n");
        foreach (var c in report.Criteria)
        {
            html.Append($"<tr id=\"k-{c.Criterion.Number.Replace('.', '-')}\"><th scope=\"row\">{c.Criterion.Number}</th><td>{E(c.Criterion.Name)}</td><td>{c.Criterion.Level}</td>");
            html.Append($"<td><span class=\"conformance__status conformance__status--{ReportJson.Name(c.Status)}\">{E(StatusText(c))}</span></td><td>");
            var items = new List<string>();
            items.AddRange(c.OpenReasons.Select(r => $"Offen: {E(r)}"));
            if (c.Limitation is not null) items.Add($"Bekannte Einschränkung: {E(c.Limitation.Title)}");
            if (c.NotApplicableReason is not null) items.Add($"Nicht anwendbar: {E(c.NotApplicableReason)}");
            if (c.Evidence is { } e)
                items.Add($"Manuelle Prüfung durch {E(e.Who)}, <time datetime=\"{e.When:yyyy-MM-dd}\">{e.When:dd.MM.yyyy}</time>, {(e.Passed ? "bestanden" : "nicht bestanden")}, gültig bis <time datetime=\"{e.ValidUntil:yyyy-MM-dd}\">{e.ValidUntil:dd.MM.yyyy}</time>: {E(e.What)}");
            items.AddRange(c.Checks.Select(k => $"{(k.Kind == "statisch" ? "Statische Prüfung" : "Browsertest")} <code>{E(k.Id)}</code> {(k.Passed ? "bestanden" : "nicht bestanden")}: {E(k.Description)} ({E(k.Detail)})"));
            html.Append("<ul>").Append(string.Concat(items.Select(i => $"<li>{i}</li>"))).Append("</ul></td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n</div>\n");

        if (report.Limitations.Count > 0)
        {
            html.Append("<h2 id=\"einschraenkungen\">Bekannte Einschränkungen</h2>\n<ul>\n");
            foreach (var l in report.Limitations)
                html.Append($"<li><strong>{E(l.Title)}</strong>{(l.Criteria.Count > 0 ? $" (Kriterien {string.Join(", ", l.Criteria)})" : "")}: {E(l.Reason)}</li>\n");
            html.Append("</ul>\n");
        }
        html.Append("<h2 id=\"methode\">So entsteht dieser Bericht</h2>\n");
        html.Append("<p>Jeder Bau der Website prüft das erzeugte HTML aller Seiten (statische Prüfungen). Was nur ein Browser sehen kann – Fokus, Vergrößerung, Umbruch, Kontrast, Live-Regionen –, prüfen die Browsertests; ihr Ergebnis zählt ");
        html.Append($"{validDays} Tage lang und nur für den Stand des Designs, mit dem sie liefen. Was kein Werkzeug entscheiden kann, wird manuell geprüft und mit Prüfer, Datum, Vorgehen und Ergebnis eingetragen; die Prüfung zählt bis zum eingetragenen Datum. Wer geprüft hat, steht bei jedem Kriterium. ");
        html.Append("Schlägt eine Prüfung fehl, fehlt ein Nachweis oder ist er abgelaufen, ist das Kriterium offen.</p>\n");
        return html.ToString();
    }
}

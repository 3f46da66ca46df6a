namespace Lotse.Features.Conformance;

/// <summary>Decides each criterion's status from this build's static checks, the recorded browser tests and the
/// site's evidence file. A failed check, missing or stale browser results, and a missing, failed or expired check by a
/// person make a criterion open; a criterion about audio and video does not apply when no page has any.</summary>
public static class ReportBuilder
{
    public static ConformanceReport Build(StaticResults statics, BrowserResults? browser, string theme, int validDays, EvidenceFile evidence, DateOnly today)
    {
        var stale = browser?.StaleReason(today, theme, validDays);
        var results = WcagCatalogue.All.Select(c => Decide(c, statics, browser, stale, evidence, today)).ToList();
        return new ConformanceReport(results, statics.PagesChecked, browser, stale, theme, evidence.Limitations, today);
    }

    private static CriterionResult Decide(WcagCriterion criterion, StaticResults statics, BrowserResults? browser, string? stale, EvidenceFile evidence, DateOnly today)
    {
        var checks = new List<CheckOutcome>();
        var open = new List<string>();
        foreach (var id in criterion.StaticChecks)
        {
            var found = statics.Of(id).ToList();
            var detail = found.Count == 0 ? $"{statics.PagesChecked} Seiten geprüft, nichts gefunden"
                : string.Join("; ", found.Take(5).Select(f => $"{f.Page}: {f.Message}")) + (found.Count > 5 ? $" (und {found.Count - 5} weitere)" : "");
            checks.Add(new CheckOutcome("statisch", id, StaticCheckIds.Descriptions[id], found.Count == 0, detail));
        }
        foreach (var id in criterion.BrowserTests)
        {
            var result = stale is null ? browser?.Tests.GetValueOrDefault(id) : null;
            var detail = browser is null ? "kein Ergebnis eines Browsertest-Laufs vorhanden"
                : stale is not null ? $"Ergebnis veraltet: {stale}"
                : result is null ? "im letzten Lauf nicht ausgeführt"
                : $"Lauf vom {browser.Date.UtcDateTime:dd.MM.yyyy} (Commit {Short(browser.Commit)}){(result.Detail.Length > 0 ? ": " + result.Detail : "")}";
            checks.Add(new CheckOutcome("Browser", id, BrowserTestIds.Descriptions[id], result?.Passed == true, detail));
        }
        var mediaFree = criterion.MediaOnly && statics.Passed(StaticCheckIds.NoMedia);
        foreach (var failed in checks.Where(c => !c.Passed && !(mediaFree && c.Id == StaticCheckIds.NoMedia)))
            open.Add(failed.Kind == "statisch" ? $"Prüfung {failed.Id} schlägt fehl" : $"Browsertest {failed.Id}: {failed.Detail}");
        var evidenceOf = evidence.Checks.Where(e => e.Criterion == criterion.Number).OrderByDescending(e => e.When).FirstOrDefault();
        var declared = evidence.NotApplicable.FirstOrDefault(n => n.Criterion == criterion.Number);
        var limitation = evidence.Limitations.FirstOrDefault(l => l.Criteria.Contains(criterion.Number));

        if (criterion.MediaOnly && mediaFree && open.Count == 0)
            return new(criterion, CriterionStatus.NotApplicable, checks, evidenceOf,
                $"Keine der {statics.PagesChecked} Seiten enthält Audio- oder Videoinhalte (automatisch geprüft).", [], null);
        if (declared is not null && open.Count == 0)
            return new(criterion, CriterionStatus.NotApplicable, checks, evidenceOf, declared.Reason, [], null);

        var needsPerson = criterion.NeedsPerson || criterion.MediaOnly;
        if (needsPerson)
        {
            if (evidenceOf is null) open.Add("keine manuelle Prüfung eingetragen");
            else if (!evidenceOf.Passed) open.Add($"manuelle Prüfung am {evidenceOf.When:dd.MM.yyyy} durch {evidenceOf.Who}: nicht bestanden");
            else if (evidenceOf.ValidUntil < today) open.Add($"manuelle Prüfung durch {evidenceOf.Who} war gültig bis {evidenceOf.ValidUntil:dd.MM.yyyy}");
        }
        if (open.Count > 0) return new(criterion, CriterionStatus.Open, checks, evidenceOf, null, open, limitation);
        return new(criterion, needsPerson ? CriterionStatus.Person : CriterionStatus.Automatic, checks, evidenceOf, null, [], null);
    }

    private static string Short(string commit) => commit.Length > 10 ? commit[..10] : commit;
}

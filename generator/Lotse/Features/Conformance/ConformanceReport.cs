namespace Lotse.Features.Conformance;

/// <summary>One build's conformance report: every criterion of <see cref="WcagCatalogue"/> with its status, and what
/// the report was made from.</summary>
public sealed record ConformanceReport(
    IReadOnlyList<CriterionResult> Criteria,
    int PagesChecked,
    BrowserResults? Browser,
    string? BrowserStaleReason,
    string Theme,
    IReadOnlyList<KnownLimitation> Limitations,
    DateOnly Today)
{
    public IEnumerable<CriterionResult> Open => Criteria.Where(c => c.Status == CriterionStatus.Open);
    public IEnumerable<CriterionResult> OpenUndocumented => Open.Where(c => c.Limitation is null);

    /// <summary>Who recorded the manual checks that count (criteria "checked manually"), with how many criteria each,
    /// most first: the report and the statement name them, so that a reader sees who (or what) did the checks.</summary>
    public IReadOnlyList<(string Who, int Criteria)> Reviewers => Criteria
        .Where(c => c.Status == CriterionStatus.Person && c.Evidence is not null)
        .GroupBy(c => c.Evidence!.Who, StringComparer.Ordinal)
        .Select(g => (g.Key, g.Count()))
        .OrderByDescending(r => r.Item2).ThenBy(r => r.Key, StringComparer.Ordinal)
        .ToList();

    /// <summary>The newest date of a check: a person's or the browser tests' run (the static checks run with every build).</summary>
    public DateOnly? LastCheck => Criteria.Select(c => c.Evidence?.When)
        .Append(Browser is null || BrowserStaleReason is not null ? null : DateOnly.FromDateTime(Browser.Date.UtcDateTime))
        .Max();

    /// <summary>The federal template's status: "vollständig" when no criterion is open and nothing is limited,
    /// "nicht" when more than half of the applicable criteria are open, "teilweise" otherwise.</summary>
    public string ComplianceStatus
    {
        get
        {
            var applicable = Criteria.Count(c => c.Status != CriterionStatus.NotApplicable);
            var open = Open.Count();
            if (open == 0 && Limitations.Count == 0) return "vollständig barrierefrei";
            return open * 2 > applicable ? "nicht barrierefrei" : "teilweise barrierefrei";
        }
    }
}

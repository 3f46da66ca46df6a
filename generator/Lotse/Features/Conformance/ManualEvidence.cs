namespace Lotse.Features.Conformance;

/// <summary>A check of one criterion by a person, from <c>content/_data/pruefung.yml</c>.</summary>
public sealed record ManualEvidence(string Criterion, string Who, DateOnly When, string What, bool Passed, DateOnly ValidUntil);

/// <summary>A criterion the site declares not applicable, with the reason.</summary>
public sealed record NotApplicable(string Criterion, string Reason);

/// <summary>A known limitation: what is not accessible and why, and the criteria it leaves open (may be none).</summary>
public sealed record KnownLimitation(string Title, string Reason, IReadOnlyList<string> Criteria);

/// <summary>Everything <c>content/_data/pruefung.yml</c> records; <see cref="Exists"/> is false when the site has no such file.</summary>
public sealed record EvidenceFile(bool Exists, IReadOnlyList<ManualEvidence> Checks, IReadOnlyList<NotApplicable> NotApplicable, IReadOnlyList<KnownLimitation> Limitations)
{
    public static readonly EvidenceFile None = new(false, [], [], []);
}

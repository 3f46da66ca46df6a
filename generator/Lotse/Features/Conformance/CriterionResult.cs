namespace Lotse.Features.Conformance;

/// <summary>The status of a criterion in one build's report.</summary>
public enum CriterionStatus { Automatic, Person, NotApplicable, Open }

/// <summary>One automated check of a criterion in this build: a static check of the HTML or a recorded browser test.</summary>
public sealed record CheckOutcome(string Kind, string Id, string Description, bool Passed, string Detail);

/// <summary>A criterion's status in this build, with what decided it: the automated checks, the evidence of a person,
/// the reason it does not apply, why it is open, and the known limitation that documents an open criterion.</summary>
public sealed record CriterionResult(
    WcagCriterion Criterion,
    CriterionStatus Status,
    IReadOnlyList<CheckOutcome> Checks,
    ManualEvidence? Evidence,
    string? NotApplicableReason,
    IReadOnlyList<string> OpenReasons,
    KnownLimitation? Limitation);

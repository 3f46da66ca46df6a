namespace Lotse.Features.Conformance;

/// <summary>One thing a static check found on one page of the build (its output path).</summary>
public sealed record Finding(string Check, string Page, string Message);

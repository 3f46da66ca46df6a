namespace Lotse.Features.Conformance;

/// <summary>What the cross-page checks need from one page: its title, the links of its header and footer
/// navigation (resolved target and accessible name), in order.</summary>
internal sealed record PageFacts(string Page, string Title, IReadOnlyList<(string Target, string Name)> SharedLinks, bool HasHeader);

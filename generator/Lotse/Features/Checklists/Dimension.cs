namespace Lotse.Features.Checklists;

/// <summary>A kind of task a checklist item has (<c>dimension="…"</c>); items are grouped by it, under its heading.</summary>
public sealed record Dimension(string Id, string Heading);

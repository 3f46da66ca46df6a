using System.Collections.Immutable;

namespace Lotse.Features.Checklists;

/// <summary>One task of a checklist, as kept in page metadata (no syntax tree).</summary>
/// <param name="Id">Stable id: explicit (<c>{#id}</c>) or derived from the text.</param>
/// <param name="Text">The item's text without markup.</param>
/// <param name="Line">File line of the item (1-based).</param>
/// <param name="Column">File column of the item (1-based).</param>
public sealed record ChecklistItem(string Id, bool IdIsDerived, string Text, ImmutableArray<string> Roles, string Dimension, int Line, int Column);

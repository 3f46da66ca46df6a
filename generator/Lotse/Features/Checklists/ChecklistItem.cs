using System.Collections.Immutable;

namespace Lotse.Features.Checklists;

/// <summary>One task of a checklist, as kept in page metadata (no syntax tree).</summary>
/// <param name="Id">Stable id: explicit (<c>{#id}</c>) or derived from the text.</param>
/// <param name="Text">The item's text without markup.</param>
/// <param name="Line">File line of the item (1-based).</param>
/// <param name="Column">File column of the item (1-based).</param>
/// <param name="Link">Where the item is explained (<c>link="…"</c>): a content-root source path with an optional
/// <c>#anchor</c> (<c>anleitungen/rollen.md#sachbearbeitung</c>) or an absolute http(s) URL; null when the item has none.</param>
/// <param name="Due">The due hint (<c>frist="…"</c>), shown next to the item and in the exports; null when the item has none.</param>
public sealed record ChecklistItem(string Id, bool IdIsDerived, string Text, ImmutableArray<string> Roles, string Dimension, int Line, int Column,
    string? Link = null, string? Due = null)
{
    /// <summary>True when <see cref="Link"/> is an absolute http(s) URL rather than a page of the site.</summary>
    public bool LinkIsExternal => Link is not null && (Link.StartsWith("https://", StringComparison.Ordinal) || Link.StartsWith("http://", StringComparison.Ordinal));
}

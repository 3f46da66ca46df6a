using System.Collections.Immutable;

using Lotse.Site;

namespace Lotse.Features.Checklists;

/// <summary>A checklist of a page (<c>::: checkliste id="…" titel="…"</c>), as kept in page metadata.</summary>
/// <param name="SourcePath">The page's source path (<c>content/…</c>).</param>
/// <param name="Line">File line of the container (1-based).</param>
/// <param name="Column">File column of the container (1-based).</param>
[FeatureContract]
public sealed record Checklist(string Id, string Title, string SourcePath, int Line, int Column, ImmutableArray<ChecklistItem> Items)
{
    public const string ContainerName = "checkliste";

    public IEnumerable<ChecklistItem> ItemsFor(string roleId) => Items.Where(i => i.Roles.Contains(roleId));
}

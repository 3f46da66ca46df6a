using System.Collections.Immutable;
using Markdig.Syntax;

namespace Lotse.Features.Checklists;

/// <summary>What <see cref="ChecklistRenderer"/> needs for one container; attached to the container by the
/// inspector and dropped with the syntax tree.</summary>
/// <param name="Labels">The items' paragraphs, parallel to <c>Checklist.Items</c>.</param>
/// <param name="Roles">All roles, in the order of the data file.</param>
/// <param name="RolePages">Links to the static role pages (empty when there is no overview page).</param>
/// <param name="HeadingLevel">Level of the checklist's title; dimension headings are one below.</param>
/// <param name="AssetPrefix">Set on a page's first checklist: the prefix to the site root, to include the
/// checklist stylesheet and script once.</param>
public sealed record ChecklistView(
    Checklist Checklist,
    ImmutableArray<ParagraphBlock> Labels,
    ImmutableArray<Role> Roles,
    ImmutableArray<RoleLink> RolePages,
    int HeadingLevel,
    string? AssetPrefix)
{
    public static readonly object DataKey = typeof(ChecklistView);
}

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
/// <param name="PageChecklists">Set on a page's first checklist: every checklist of the page, for the one chooser,
/// summary and export of the page (empty on the others).</param>
/// <param name="ItemLinks">The URL (relative to the page) of each item's explanation, by item id.</param>
/// <param name="ProgressPage">The URL of the "Mein Fortschritt" page, relative to the page; null when there is none.</param>
internal sealed record ChecklistView(
    Checklist Checklist,
    ImmutableArray<ParagraphBlock> Labels,
    ImmutableArray<Role> Roles,
    ImmutableArray<RoleLink> RolePages,
    int HeadingLevel,
    string? AssetPrefix,
    ImmutableArray<Checklist> PageChecklists = default,
    IReadOnlyDictionary<string, string>? ItemLinks = null,
    string? ProgressPage = null,
    ChecklistDimensions? Dimensions = null)
{
    public bool IsFirst => !PageChecklists.IsDefaultOrEmpty;

    /// <summary>The placeholder that <see cref="CollectChecklists"/> replaces with links to the checklists where a
    /// role without tasks on this page has work (only then is every page's checklist known).</summary>
    public const string ElsewhereMarker = "<!--lotse:checklisten-anderswo-->";

    public static readonly object DataKey = typeof(ChecklistView);
}

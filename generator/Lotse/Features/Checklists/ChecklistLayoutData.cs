using System.Collections.Immutable;
using Lotse.Kernel;
using Lotse.Site;

namespace Lotse.Features.Checklists;

/// <summary>The values the overview and role layouts see: plain dictionaries and lists, like front matter.
/// Links are content paths (<c>source</c>) for the layouts' <c>page_url</c>.</summary>
/// <param name="pages">Pages with checklists, in reading order.</param>
/// <param name="rolePages">Content path of each role's page, by role id.</param>
internal sealed class ChecklistLayoutData(
    ImmutableArray<Role> roles,
    IReadOnlyList<(Document Page, IReadOnlyList<Checklist> Checklists)> pages,
    IReadOnlyDictionary<string, string> rolePages,
    string? progressSource = null,
    ChecklistDimensions? dimensions = null)
{
    /// <summary>The heading of the items without a dimension on the role and progress pages (their layouts head every group).</summary>
    private const string UngroupedHeading = "Aufgaben";

    private readonly ChecklistDimensions _dimensions = dimensions ?? ChecklistDimensions.None;

    private IEnumerable<(Document Page, Checklist Checklist)> All => pages.SelectMany(p => p.Checklists.Select(c => (p.Page, c)));

    public Dictionary<string, object?> Role(string roleId) =>
        RoleValues(roles.FirstOrDefault(r => r.Id == roleId) ?? new Role(roleId, roleId, roleId, ""));

    public List<object?> ChecklistsFor(string roleId) => All
        .Where(x => x.Checklist.ItemsFor(roleId).Any())
        .Select(x => (object?)new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = x.Checklist.Id,
            ["title"] = x.Checklist.Title,
            ["source"] = x.Page.ContentPath(),
            ["page_title"] = x.Page.Title,
            ["count"] = (long)x.Checklist.ItemsFor(roleId).Count(),
            ["groups"] = GroupValues(x.Checklist.ItemsFor(roleId).ToList()),
        }).ToList();

    /// <summary>Every checklist with all its items (each with its role ids), for the "Mein Fortschritt" page.</summary>
    public List<object?> AllChecklists() => All
        .Select(x => (object?)new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = x.Checklist.Id,
            ["title"] = x.Checklist.Title,
            ["source"] = x.Page.ContentPath(),
            ["page_title"] = x.Page.Title,
            ["count"] = (long)x.Checklist.Items.Length,
            ["roles"] = string.Join(' ', roles.Where(r => x.Checklist.ItemsFor(r.Id).Any()).Select(r => r.Id)),
            ["groups"] = GroupValues(x.Checklist.Items),
        }).ToList();

    /// <summary>The items grouped by dimension, each group with its heading ("Aufgaben" for the items without one).</summary>
    private List<object?> GroupValues(IReadOnlyList<ChecklistItem> items) => _dimensions.Groups(items, i => i.Dimension)
        .Select(g => (object?)new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["dimension"] = g.Dimension.Id,
            ["heading"] = g.Dimension.Heading.Length > 0 ? g.Dimension.Heading : UngroupedHeading,
            ["items"] = g.Items.Select(ItemValues).ToList(),
        }).ToList();

    private object? ItemValues(ChecklistItem i) => new Dictionary<string, object?>(StringComparer.Ordinal)
    {
        ["id"] = i.Id,
        ["text"] = i.Text,
        ["roles"] = string.Join(", ", i.Roles.Select(NameOf)),
        ["role_ids"] = string.Join(' ', i.Roles),
        ["frist"] = i.Due,
        ["link"] = i.LinkIsExternal ? null : i.Link?.Split('#')[0],
        ["anchor"] = i.LinkIsExternal || i.Link is null || !i.Link.Contains('#') ? "" : i.Link[i.Link.IndexOf('#')..],
        ["url"] = i.LinkIsExternal ? i.Link : null,
    };

    public Dictionary<string, object?> Overview() => new(StringComparer.Ordinal)
    {
        ["roles"] = roles.Select(r => (object?)RoleValues(r)).ToList(),
        ["rows"] = All.Select(x => (object?)new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = x.Checklist.Id,
            ["title"] = x.Checklist.Title,
            ["source"] = x.Page.ContentPath(),
            ["page_title"] = x.Page.Title,
            ["total"] = (long)x.Checklist.Items.Length,
            ["roles"] = string.Join(' ', roles.Where(r => x.Checklist.ItemsFor(r.Id).Any()).Select(r => r.Id)),
            ["counts"] = roles.Select(r => (object?)new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["role"] = r.Id,
                ["count"] = (long)x.Checklist.ItemsFor(r.Id).Count(),
            }).ToList(),
        }).ToList(),
        ["total"] = (long)All.Sum(x => x.Checklist.Items.Length),
        ["fortschritt"] = progressSource,
    };

    private Dictionary<string, object?> RoleValues(Role role) => new(StringComparer.Ordinal)
    {
        ["id"] = role.Id,
        ["name"] = role.Name,
        ["kurz"] = role.Short,
        ["beschreibung"] = role.Description,
        ["source"] = rolePages.GetValueOrDefault(role.Id),
        ["fortschritt"] = progressSource,
        ["count"] = (long)All.Sum(x => x.Checklist.ItemsFor(role.Id).Count()),
        // The role's items as "checklist/item" keys, for the progress the script shows on the overview.
        ["items"] = string.Join(' ', All.SelectMany(x => x.Checklist.ItemsFor(role.Id).Select(i => x.Checklist.Id + "/" + i.Id))),
    };

    private string NameOf(string roleId) => roles.FirstOrDefault(r => r.Id == roleId)?.Name ?? roleId;
}

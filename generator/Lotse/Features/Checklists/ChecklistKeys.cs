using Lotse.Site;

namespace Lotse.Features.Checklists;

/// <summary>Metadata keys of the checklist feature.</summary>
[FeatureContract]
public static class ChecklistKeys
{
    /// <summary>The page's checklists (<c>IReadOnlyList&lt;Checklist&gt;</c>), set by the inspector.</summary>
    public const string Checklists = "lotse.checklists";

    /// <summary>On a generated role page: the role's id.</summary>
    public const string RolePage = "lotse.checklist_role_page";

    /// <summary>On the generated "Mein Fortschritt" page: true.</summary>
    public const string ProgressPage = "lotse.checklist_progress_page";

    /// <summary>Layout of the generated "Mein Fortschritt" page.</summary>
    public const string ProgressLayout = "checkliste-fortschritt";

    /// <summary>The slug of the "Mein Fortschritt" page in the overview's folder.</summary>
    public const string ProgressSlug = "mein-fortschritt";

    /// <summary>For layouts: every checklist with all its items (the "Mein Fortschritt" page).</summary>
    public const string LayoutAllChecklists = "checklists_all";

    /// <summary>The role ids of a page (front matter on tool pages; computed on checklist and role pages);
    /// the search can offer them as a filter.</summary>
    public const string Roles = "rollen";

    /// <summary>For layouts: the role of a role page (<c>id name kurz beschreibung count</c>).</summary>
    public const string LayoutRole = "checklist_role";

    /// <summary>For layouts: a role page's checklists with the role's items, grouped by dimension.</summary>
    public const string LayoutChecklists = "checklists";

    /// <summary>For layouts: the overview (<c>roles rows total</c>).</summary>
    public const string LayoutOverview = "checklist_overview";

    /// <summary>Layout of the overview page; role pages go into its folder.</summary>
    public const string OverviewLayout = "checklisten";

    /// <summary>Layout of the generated role pages.</summary>
    public const string RoleLayout = "checkliste-rolle";
}

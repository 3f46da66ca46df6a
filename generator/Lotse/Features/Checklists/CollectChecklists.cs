using Lotse.Blocks.Html;
using System.Collections.Immutable;
using Lotse.Blocks.Diagnostics;
using Lotse.Kernel;
using Lotse.Site;

namespace Lotse.Features.Checklists;

/// <summary>
/// After every page's checklists are known: reports checklist and item ids used more than once in the
/// site (they are one namespace: anchors and keys of the saved ticks), and gives the overview page
/// (<c>page.checklist_overview</c>) and the role pages (<c>page.checklist_role</c>, <c>page.checklists</c>)
/// what their layouts show.
/// </summary>
internal sealed class CollectChecklists : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        var pages = inputs
            .Where(d => ChecklistsOf(d).Count > 0)
            .OrderBy(d => d.Metadata.GetNumber(Keys.Order) ?? long.MaxValue)
            .ThenBy(d => d.SourcePath, StringComparer.Ordinal)
            .ToList();
        ReportDuplicateIds(pages, context.Diagnostics);
        var contentPaths = inputs.Select(d => d.ContentPath()).ToHashSet(StringComparer.Ordinal);
        ReportMissingLinks(pages, contentPaths, context.Diagnostics);

        var rolePages = inputs
            .Where(d => d.Metadata.GetString(ChecklistKeys.RolePage) is not null)
            .ToDictionary(d => d.Metadata.GetString(ChecklistKeys.RolePage)!, d => d.ContentPath(), StringComparer.Ordinal);
        var roles = Role.From(SiteData.Of(context));
        ReportUnknownPageRoles(inputs, roles, context);
        var progressPage = inputs.FirstOrDefault(d => d.Metadata.GetBool(ChecklistKeys.ProgressPage));
        var data = new ChecklistLayoutData(roles, pages.Select(p => (p, ChecklistsOf(p))).ToList(), rolePages, progressPage?.ContentPath(),
            ChecklistDimensions.From(context.Config.Values));
        var results = inputs.Select(document =>
        {
            if (document.Metadata.GetString(ChecklistKeys.RolePage) is { } roleId)
                return document
                    .WithMetadata(ChecklistKeys.LayoutRole, data.Role(roleId))
                    .WithMetadata(ChecklistKeys.LayoutChecklists, data.ChecklistsFor(roleId));
            if (document.Metadata.GetBool(ChecklistKeys.ProgressPage))
                return document
                    .WithMetadata(ChecklistKeys.LayoutAllChecklists, data.AllChecklists())
                    .WithMetadata(ChecklistKeys.LayoutOverview, data.Overview());
            if (document.Metadata.GetString(Keys.Layout) == ChecklistKeys.OverviewLayout)
                return document.WithMetadata(ChecklistKeys.LayoutOverview, data.Overview());
            if (ChecklistsOf(document).Count > 0 && document.Content.Contains(ChecklistView.ElsewhereMarker, StringComparison.Ordinal))
                return document with
                {
                    Content = document.Content.Replace(ChecklistView.ElsewhereMarker,
                        ElsewhereHtml(document, pages, roles, rolePages, progressPage, inputs, context), StringComparison.Ordinal),
                };
            return document;
        });
        return Task.FromResult(results.ToImmutableArray());
    }

    /// <summary>For each role without tasks on <paramref name="page"/>: a hidden list of links to the checklists where
    /// it has work, its role page and "Mein Fortschritt"; the script shows the list of the chosen role.</summary>
    private static string ElsewhereHtml(Document page, List<Document> pages, System.Collections.Immutable.ImmutableArray<Role> roles,
        Dictionary<string, string> rolePages, Document? progressPage, ImmutableArray<Document> inputs, BuildContext context)
    {
        var html = new System.Text.StringBuilder();
        var onPage = ChecklistsOf(page);
        string Url(string outputPath) => Lotse.Blocks.Paths.SiteUrls.Relative(page.OutputPath, outputPath, context.Config.LinkStyle);
        foreach (var role in roles.Where(r => !onPage.Any(c => c.ItemsFor(r.Id).Any())))
        {
            html.Append("<ul class=\"checklist-elsewhere\" data-elsewhere=\"").Append(Esc(role.Id)).Append("\" hidden>\n");
            foreach (var other in pages.Where(p => p != page))
            {
                var withRole = ChecklistsOf(other).Where(c => c.ItemsFor(role.Id).Any()).ToList();
                if (withRole.Count == 0) continue;
                var count = withRole.Sum(c => c.ItemsFor(role.Id).Count());
                html.Append("<li><a href=\"").Append(HtmlUrl.Attribute(Url(other.OutputPath) + "#" + withRole[0].Id)).Append("\">")
                    .Append(Esc(other.Title)).Append("</a>: ").Append(count).Append(count == 1 ? " Aufgabe" : " Aufgaben").Append("</li>\n");
            }
            if (rolePages.TryGetValue(role.Id, out var roleSource) && inputs.FirstOrDefault(d => d.ContentPath() == roleSource) is { } rolePage)
                html.Append("<li><a href=\"").Append(HtmlUrl.Attribute(Url(rolePage.OutputPath))).Append("\">Alle Aufgaben der Rolle ").Append(Esc(role.Name)).Append("</a></li>\n");
            if (progressPage is not null)
                html.Append("<li><a href=\"").Append(HtmlUrl.Attribute(Url(progressPage.OutputPath))).Append("\">Mein Fortschritt</a></li>\n");
            html.Append("</ul>\n");
        }
        return html.ToString();
    }

    private static string Esc(string text) => HtmlEscape.Text(text);

    private static void ReportMissingLinks(IEnumerable<Document> pages, HashSet<string> contentPaths, DiagnosticBag diagnostics)
    {
        foreach (var checklist in pages.SelectMany(ChecklistsOf))
            foreach (var item in checklist.Items.Where(i => i.Link is not null && !i.LinkIsExternal))
            {
                var path = item.Link!.Split('#')[0];
                if (!contentPaths.Contains(path))
                    diagnostics.Error(DiagnosticCodes.ChecklistLinkInvalid, checklist.SourcePath, item.Line, item.Column,
                        $"The link of the item '{item.Id}' leads to '{path}', which is not a page of the site. Link a Markdown page relative to this page");
            }
    }

    private static IReadOnlyList<Checklist> ChecklistsOf(Document document) =>
        document.Metadata.Get<IReadOnlyList<Checklist>>(ChecklistKeys.Checklists) ?? [];

    private static void ReportDuplicateIds(IEnumerable<Document> pages, DiagnosticBag diagnostics)
    {
        var occurrences = pages.SelectMany(ChecklistsOf)
            .SelectMany(c => c.Items.Select(i => (i.Id, Item: (ChecklistItem?)i, c.SourcePath, i.Line, i.Column))
                .Prepend((c.Id, Item: null, c.SourcePath, c.Line, c.Column)))
            .OrderBy(o => o.SourcePath, StringComparer.Ordinal).ThenBy(o => o.Line).ThenBy(o => o.Column);
        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, item, path, line, column) in occurrences)
        {
            if (first.TryAdd(id, $"{path}({line},{column})")) continue;
            var message = item switch
            {
                null => $"The checklist id '{id}' is already used at {first[id]}. Give each checklist its own id",
                { IdIsDerived: true } => $"The item id '{id}', derived from the item's text, is already used at {first[id]}. Give this item its own id ({{#…}})",
                _ => $"The item id '{id}' is already used at {first[id]}. Give each item its own id ({{#…}})",
            };
            diagnostics.Error(DiagnosticCodes.ChecklistIdDuplicate, path, line, column, message);
        }
    }

    /// <summary>A page's <c>rollen:</c> (what the search filters by; the JSON Schema allows only the ids of
    /// <c>rollen.yml</c>) must be role ids of <c>rollen.yml</c>, as a text or a list of texts; otherwise LOT0175 at the key's
    /// value, in the page or in the <c>_dir.yml</c> that sets it (once for all its pages).</summary>
    private static void ReportUnknownPageRoles(ImmutableArray<Document> inputs, ImmutableArray<Role> roles, BuildContext context)
    {
        if (roles.IsEmpty) return; // a site without rollen.yml has no role ids to check against
        var known = roles.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var list = string.Join(", ", roles.Select(r => r.Id));
        foreach (var page in inputs.Where(d => d.Metadata.ContainsKey(ChecklistKeys.Roles) && !d.Metadata.GetBool(ContentKeys.Failed)))
        {
            var value = page.Metadata.Get(ChecklistKeys.Roles);
            var ids = value switch
            {
                null => [],
                string s => [s],
                List<object?> items when items.All(i => i is string) => items.Cast<string>().ToList(),
                _ => null,
            };
            var problem = ids is null
                ? $"'{ChecklistKeys.Roles}' must be a role id or a list of role ids, not {FrontMatterTypes.Describe(value)}"
                : ids.FirstOrDefault(id => !known.Contains(id)) is { } unknown
                    ? $"'{ChecklistKeys.Roles}' names the role '{unknown}'{Lotse.Blocks.Config.SettingTypes.DidYouMean(unknown, known)}, which {Role.DataFile} does not have"
                    : null;
            if (problem is null) continue;
            var (file, line, column) = FrontMatterLine.Find(context.Options.Root, page.SourcePath, ChecklistKeys.Roles) is { } own
                ? (page.SourcePath, own.Line, own.Column)
                : FrontMatterLine.InFolderDefaults(context.Options.Root, context.Paths.Content, page.SourcePath, ChecklistKeys.Roles) ?? (page.SourcePath, 0, 0);
            context.Diagnostics.Error(DiagnosticCodes.PageRoleUnknown, file, line, column,
                $"{problem}. Write role ids from {Role.DataFile} ({list}), like 'rollen: [{roles[0].Id}]'");
        }
    }
}

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
public sealed class CollectChecklists : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        var pages = inputs
            .Where(d => ChecklistsOf(d).Count > 0)
            .OrderBy(d => d.Metadata.GetNumber(Keys.Order) ?? long.MaxValue)
            .ThenBy(d => d.SourcePath, StringComparer.Ordinal)
            .ToList();
        ReportDuplicateIds(pages, context.Diagnostics);

        var rolePages = inputs
            .Where(d => d.Metadata.GetString(ChecklistKeys.RolePage) is not null)
            .ToDictionary(d => d.Metadata.GetString(ChecklistKeys.RolePage)!, d => d.ContentPath(), StringComparer.Ordinal);
        var data = new ChecklistLayoutData(Role.From(SiteData.Of(context)), pages.Select(p => (p, ChecklistsOf(p))).ToList(), rolePages);
        var results = inputs.Select(document =>
        {
            if (document.Metadata.GetString(ChecklistKeys.RolePage) is { } roleId)
                return document
                    .WithMetadata(ChecklistKeys.LayoutRole, data.Role(roleId))
                    .WithMetadata(ChecklistKeys.LayoutChecklists, data.ChecklistsFor(roleId));
            if (document.Metadata.GetString(Keys.Layout) == ChecklistKeys.OverviewLayout)
                return document.WithMetadata(ChecklistKeys.LayoutOverview, data.Overview());
            return document;
        });
        return Task.FromResult(results.ToImmutableArray());
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
}

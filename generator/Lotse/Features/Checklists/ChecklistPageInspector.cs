using System.Collections.Immutable;
using Lotse.Blocks.Config;
using Lotse.Blocks.Diagnostics;
using Lotse.Blocks.Markdown;
using Lotse.Blocks.Paths;
using Lotse.Kernel;
using Lotse.Site;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Lotse.Features.Checklists;

/// <summary>The per-build part of <see cref="ChecklistInspector"/>; thread-safe (reads only).</summary>
/// <param name="rolePages">Output path of each role's static page, by role id.</param>
/// <param name="pageOutputs">Output path of every page, by content path (for item links).</param>
/// <param name="progressPage">Output path of the "Mein Fortschritt" page, if there is one.</param>
public sealed class ChecklistPageInspector(
    ImmutableArray<Role> roles,
    IReadOnlyDictionary<string, string> rolePages,
    LinkStyle linkStyle,
    DiagnosticBag diagnostics,
    IReadOnlyDictionary<string, string>? pageOutputs = null,
    string? progressPage = null,
    ChecklistDimensions? dimensions = null) : IMarkdownPageInspector
{
    /// <summary>The site's checklist dimensions (none: items grouped by what they name).</summary>
    private ChecklistDimensions Dimensions { get; } = dimensions ?? ChecklistDimensions.None;

    public IEnumerable<KeyValuePair<string, object?>> Inspect(Document page, MarkdownDocument markdown, int firstLine)
    {
        var nodes = MarkdownNodes.Of(markdown);
        if (!nodes.Containers.Exists(c => c.Info == Checklist.ContainerName)) return [];
        var containers = nodes.Containers.Where(c => c.Info == Checklist.ContainerName).ToList();

        var headings = nodes.Headings;
        var headingIds = headings.Select(h => h.TryGetAttributes()?.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var reader = new ChecklistReader(page.SourcePath, new SourceLocator(page.Content, firstLine), firstLine, roles, Dimensions, diagnostics);
        var links = roles.Where(r => rolePages.ContainsKey(r.Id))
            .Select(r => new RoleLink(r, SiteUrls.Relative(page.OutputPath, rolePages[r.Id], linkStyle)))
            .ToImmutableArray();
        var checklists = new List<Checklist>();
        var read = new List<(CustomContainer Container, Checklist Checklist, ImmutableArray<ParagraphBlock> Labels)>();
        foreach (var container in containers)
        {
            if (reader.Read(container) is not var (checklist, labels)) continue;
            ReportHeadingClashes(checklist, headingIds);
            read.Add((container, checklist, labels));
            checklists.Add(checklist);
        }
        var itemLinks = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in checklists.SelectMany(c => c.Items).Where(i => i.Link is not null))
            if (LinkUrl(page, item) is { } url) itemLinks[item.Id] = url;
        var progress = progressPage is null ? null : SiteUrls.Relative(page.OutputPath, progressPage, linkStyle);
        for (var i = 0; i < read.Count; i++)
        {
            var (container, checklist, labels) = read[i];
            var level = headings.LastOrDefault(h => h.Line < container.Line)?.Level is { } above ? Math.Min(above + 1, 5) : 2;
            container.SetData(ChecklistView.DataKey, new ChecklistView(checklist, labels, roles, links, level,
                i == 0 ? SiteUrls.RootPrefix(page.OutputPath) : null,
                i == 0 ? [.. checklists] : default,
                itemLinks, progress, Dimensions));
        }

        var pageRoles = page.Metadata.GetStrings(ChecklistKeys.Roles)
            .Concat(checklists.SelectMany(c => c.Items).SelectMany(i => i.Roles))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(RoleOrder)
            .ToList<object?>();
        return
        [
            new(ChecklistKeys.Checklists, checklists),
            new(ChecklistKeys.Roles, pageRoles),
        ];
    }

    /// <summary>The URL of an item's explanation from this page; null (reported later) when the page is missing.</summary>
    private string? LinkUrl(Document page, ChecklistItem item)
    {
        if (item.LinkIsExternal) return item.Link;
        var link = item.Link!;
        var hash = link.IndexOf('#');
        var path = hash >= 0 ? link[..hash] : link;
        var anchor = hash >= 0 ? link[hash..] : "";
        if (pageOutputs is null || !pageOutputs.TryGetValue(path, out var output)) return null;
        return output == page.OutputPath ? anchor : SiteUrls.Relative(page.OutputPath, output, linkStyle) + anchor;
    }

    private int RoleOrder(string id)
    {
        for (var i = 0; i < roles.Length; i++)
            if (roles[i].Id == id) return i;
        return int.MaxValue;
    }

    /// <summary>Checklist and item ids become anchors; a heading with the same anchor would make the page's ids clash.</summary>
    private void ReportHeadingClashes(Checklist checklist, HashSet<string> headingIds)
    {
        if (headingIds.Contains(checklist.Id))
            diagnostics.Error(DiagnosticCodes.ChecklistIdDuplicate, checklist.SourcePath, checklist.Line, checklist.Column,
                $"The checklist id '{checklist.Id}' is also the anchor of a heading on this page. Choose another id");
        foreach (var item in checklist.Items.Where(i => headingIds.Contains(i.Id)))
            diagnostics.Error(DiagnosticCodes.ChecklistIdDuplicate, checklist.SourcePath, item.Line, item.Column,
                $"The item id '{item.Id}' is also the anchor of a heading on this page. Give the item another id ({{#…}})");
    }
}

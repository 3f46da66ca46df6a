using System.Collections.Immutable;
using Lotse.Blocks.Paths;
using Lotse.Kernel;
using Lotse.Site;

namespace Lotse.Features.Checklists;

/// <summary>
/// Adds one page per role (layout <c>checkliste-rolle</c>) next to the checklist overview, the page whose
/// front matter says <c>layout: checklisten</c>: <c>content/anleitungen/checklisten/index.md</c> gets
/// <c>…/checklisten/sachbearbeitung/</c> and so on. The pages list the role's items of all checklists and work
/// without JavaScript; <see cref="CollectChecklists"/> fills them in. They are not in the navigation.
/// Also adds the page "Mein Fortschritt" (<c>…/checklisten/mein-fortschritt/</c>, layout <c>checkliste-fortschritt</c>).
/// </summary>
internal sealed class AddChecklistRolePages : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        var overview = inputs
            .Where(d => d.Metadata.GetString(Keys.Layout) == ChecklistKeys.OverviewLayout)
            .OrderBy(d => d.SourcePath, StringComparer.Ordinal)
            .FirstOrDefault();
        if (overview is null) return Task.FromResult(inputs);
        var folder = SiteUrls.FolderOf(overview.ContentPath());
        var pages = Role.From(SiteData.Of(context)).Select(role => new Document(
            folder.Length == 0 ? $"content/{role.Id}.md" : $"content/{folder}/{role.Id}.md", "", "",
            Metadata.Empty
                .Set(Keys.Title, $"Checkliste: {role.Name}")
                .Set(Keys.Description, $"Alle Aufgaben der Rolle {role.Name} aus den Checklisten, zum Lesen und Drucken.")
                .Set(Keys.Layout, ChecklistKeys.RoleLayout)
                .Set("nav", false)
                .Set(ChecklistKeys.Roles, new List<object?> { role.Id })
                .Set(ChecklistKeys.RolePage, role.Id)
                .Set(ContentKeys.IsGenerated, true)
                .Set(ContentKeys.BodyLine, 1L)));
        var progress = new Document(
            folder.Length == 0 ? $"content/{ChecklistKeys.ProgressSlug}.md" : $"content/{folder}/{ChecklistKeys.ProgressSlug}.md", "", "",
            Metadata.Empty
                .Set(Keys.Title, "Mein Fortschritt")
                .Set(Keys.Description, "Alle Aufgaben Ihrer Rolle aus allen Checklisten mit Ihrem Fortschritt: exportieren, drucken und an Kolleginnen und Kollegen weitergeben.")
                .Set(Keys.Layout, ChecklistKeys.ProgressLayout)
                .Set("nav", false)
                .Set(ChecklistKeys.ProgressPage, true)
                .Set(ContentKeys.IsGenerated, true)
                .Set(ContentKeys.BodyLine, 1L));
        return Task.FromResult(inputs.AddRange(pages).Add(progress));
    }
}

using Lotse.Site;
using Markdig;

namespace Lotse.Features.Checklists;

/// <summary>Role-filtered checklists: the <c>::: checkliste</c> syntax, a page per role next to the overview, and the
/// items of every checklist collected for those pages.</summary>
internal sealed class ChecklistsFeature : IFeature
{
    public IEnumerable<FrontMatterKey> FrontMatterKeys =>
        [new(ChecklistKeys.Roles, FrontMatterType.RoleIds, "Rollen (ids aus content/_data/rollen.yml), für die die Seite gedacht ist; die Suche filtert danach.", CheckedWhereRead: true)];

    public IEnumerable<IMarkdownExtension> MarkdownExtensions => [new ChecklistExtension()];
    public IEnumerable<string> ContainerNames => [Checklist.ContainerName];
    public IEnumerable<IModule> AddPages => [new AddChecklistRolePages()];
    public IEnumerable<IMarkdownInspector> MarkdownInspectors => [new ChecklistInspector()];
    public IEnumerable<IModule> AfterMarkdown => [new CollectChecklists()];

    /// <summary>A page with checklists: their items are collected for the role pages and the overview.</summary>
    public bool GathersBody(Kernel.Document page, BuildContext context) => page.Metadata.ContainsKey(ChecklistKeys.Checklists);
}

using System.Collections.Immutable;
using Lotse.Blocks.Config;
using Lotse.Blocks.Diagnostics;
using Lotse.Kernel;
using Lotse.Site;

namespace Lotse.Features.Checklists;

/// <summary>Finds the checklists of every page during <see cref="Modules.RenderMarkdown"/>: checks them,
/// attaches a <see cref="ChecklistView"/> for <see cref="ChecklistRenderer"/> and keeps them as page metadata.</summary>
internal sealed class ChecklistInspector : IMarkdownInspector
{
    public IMarkdownPageInspector Prepare(ImmutableArray<Document> pages, BuildContext context)
    {
        var roles = Role.From(SiteData.Of(context));
        var rolePages = pages
            .Where(p => p.Metadata.GetString(ChecklistKeys.RolePage) is not null)
            .ToDictionary(p => p.Metadata.GetString(ChecklistKeys.RolePage)!, p => p.OutputPath, StringComparer.Ordinal);
        var outputs = pages.GroupBy(p => p.ContentPath(), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().OutputPath, StringComparer.Ordinal);
        var progressPage = pages.FirstOrDefault(p => p.Metadata.GetBool(ChecklistKeys.ProgressPage))?.OutputPath;
        var dimensions = ChecklistDimensions.From(context.Config.Values);
        foreach (var problem in dimensions.Problems)
        {
            var (line, column) = context.Config.At(problem);
            context.Diagnostics.Error(DiagnosticCodes.ChecklistDimensionSettingInvalid, SiteConfig.FileName, line, column, problem.Message);
        }
        return new ChecklistPageInspector(roles, rolePages, context.Config.LinkStyle, context.Diagnostics, outputs, progressPage, dimensions);
    }
}

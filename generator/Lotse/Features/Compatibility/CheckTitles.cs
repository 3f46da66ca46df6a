using Lotse.Blocks.Diagnostics;
using Lotse.Kernel;
using Lotse.Site;

namespace Lotse.Features.Compatibility;

/// <summary>With <c>titles_required: true</c> in <c>lotse.yml</c>, warns about a page whose title had to be made from
/// its file name: neither front matter (<c>title:</c>) nor a leading h1 names it. (Without the setting, only a page
/// with an h1 that came too late for the title is reported, by <see cref="CompatibilityPageInspector"/>.)</summary>
internal sealed class CheckTitles : DocumentModule
{
    public const string TitlesRequiredKey = "titles_required";

    protected override Document? Execute(Document document, BuildContext context)
    {
        if (context.Config.Values.GetValueOrDefault(TitlesRequiredKey) is true
            && document.Metadata.Get(ContentKeys.TitleFromFileName) is true && document.Metadata.Get(ContentKeys.IsGenerated) is not true)
            context.Diagnostics.Warning(DiagnosticCodes.TitleFromFileName, document.SourcePath, document.BodyLine(), 1,
                $"The page has no title; it is called '{document.Title}' after its file name. Start the page with '# Titel' or set 'title:' in the front matter");
        return document;
    }
}

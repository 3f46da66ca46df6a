using Lotse.Blocks.Diagnostics;
using Lotse.Kernel;
using Lotse.Site;

namespace Lotse.Features.Compatibility;

/// <summary>Warns about a page whose title had to be made from its file name: neither front matter
/// (<c>title:</c>) nor a leading h1 names it.</summary>
public sealed class CheckTitles : DocumentModule
{
    protected override Document? Execute(Document document, BuildContext context)
    {
        if (document.Metadata.Get(ContentKeys.TitleFromFileName) is true && document.Metadata.Get(ContentKeys.IsGenerated) is not true)
            context.Diagnostics.Warning(DiagnosticCodes.TitleFromFileName, document.SourcePath, document.BodyLine(), 1,
                $"The page has no title; it is called '{document.Title}' after its file name. Start the page with '# Titel' or set 'title:' in the front matter");
        return document;
    }
}

using Lotse.Blocks.Diagnostics;
using Lotse.Kernel;
using Lotse.Site;

namespace Lotse.Features.Compatibility;

/// <summary>With <c>titles_required: true</c> in <c>lotse.yml</c>, warns about a page whose title had to be made from
/// its file name: neither front matter (<c>title:</c>) nor a leading h1 names it. (Without the setting, only a page
/// with an h1 that came too late for the title is reported, by <see cref="CompatibilityPageInspector"/>.) A VitePress
/// home page without either takes its hero's text (or name) as its title.</summary>
internal sealed class CheckTitles : DocumentModule
{
    public const string TitlesRequiredKey = "titles_required";

    protected override Document? Execute(Document document, BuildContext context)
    {
        // A VitePress home page ('layout: home') names itself in its hero: 'hero: { name: …, text: … }'.
        if (document.Metadata.Get(ContentKeys.TitleFromFileName) is true
            && document.Metadata.Get<Dictionary<string, object?>>("hero") is { } hero
            && (hero.GetValueOrDefault("text") ?? hero.GetValueOrDefault("name")) is string { Length: > 0 } heroTitle)
            return document.WithMetadata(Keys.Title, heroTitle).WithMetadata(ContentKeys.TitleFromFileName, null);
        if (context.Config.Values.GetValueOrDefault(TitlesRequiredKey) is true
            && document.Metadata.Get(ContentKeys.TitleFromFileName) is true && document.Metadata.Get(ContentKeys.IsGenerated) is not true)
            context.Diagnostics.Warning(DiagnosticCodes.TitleFromFileName, document.SourcePath, document.BodyLine(), 1,
                $"The page has no title; it is called '{document.Title}' after its file name. Start the page with '# Titel' or set 'title:' in the front matter");
        return document;
    }
}

using Lotse.Kernel;
using Lotse.Site;
using Lotse.Site.Navigation;
using Markdig;

namespace Lotse.Features.Compatibility;

/// <summary>Markdown written for other generators (MkDocs, VitePress, Docusaurus, GitHub, pandoc) builds without
/// edits: VitePress's <c>&lt;script setup&gt;</c> is dropped, MkDocs admonitions (<c>!!!</c>, <c>???</c>) and GitHub alerts (<c>&gt; [!NOTE]</c>) become Lotse's callouts,
/// a page's title from <c># Titel {#id}</c> keeps its id, and what Lotse cannot take over is reported: a page
/// without a title, a second h1, an unknown container, external media (which the site's CSP blocks), root-relative
/// and missing URLs in raw HTML (rewritten and checked like Markdown links).</summary>
internal sealed class CompatibilityFeature : IFeature
{
    public IEnumerable<IMarkdownExtension> MarkdownExtensions => [new AdmonitionExtension(), new AlertCalloutExtension(), new CrossReferenceExtension(), new PandocTableExtension(), new RawFormatBlocks()];
    public IEnumerable<IModule> CheckPages => [new CheckTitles(), new DropVueScriptSetup(), new MdxSyntax(), new DocusaurusNavigation(), new QuartoIncludes(), new QuartoShortcodes(), new PandocCitations()];
    public IEnumerable<IMarkdownInspector> MarkdownInspectors => [new CompatibilityInspector()];
    public IPageValues PageValues(BuildContext context) => new TitleId();

    /// <summary><c>page.title_id</c>: the id written as <c># Titel {#id}</c>, for the layout's h1.</summary>
    private sealed class TitleId : IPageValues
    {
        public void AddTo(IDictionary<string, object?> values, Document page, NavNode node, Func<string, string> url)
        {
            if (page.Metadata.GetString(ContentKeys.TitleId) is { } id) values["title_id"] = id;
        }
    }
}

using Lotse.Kernel;
using Lotse.Site;

namespace Lotse.Features.Docusaurus;

/// <summary>Docusaurus pages are MDX (<c>.mdx</c>, and <c>.md</c> by default): their <c>import</c>/<c>export</c> lines and
/// <c>{/* Kommentare */}</c> are left out, <c>&lt;Tabs&gt;</c>/<c>&lt;TabItem label="…"&gt;</c> become labelled sections, and
/// any other React component is left out with a warning (LOT0446) while the text inside it stays; <c>sidebar_position</c>,
/// <c>sidebar_label</c> and <c>_category_.json</c> place pages and folders in the navigation.</summary>
internal sealed class DocusaurusFeature : IFeature
{
    public IEnumerable<IModule> CheckPages => [new MdxSyntax(), new DocusaurusPlaces()];
}

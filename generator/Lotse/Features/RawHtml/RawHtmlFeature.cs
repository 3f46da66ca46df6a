using Lotse.Site;

namespace Lotse.Features.RawHtml;

/// <summary>The policy for HTML written into Markdown: what is reported, and what is cleaned (<c>html:</c> in lotse.yml).</summary>
internal sealed class RawHtmlFeature : IFeature
{
    public IEnumerable<IMarkdownInspector> MarkdownInspectors => [new RawHtmlInspector()];
}

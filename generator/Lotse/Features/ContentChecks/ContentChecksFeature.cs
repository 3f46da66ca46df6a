using Lotse.Site;

namespace Lotse.Features.ContentChecks;

/// <summary>The checks of German text that <c>lotse check</c> runs (readability, sentence length, passive voice …).</summary>
internal sealed class ContentChecksFeature : IFeature
{
    public IEnumerable<IMarkdownInspector> MarkdownInspectors => [new ContentChecksInspector()];
}

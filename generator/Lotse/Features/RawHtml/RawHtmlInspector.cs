using System.Collections.Immutable;
using Lotse.Kernel;
using Lotse.Site;

namespace Lotse.Features.RawHtml;

/// <summary>Raw HTML in Markdown is passed through, since editors are trusted; what runs script or loads from
/// other hosts is reported at its line and column (<see cref="RawHtmlChecks"/>). With
/// <c>html: { sanitize: true }</c> in lotse.yml it is cleaned instead (<see cref="RawHtmlCleaner"/>), for sites
/// that accept outside contributions.</summary>
internal sealed class RawHtmlInspector : IMarkdownInspector
{
    public IMarkdownPageInspector Prepare(ImmutableArray<Document> pages, BuildContext context) =>
        new RawHtmlPageInspector(RawHtmlSettings.From(context.Config, context.Diagnostics), context.Diagnostics);
}

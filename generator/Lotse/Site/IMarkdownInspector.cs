using System.Collections.Immutable;
using Lotse.Kernel;

namespace Lotse.Site;

/// <summary>
/// A feature that reads each page's Markdown syntax tree in <see cref="Modules.RenderMarkdown"/>: after the
/// headings have their ids and the links are rewritten, before the HTML is rendered. The tree is dropped
/// after rendering, so whatever a feature needs later it returns as page metadata.
/// </summary>
public interface IMarkdownInspector
{
    /// <summary>Called once per build with all pages (their output paths are known); the result inspects
    /// each page, on all cores.</summary>
    IMarkdownPageInspector Prepare(ImmutableArray<Document> pages, BuildContext context);
}

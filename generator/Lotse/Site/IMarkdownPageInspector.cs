using Lotse.Kernel;
using Markdig.Syntax;

namespace Lotse.Site;

/// <summary>Inspects one page for an <see cref="IMarkdownInspector"/>. Must be thread-safe.</summary>
public interface IMarkdownPageInspector
{
    /// <summary>May annotate the tree for the feature's renderers (<c>SetData</c>) and returns metadata to add
    /// to the page. <paramref name="firstLine"/> is the file line of the Markdown's line 0.</summary>
    IEnumerable<KeyValuePair<string, object?>> Inspect(Document page, MarkdownDocument markdown, int firstLine);
}

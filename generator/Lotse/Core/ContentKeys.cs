namespace Lotse.Core;

/// <summary>Keys of values that modules pass on to later modules (not front matter).</summary>
public static class ContentKeys
{
    public const string BodyLine = "lotse.body_line";
    public const string Headings = "lotse.headings";
    public const string Links = "lotse.links";
    public const string Anchors = "lotse.anchors";
    public const string HtmlLinks = "lotse.html_links";
    public const string CopyFrom = "lotse.copy_from";

    /// <summary>The bytes to write instead of the (empty) text, a <c>ReadOnlySequence&lt;byte&gt;</c>: big generated files
    /// (the search index's shards) are kept as UTF-8 in chunks, half the size of a string (<see cref="BuildOutputs.Utf8Of"/>).</summary>
    public const string Utf8 = "lotse.utf8";

    /// <summary>Set on a document whose module wrote its file into the build's new staging folder itself (the search index's
    /// shards in <c>lotse build</c>): <see cref="Modules.WriteFiles"/> leaves it, and its bytes are read from there.</summary>
    public const string Written = "lotse.written";
    public const string DataValue = "lotse.data_value";
    public const string IsGenerated = "lotse.generated";
    public const string Layout = "lotse.layout_used";

    /// <summary>The page's own HTML from Markdown, before the layout wraps it (for search and print).</summary>
    public const string ContentHtml = "lotse.content_html";
    public const string OutputOverride = "lotse.output";

    /// <summary>Set on a page that had an error: it stays in the build (so links to it do not fail too) but is not rendered.</summary>
    public const string Failed = "lotse.failed";
}

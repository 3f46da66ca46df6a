
namespace Lotse.Site;

/// <summary>Keys of values that modules pass on to later modules (not front matter).</summary>
public static class ContentKeys
{
    public const string BodyLine = "lotse.body_line";
    public const string Headings = "lotse.headings";
    public const string Links = "lotse.links";
    public const string Anchors = "lotse.anchors";
    public const string HtmlLinks = "lotse.html_links";
    public const string DataValue = "lotse.data_value";
    public const string IsGenerated = "lotse.generated";
    public const string Layout = "lotse.layout_used";

    /// <summary>The page's own HTML from Markdown, before the layout wraps it (for search and print).</summary>
    public const string ContentHtml = "lotse.content_html";
    public const string OutputOverride = "lotse.output";

    /// <summary>Set on a page that had an error: it stays in the build (so links to it do not fail too) but is not rendered.</summary>
    public const string Failed = "lotse.failed";
}


namespace Lotse.Site;

/// <summary>Keys of values that modules pass on to later modules (not front matter).</summary>
public static class ContentKeys
{
    public const string BodyLine = "lotse.body_line";
    public const string Headings = "lotse.headings";
    public const string Links = "lotse.links";
    public const string Anchors = "lotse.anchors";
    public const string HtmlLinks = "lotse.html_links";
    /// <summary>URLs of a document made of pages (a print edition) whose links were checked, and reported, at those
    /// pages: the link check does not report them again.</summary>
    public const string CheckedAtPages = "lotse.checked_at_pages";
    public const string DataValue = "lotse.data_value";
    public const string IsGenerated = "lotse.generated";
    /// <summary>On a file of the site's public folder (<c>public:</c> in lotse.yml): its path from that folder.</summary>
    public const string PublicPath = "lotse.public_path";
    public const string Layout = "lotse.layout_used";

    /// <summary>The page's own HTML from Markdown, before the layout wraps it (for search and print).</summary>
    public const string ContentHtml = "lotse.content_html";
    public const string OutputOverride = "lotse.output";

    /// <summary>True when the page's title was made from its file name (no title in front matter, no leading h1).</summary>
    public const string TitleFromFileName = "lotse.title_from_file_name";

    /// <summary>The id of the page's leading h1 (<c># Titel {#id}</c>), which the title took over.</summary>
    public const string TitleId = "lotse.title_id";

    /// <summary>The content paths (<c>teil/_baustein.md</c>) of the files whose text a page took in (a Quarto or Jekyll
    /// include): <c>lotse serve</c>'s fast lane does not take an edit of a page another page includes (<see cref="BodyOnlyChange"/>).</summary>
    public const string Includes = "lotse.includes";

    /// <summary>Set on a page that had an error: it stays in the build (so links to it do not fail too) but is not rendered.</summary>
    public const string Failed = "lotse.failed";
}

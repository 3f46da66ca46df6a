using System.Collections.Concurrent;
using Lotse.Blocks.Markdown;
using Lotse.Kernel;
using Markdig.Renderers.Html;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Lotse.Site;

/// <summary>The headings of the site's pages for links written for other generators' anchors, made only for the
/// pages such a link names (their Markdown parsed once more) during one rendering of the pages.</summary>
/// <param name="acrossPages">A bare <c>#anchor</c> that names no heading of its page may mean a unique heading of
/// another page (a pandoc or Quarto book's cross-references, <c>anchors_across_pages: true</c>).</param>
internal sealed class HeadingLookup(IReadOnlyDictionary<string, Document> pagesBySource, MarkdownRenderer markdown, bool acrossPages)
{
    /// <summary>The <c>lotse.yml</c> key for <paramref name="acrossPages"/>.</summary>
    public const string AcrossPagesKey = "anchors_across_pages";

    private readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<Heading>>> _headings = new(StringComparer.Ordinal);

    public bool AcrossPages => acrossPages;

    public IReadOnlyList<Heading> Of(string source) =>
        pagesBySource.TryGetValue(source, out var page)
            ? _headings.GetOrAdd(source, _ => new Lazy<IReadOnlyList<Heading>>(() => Parse(page))).Value
            : [];

    /// <summary>The one page other than <paramref name="from"/> with a heading <paramref name="anchor"/> means, and its id.</summary>
    public (string Source, string Id)? Elsewhere(string from, string anchor)
    {
        (string, string)? found = null;
        foreach (var source in pagesBySource.Keys.Order(StringComparer.Ordinal))
        {
            if (source == from || ForeignAnchor.Match(Of(source), anchor) is not { } id) continue;
            // The title's own id ({#sec-x}) is the page: the layout may not print it.
            if (Of(source) is [{ Id: "" } title, ..] && title.Text.EndsWith("\n" + id, StringComparison.Ordinal)) id = "";
            if (found is not null) return null;
            found = (source, id);
        }
        return found;
    }

    private IReadOnlyList<Heading> Parse(Document page)
    {
        var tree = markdown.Parse(page.Content);
        var headings = MarkdownRenderer.AssignHeadingIds(tree, page.BodyLine());
        return WithTitle(page, [.. headings, .. ElementIds(tree, page.BodyLine())]);
    }

    /// <summary>The ids written on other elements than headings (<c>![Bild](x.png){#fig-x}</c>, a pandoc or Quarto
    /// figure; a table with a caption line <c>{#tbl-x}</c>), as targets of their own id only (level 0), with the
    /// figure's alt text or the table's caption as their text: a book's list of figures links them from another chapter.</summary>
    public static IEnumerable<Heading> ElementIds(MarkdownDocument tree, int firstLine) =>
        tree.Descendants()
            .Where(node => node is not HeadingBlock && node.TryGetAttributes() is { Id.Length: > 0 })
            .Select(node => new Heading(0, node.TryGetAttributes()!.Id!, ElementText(node), firstLine + node.Line));

    private static string ElementText(MarkdownObject node) => node switch
    {
        LinkInline { IsImage: true } image => MarkdownRenderer.PlainText(image),
        Table table when TableCaptions.CaptionOf(table) is { } caption => MarkdownRenderer.PlainText(caption.Inline),
        _ => "",
    };

    /// <summary>The page's title (the layout's h1) before its headings, with the id "" (a link to it leads to the
    /// page); its <c>{#id}</c> (<c>#sec-management</c>) is matched by the heading's key.</summary>
    public static IReadOnlyList<Heading> WithTitle(Document page, IReadOnlyList<Heading> headings) =>
        page.Title is { Length: > 0 } title
            ? [new Heading(1, "", page.Metadata.GetString(ContentKeys.TitleId) is { } id ? title + "\n" + id : title, 0), .. headings]
            : headings;
}

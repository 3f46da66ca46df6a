using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Lotse.Site.Navigation;

/// <summary>
/// Reads a navigation written as a Markdown list, as GitBook (<c>SUMMARY.md</c>) and docsify (<c>_sidebar.md</c>) do:
/// a list item with a link is a page (the link text its title), a list item without one is a section, nested lists are
/// the pages below; a heading (after the file's first <c>#</c> title) starts a section holding the lists that follow.
/// Links are taken from the content root (docsify's are relative to it, GitBook's <c>SUMMARY.md</c> lies in it).
/// </summary>
public static class NavMarkdownList
{
    /// <summary>The files read as the navigation when there is no <c>nav.yml</c>, the first one found.</summary>
    public static readonly IReadOnlyList<string> Files = ["SUMMARY.md", "_sidebar.md"];

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

    /// <summary>The navigation of the first of <see cref="Files"/> in <paramref name="contentFolder"/>, or none.</summary>
    public static NavLayout Read(string contentFolder)
    {
        foreach (var name in Files)
        {
            var file = Path.Combine(contentFolder, name);
            if (File.Exists(file)) return new NavLayout("content/" + name, Parse(File.ReadAllText(file)));
        }
        return NavLayout.None;
    }

    public static IReadOnlyList<NavEntry> Parse(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        var top = new List<NavEntry>();
        List<NavEntry>? section = null;
        var seenTitle = false;
        foreach (var block in document)
        {
            switch (block)
            {
                case HeadingBlock { Level: 1 } when !seenTitle && section is null && top.Count == 0:
                    seenTitle = true;
                    break;
                case HeadingBlock heading:
                    section = [];
                    top.Add(new NavEntry(Text(heading.Inline), null, section, heading.Line + 1));
                    break;
                case ListBlock list:
                    (section ?? top).AddRange(Items(list));
                    break;
            }
        }
        return top;
    }

    private static IEnumerable<NavEntry> Items(ListBlock list)
    {
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var children = item.OfType<ListBlock>().SelectMany(Items).ToList();
            var inline = item.OfType<ParagraphBlock>().FirstOrDefault()?.Inline;
            var link = inline?.Descendants<LinkInline>().FirstOrDefault(l => !l.IsImage);
            if (link?.Url is { } url && !IsExternal(url))
                yield return new NavEntry(Text(link), url, children, item.Line + 1);
            else if (children.Count > 0)
                yield return new NavEntry(link is null ? Text(inline) : Text(link), null, children, item.Line + 1);
        }
    }

    private static bool IsExternal(string url) =>
        url.Contains("://", StringComparison.Ordinal) || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || url.StartsWith('#');

    /// <summary>The visible text of an inline (literals and code, as written).</summary>
    private static string Text(ContainerInline? inline) =>
        inline is null ? "" : string.Concat(inline.Descendants<Inline>().Select(i => i switch
        {
            LiteralInline literal => literal.Content.ToString(),
            CodeInline code => code.Content,
            LineBreakInline => " ",
            _ => "",
        })).Trim();
}

namespace Lotse.Blocks.Paths;

/// <summary>Which files of <c>content/</c> are pages: Markdown (<c>.md</c>) and MDX (<c>.mdx</c>, Docusaurus's Markdown
/// with imports and components, which Lotse reads as Markdown: see Features/Compatibility/MdxSyntax).</summary>
public static class MarkdownFiles
{
    /// <summary>The extensions of page files, in the order a link without one tries them.</summary>
    public static readonly IReadOnlyList<string> Extensions = [".md", ".mdx"];

    public static bool IsPage(string path) =>
        path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || IsMdx(path);

    /// <summary>A folder's own page: <c>index.md</c> or <c>index.mdx</c>, in <c>content/</c> or a folder of it.</summary>
    public static bool IsIndex(string contentPath) =>
        contentPath is "index.md" or "index.mdx" ||
        contentPath.EndsWith("/index.md", StringComparison.Ordinal) || contentPath.EndsWith("/index.mdx", StringComparison.Ordinal);

    /// <summary>The path a folder's page is known by in the navigation: <c>x/index.mdx</c> → <c>x/index.md</c>.</summary>
    public static string IndexKey(string contentPath) =>
        contentPath is "index.mdx" || contentPath.EndsWith("/index.mdx", StringComparison.Ordinal) ? contentPath[..^1] : contentPath;

    public static bool IsMdx(string path) => path.EndsWith(".mdx", StringComparison.OrdinalIgnoreCase);
}

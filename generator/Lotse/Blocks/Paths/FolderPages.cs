namespace Lotse.Blocks.Paths;

/// <summary>Which page is a folder's own page, by the path the navigation knows it by (<c>x/index.md</c>): the folder's
/// <c>index.md</c> or <c>index.mdx</c>, else a page beside the folder with its name (<c>x.md</c> next to <c>x/</c>, as GitHub
/// guides keep a chapter and the folder of its sub-pages). Such a page is written to <c>x/index.html</c> anyway.</summary>
public static class FolderPages
{
    /// <summary>The navigation's path of each page (content paths): itself, or <c>x/index.md</c> for a folder's page.</summary>
    public static Dictionary<string, string> Keys(IReadOnlyCollection<string> pages)
    {
        var folders = new HashSet<string>(StringComparer.Ordinal);
        var indexed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            if (MarkdownFiles.IsIndex(page)) indexed.Add(SiteUrls.FolderOf(page));
            for (var folder = SiteUrls.FolderOf(page); folder.Length > 0 && folders.Add(folder); folder = SiteUrls.FolderOf(folder)) { }
        }
        var keys = new Dictionary<string, string>(pages.Count, StringComparer.Ordinal);
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in pages.Order(StringComparer.Ordinal))
        {
            var key = MarkdownFiles.IndexKey(page);
            if (!MarkdownFiles.IsIndex(page) && MarkdownFiles.IsPage(page))
            {
                var stem = page[..page.LastIndexOf('.')];
                if (folders.Contains(stem) && !indexed.Contains(stem) && claimed.Add(stem)) key = stem + "/index.md";
            }
            keys[page] = key;
        }
        return keys;
    }
}

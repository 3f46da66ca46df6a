
namespace Lotse.Blocks.Paths;

/// <summary>The folders of a site, and conversions between file paths and site-relative paths.</summary>
public sealed class SitePaths
{
    public SitePaths(string root, IReadOnlyList<string> themes)
    {
        Root = Path.GetFullPath(root);
        Content = Path.Combine(Root, "content");
        Themes = themes.Select(t => Path.Combine(Root, "themes", t)).ToList();
    }

    public string Root { get; }
    public string Content { get; }

    /// <summary>Theme folders, the one that wins first.</summary>
    public IReadOnlyList<string> Themes { get; }

    /// <summary>A path relative to the site root with '/' separators, for diagnostics and source paths.</summary>
    public string Relative(string fullPath) => Path.GetRelativePath(Root, fullPath).Replace('\\', '/');

    public string Full(string relativePath) => Path.Combine(Root, relativePath);
}

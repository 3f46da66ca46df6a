
namespace Lotse.Blocks.Paths;

/// <summary>The folders of a site, and conversions between file paths and site-relative paths.</summary>
public sealed class SitePaths
{
    public SitePaths(string root, IReadOnlyList<string> themes)
    {
        Root = Path.GetFullPath(root);
        Content = Path.Combine(Root, "content");
        Themes = themes.Select(t => ThemeFolder(Root, t)).ToList();
    }

    /// <summary>The site's own <c>themes/NAME</c>; when it has none, the theme that ships next to the tool
    /// (<c>themes/default</c> beside lotse.dll), so that a new site needs no copy of the default theme.</summary>
    public static string ThemeFolder(string root, string name)
    {
        var own = Path.Combine(root, "themes", name);
        if (Directory.Exists(own)) return own;
        var bundled = Path.Combine(AppContext.BaseDirectory, "themes", name);
        return Directory.Exists(bundled) ? bundled : own;
    }

    public string Root { get; }
    public string Content { get; }

    /// <summary>Theme folders, the one that wins first.</summary>
    public IReadOnlyList<string> Themes { get; }

    /// <summary>A path relative to the site root with '/' separators, for diagnostics and source paths.</summary>
    public string Relative(string fullPath) => Path.GetRelativePath(Root, fullPath).Replace('\\', '/');

    public string Full(string relativePath) => Path.Combine(Root, relativePath);
}

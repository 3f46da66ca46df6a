namespace Lotse.Features.Offline;

/// <summary>Finds a file in the layered themes (the first theme that has it wins), else in the default
/// theme of the Lotse checkout the generator runs from (a site with its own minimal theme).</summary>
internal static class ThemeFiles
{
    public static string? Find(IReadOnlyList<string> themes, string relativePath) =>
        themes.Select(theme => Path.Combine(theme, relativePath)).FirstOrDefault(File.Exists)
        ?? BuiltIn(relativePath);

    private static string? BuiltIn(string relativePath)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "themes", "default", relativePath);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}

namespace Lotse.Offline;

/// <summary>Reads a file from the layered themes: the first theme that has it wins.</summary>
public static class ThemeFiles
{
    public static string? Find(IReadOnlyList<string> themes, string relativePath) => themes
        .Select(theme => Path.Combine(theme, relativePath))
        .FirstOrDefault(File.Exists);
}

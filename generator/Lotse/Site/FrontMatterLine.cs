using Lotse.Blocks.Data;

namespace Lotse.Site;

/// <summary>Where a key of a page's front matter stands in its file, for diagnostics made after the front matter was read
/// (an unknown layout, a review date, a placeholder): the page's file read again and its front matter's places taken from
/// <see cref="YamlPositions"/>, the one place that knows where YAML keys and values stand.</summary>
internal static class FrontMatterLine
{
    /// <summary>The line and column of <paramref name="key"/>'s value, or (1, 1) when the page's front matter does not set it.</summary>
    public static (int Line, int Column) Of(string root, string sourcePath, string key) => Find(root, sourcePath, key) ?? (1, 1);

    /// <summary>The line and column of <paramref name="key"/>'s value in the front matter, or null when the page's front matter
    /// does not set it (it came from a <c>_dir.yml</c> or a default).</summary>
    public static (int Line, int Column)? Find(string root, string sourcePath, string key)
    {
        var path = Path.Combine(root, sourcePath);
        if (!File.Exists(path) || SourceText.Read(path, out _) is not { } text) return null;
        if (FrontMatter.Split(text) is not { Yaml: { } yaml } split) return null;
        var positions = YamlPositions.Of(yaml);
        if (!positions.Has(key)) return null;
        var (line, column) = positions.Value(key);
        return (split.YamlFirstLine + line - 1, column);
    }

    /// <summary>The <c>_dir.yml</c> nearest to the page that sets <paramref name="key"/> (its path from the root) and where
    /// its value stands, or null when no folder default sets it.</summary>
    public static (string File, int Line, int Column)? InFolderDefaults(string root, string contentFolder, string sourcePath, string key)
    {
        var content = Path.GetRelativePath(root, contentFolder).Replace('\\', '/');
        for (var folder = Parent(sourcePath); folder.Length > 0 && (folder == content || folder.StartsWith(content + "/", StringComparison.Ordinal)); folder = Parent(folder))
        {
            var file = folder + "/_dir.yml";
            var full = Path.Combine(root, file);
            if (!File.Exists(full) || SourceText.Read(full, out _) is not { } text) continue;
            var positions = YamlPositions.Of(text);
            if (!positions.Has(key)) continue;
            var (line, column) = positions.Value(key);
            return (file, line, column);
        }
        return null;
    }

    private static string Parent(string path) => path.LastIndexOf('/') is var slash and > 0 ? path[..slash] : "";
}

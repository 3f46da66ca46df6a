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
}

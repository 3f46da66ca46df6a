namespace Lotse.Site;

/// <summary>The line of a top-level key in a file's front matter, for diagnostics (1 when not found).</summary>
internal static class FrontMatterLine
{
    public static int Of(string root, string sourcePath, string key) => Find(root, sourcePath, key) is var line and > 0 ? line : 1;

    /// <summary>The line of <paramref name="key"/> in the front matter, or 0 when the page's front matter does not set it
    /// (it came from a <c>_dir.yml</c> or a default).</summary>
    public static int Find(string root, string sourcePath, string key)
    {
        var path = Path.Combine(root, sourcePath);
        if (!File.Exists(path)) return 0;
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (number > 1 && line.TrimEnd() == "---") break;
            if (line.StartsWith(key + ":", StringComparison.Ordinal)) return number;
        }
        return 0;
    }
}

namespace Lotse.Site;

/// <summary>The line of a top-level key in a file's front matter, for diagnostics (1 when not found).</summary>
internal static class FrontMatterLine
{
    public static int Of(string root, string sourcePath, string key)
    {
        var path = Path.Combine(root, sourcePath);
        if (!File.Exists(path)) return 1;
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (number > 1 && line.TrimEnd() == "---") break;
            if (line.StartsWith(key + ":", StringComparison.Ordinal)) return number;
        }
        return 1;
    }
}

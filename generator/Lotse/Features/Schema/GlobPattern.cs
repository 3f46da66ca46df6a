namespace Lotse.Features.Schema;

/// <summary>The glob subset the schema mappings use, with the meaning VS Code gives it: <c>*</c> matches
/// within one path segment, <c>**</c> any number of whole segments (including none).</summary>
public static class GlobPattern
{
    public static bool IsMatch(string glob, string path) =>
        Match(glob.Split('/'), 0, path.Split('/'), 0);

    private static bool Match(string[] glob, int g, string[] path, int p)
    {
        if (g == glob.Length) return p == path.Length;
        if (glob[g] == "**")
        {
            for (var skip = p; skip <= path.Length; skip++)
                if (Match(glob, g + 1, path, skip)) return true;
            return false;
        }
        return p < path.Length && SegmentMatches(glob[g], path[p]) && Match(glob, g + 1, path, p + 1);
    }

    private static bool SegmentMatches(string pattern, string segment)
    {
        var star = pattern.IndexOf('*');
        if (star < 0) return pattern == segment;
        var prefix = pattern[..star];
        var rest = pattern[(star + 1)..];
        if (!segment.StartsWith(prefix, StringComparison.Ordinal)) return false;
        for (var i = prefix.Length; i <= segment.Length; i++)
            if (SegmentMatches(rest, segment[i..])) return true;
        return false;
    }
}

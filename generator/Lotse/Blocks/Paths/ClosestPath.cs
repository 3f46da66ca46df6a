using Lotse.Blocks.Text;

namespace Lotse.Blocks.Paths;

/// <summary>The existing page or file a mistyped link most likely meant ("did you mean …?").</summary>
public static class ClosestPath
{
    /// <summary>The candidate closest to <paramref name="wanted"/> (content-relative), by edit distance of the whole
    /// path and of the file name without extension, or null when none is close (more than a third differs).</summary>
    public static string? Find(string wanted, IEnumerable<string> candidates)
    {
        var wantedStem = Stem(wanted);
        string? best = null;
        var bestScore = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var score = Math.Min(Distance(wanted, candidate), Distance(wantedStem, Stem(candidate)) + 1);
            if (score < bestScore || (score == bestScore && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestScore = score;
            }
        }
        if (best is null) return null;
        var limit = Math.Max(2, Math.Max(wantedStem.Length, Stem(best).Length) / 3);
        return bestScore <= limit ? best : null;
    }

    /// <summary><c>a/b/index.md</c> → <c>a/b</c>; <c>a/b.md</c> → <c>a/b</c>; <c>a/b.html</c> → <c>a/b</c>.</summary>
    private static string Stem(string path)
    {
        path = path.TrimEnd('/');
        foreach (var index in (string[])["/index.md", "/index.mdx", "/README.md", "/index.html"])
            if (path.EndsWith(index, StringComparison.OrdinalIgnoreCase)) return path[..^index.Length];
        var dot = path.LastIndexOf('.');
        return dot > path.LastIndexOf('/') + 1 ? path[..dot] : path;
    }

    public static int Distance(string a, string b) => EditDistance.Between(a, b);
}

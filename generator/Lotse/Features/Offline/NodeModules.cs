namespace Lotse.Features.Offline;

/// <summary>Finds the <c>node_modules</c> folder with the browser libraries (npm, never committed): at the
/// site root or above it, else above the generator (a test site in a temporary folder).</summary>
public static class NodeModules
{
    public static string? Find(string siteRoot, string probe = "lunr/lunr.min.js")
    {
        foreach (var start in new[] { siteRoot, AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "node_modules");
                if (File.Exists(Path.Combine(candidate, probe))) return candidate;
            }
        return null;
    }
}

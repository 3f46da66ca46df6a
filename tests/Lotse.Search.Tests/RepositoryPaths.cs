namespace Lotse.Search.Tests;

/// <summary>Paths inside the repository the tests run in (found from the test assembly's folder).</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    public static string NodeModules => Path.Combine(Root, "node_modules");

    public static string LunrLotseScript => Path.Combine(Root, "themes", "default", "assets", "js", "lunr-lotse.js");

    public static string NodeScript(string name) => Path.Combine(Root, "tests", "Lotse.Search.Tests", "node", name);

    /// <summary>The shipped vendor file for an npm path (what the site copies).</summary>
    public static string Vendor(string npmPathSuffix) =>
        Path.Combine(NodeModules, SearchIndexWriter.VendorFiles.Single(f => f.NpmPath.EndsWith(npmPathSuffix, StringComparison.Ordinal)).NpmPath);

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Lotse.slnx")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("Repository root (Lotse.slnx) not found.");
    }
}

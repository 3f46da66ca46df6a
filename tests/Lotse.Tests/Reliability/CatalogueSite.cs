
using Lotse.Site;
using Lotse.Tests.Testing;

namespace Lotse.Tests.Reliability;

/// <summary>Writes a bad input's mini-site (with <see cref="TestSite.MinimalTheme"/> and a lotse.yml unless it
/// brings its own), lets it change the files on disk, and builds it with the real generator.</summary>
public static class CatalogueSite
{
    public static async Task<TestBuild> BuildAsync(BadInput input)
    {
        var root = Directory.CreateTempSubdirectory("lotse-bad-").FullName;
        var files = SiteFiles.Parse(input.Files).ToList();
        if (!files.Any(f => f.Path.StartsWith("themes/", StringComparison.Ordinal))) files.InsertRange(0, SiteFiles.Parse(TestSite.MinimalTheme));
        if (!files.Any(f => f.Path == "lotse.yml")) files.Insert(0, ("lotse.yml", "title: Testseite\n"));
        foreach (var (path, content) in files)
        {
            var full = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            await File.WriteAllTextAsync(full, content);
        }
        input.Prepare?.Invoke(root);
        var result = await SiteBuilder.BuildAsync(new BuildOptions(root, Strict: input.Strict));
        return new TestBuild(root, result);
    }

    public static void WriteBytes(string root, string path, byte[] bytes)
    {
        var full = Path.Combine(root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }

    public static void WriteText(string root, string path, string text) => WriteBytes(root, path, System.Text.Encoding.UTF8.GetBytes(text));

    public static void Symlink(string root, string path, string target)
    {
        var full = Path.Combine(root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.CreateSymbolicLink(full, target);
    }
}


using Lotse.Site;

namespace Lotse.Tests.Testing;

/// <summary>Writes a mini-site into a fresh temporary folder and builds it with the real generator.</summary>
public static class TestSite
{
    /// <summary>Layouts used when a test brings none: they print values separated by pipes (Hugo style).</summary>
    public const string MinimalTheme = """
        -- themes/default/layouts/_base.html --
        <!DOCTYPE html><html lang="de"><head><title>{{ page.title }}</title></head><body>{{ body }}</body></html>
        -- themes/default/layouts/page.html --
        <main><h1>{{ page.title }}</h1>{{ page.content }}</main>
        -- themes/default/layouts/section.html --
        <main><h1>{{ page.title }}</h1>{{ page.content }}<ul>{{ for c in page.children }}<li><a href="{{ c.url }}">{{ c.title }}</a></li>{{ end }}</ul></main>
        """;

    public static async Task<TestBuild> BuildAsync(string files, bool strict = false, bool write = true, TestBuild? reuse = null, bool contentChecks = false)
    {
        var root = reuse?.Root ?? Directory.CreateTempSubdirectory("lotse-test-").FullName;
        var parsed = SiteFiles.Parse(files).ToList();
        if (reuse is null && !parsed.Any(f => f.Path.StartsWith("themes/", StringComparison.Ordinal)))
            parsed.InsertRange(0, SiteFiles.Parse(MinimalTheme));
        if (reuse is null && !parsed.Any(f => f.Path == "lotse.yml")) parsed.Insert(0, ("lotse.yml", "title: Testseite\n"));
        foreach (var (path, content) in parsed)
        {
            var full = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            await File.WriteAllTextAsync(full, content);
        }
        var result = await SiteBuilder.BuildAsync(new BuildOptions(root, Write: write, Strict: strict, ContentChecks: contentChecks));
        return new TestBuild(root, result);
    }

    /// <summary>Builds the repository's own site (content/ and themes/ of this checkout) into a temporary folder.</summary>
    public static async Task<TestBuild> BuildRepositoryAsync(bool strict = true)
    {
        var output = Directory.CreateTempSubdirectory("lotse-repo-").FullName;
        var result = await SiteBuilder.BuildAsync(new BuildOptions(RepositoryRoot, output, Strict: strict));
        return new TestBuild(output, result, outputFolder: output);
    }

    /// <summary>The day of the checkout's last commit: the "today" of checks of the repository's site whose result
    /// depends on the date (expiring evidence of the conformance report, review dates), so that a commit that passes
    /// keeps passing on later days; without git, the machine's date.</summary>
    public static DateOnly RepositoryCommitDay
    {
        get
        {
            try
            {
                using var git = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("git", ["-C", RepositoryRoot, "log", "-1", "--format=%cs"])
                    { RedirectStandardOutput = true, RedirectStandardError = true })!;
                var day = git.StandardOutput.ReadToEnd().Trim();
                git.WaitForExit();
                if (git.ExitCode == 0 && DateOnly.TryParseExact(day, "yyyy-MM-dd", out var d)) return d;
            }
            catch (System.ComponentModel.Win32Exception) { }
            return DateOnly.FromDateTime(DateTime.Now);
        }
    }

    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "lotse.yml"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("The repository root (with lotse.yml) was not found.");
        }
    }
}

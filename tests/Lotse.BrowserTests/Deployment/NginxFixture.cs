using Lotse.Site;
using Microsoft.Playwright;

namespace Lotse.BrowserTests.Deployment;

/// <summary>
/// Builds the repository's site and a small site with a base URL (sitemap.xml) and an alias (a redirect page), serves
/// both with real nginx and the documented configuration (<see cref="NginxServer"/>) and starts Debian's Chromium.
/// </summary>
public sealed class NginxFixture : IAsyncLifetime
{
    private readonly List<string> _folders = [];

    public string RepoRoot { get; } = FindRepoRoot();
    public string SiteFolder { get; private set; } = "";
    public string SmallSiteFolder { get; private set; } = "";
    public NginxServer Nginx { get; private set; } = null!;
    /// <summary>The repository's site on nginx, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public string BaseUrl => Nginx.Addresses[0];
    /// <summary>The small site (base URL, alias) on nginx.</summary>
    public string SmallUrl => Nginx.Addresses[1];
    public IPlaywright Playwright { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    public const string SmallSiteSettings = """
        title: Kleine Seite
        baseUrl: https://ozg-lotse.example.org/
        links: directories
        search: false
        offline: false
        """;

    public async Task InitializeAsync()
    {
        if (!File.Exists(SiteFixture.ChromiumPath))
            throw new InvalidOperationException($"{SiteFixture.ChromiumPath} is missing (tests/run installs it).");
        SiteFolder = NewFolder("lotse-nginx-site");
        var built = SiteBuilder.BuildAsync(new BuildOptions(RepoRoot, SiteFolder));

        var smallRoot = NewFolder("lotse-nginx-small-root");
        CopyFolder(Path.Combine(RepoRoot, "themes", "default"), Path.Combine(smallRoot, "themes", "default"));
        Write(smallRoot, "lotse.yml", SmallSiteSettings);
        Write(smallRoot, "content/index.md", "---\ntitle: Start\n---\nDie Startseite mit einem [Leitfaden](leitfaden/a.md).\n");
        Write(smallRoot, "content/leitfaden/a.md", "---\ntitle: Reifegradmodell\naliases: [alt/reifegrad]\n---\nDer Text.\n");
        SmallSiteFolder = NewFolder("lotse-nginx-small-site");
        var small = await SiteBuilder.BuildAsync(new BuildOptions(smallRoot, SmallSiteFolder));
        if (!small.Succeeded) throw new InvalidOperationException("The small site did not build:\n" + string.Join("\n", small.Errors.Select(e => e.ToString())));
        var result = await built;
        if (!result.Succeeded) throw new InvalidOperationException("The site did not build:\n" + string.Join("\n", result.Errors.Select(e => e.ToString())));

        Nginx = await NginxServer.StartAsync(RepoRoot, [SiteFolder, SmallSiteFolder]);
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = SiteFixture.ChromiumPath,
            Headless = true,
            Args = SiteFixture.ChromiumArgs,
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        Playwright?.Dispose();
        if (Nginx is not null) await Nginx.DisposeAsync();
        foreach (var folder in _folders)
            try { if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }

    /// <summary>A new folder path (not created: the builder creates its output folder itself, readable by all).</summary>
    private string NewFolder(string prefix)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}");
        _folders.Add(folder);
        return folder;
    }

    private static void Write(string root, string path, string text)
    {
        var full = Path.Combine(root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "lotse.yml")) && Directory.Exists(Path.Combine(dir.FullName, "content")))
                return dir.FullName;
        throw new InvalidOperationException("Could not find the repository root above " + AppContext.BaseDirectory);
    }
}

[CollectionDefinition(Name)]
public sealed class NginxCollection : ICollectionFixture<NginxFixture>
{
    public const string Name = "nginx";
}

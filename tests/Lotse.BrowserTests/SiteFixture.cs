using System.Net;
using System.Net.Sockets;
using Lotse.Blocks.Paths;
using Lotse.Kernel;
using Lotse.Serve;
using Lotse.Site;
using Microsoft.Playwright;

namespace Lotse.BrowserTests;

/// <summary>
/// Builds the repository's own site once into a temporary folder, serves it on 127.0.0.1 with the
/// generator's real <see cref="StaticFileServer"/> (strict CSP <c>default-src 'self'</c>, no live-reload
/// script) and starts Debian's Chromium through Playwright. Never downloads a browser.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly List<IAsyncDisposable> _servers = [];
    private readonly List<string> _folders = [];
    private Task<SiteScan>? _scan;
    private readonly object _scanGate = new();

    public string RepoRoot { get; } = FindRepoRoot();
    public string SiteFolder { get; private set; } = "";
    public string BaseUrl { get; private set; } = "";
    /// <summary>Every written page, as a path relative to the site root with '/' separators, sorted.</summary>
    public IReadOnlyList<string> Pages { get; private set; } = [];
    public IPlaywright Playwright { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException(
                $"{ChromiumPath} is missing. Install Debian's Chromium: apt-get update && apt-get install -y chromium (the tests never download a browser).");

        SiteFolder = NewTempFolder("lotse-browsertests-site");
        Directory.Delete(SiteFolder); // the builder creates the output folder itself
        var result = await SiteBuilder.BuildAsync(new BuildOptions(RepoRoot, SiteFolder));
        if (!result.Succeeded)
            throw new InvalidOperationException("The site did not build:\n" + string.Join("\n", result.Errors.Select(e => e.ToString())));

        Pages = Directory.EnumerateFiles(SiteFolder, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(SiteFolder, f).Replace('\\', '/'))
            .Where(p => !IsRedirectStub(Path.Combine(SiteFolder, p)))
            .Where(p => p != "download/faq-kommunen.html") // a self-contained download with inline scripts, not a page (OfflineBrowserTests)
            .OrderBy(p => p.Count(c => c == '/')).ThenBy(p => p, StringComparer.Ordinal)
            .ToList();

        BaseUrl = Serve(SiteFolder);
        await StartBrowserOnlyAsync();
    }

    /// <summary>Starts Chromium through Playwright without building the repository's site (for fixtures with a site of their own).</summary>
    public async Task StartBrowserOnlyAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException(
                $"{ChromiumPath} is missing. Install Debian's Chromium: apt-get update && apt-get install -y chromium (the tests never download a browser).");
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>Serves a folder with the generator's server (strict CSP, no reload script) and returns its address.</summary>
    public string Serve(string folder)
    {
        var server = new StaticFileServer(folder, 0, new LiveReload(), injectReload: false); // port 0: the system picks a free one
        server.Start();
        _servers.Add(server);
        return server.Address;
    }

    public string NewTempFolder(string prefix)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        _folders.Add(folder);
        return folder;
    }

    public string UrlOf(string page) => BaseUrl + page;

    /// <summary>The per-page scan over the whole site, run once and shared by the tests that assert on it.</summary>
    public Task<SiteScan> ScanAsync()
    {
        lock (_scanGate) return _scan ??= PageScanner.ScanSiteAsync(this);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        Playwright?.Dispose();
        foreach (var server in _servers) await server.DisposeAsync();
        foreach (var folder in _folders.Append(SiteFolder).Where(f => f.Length > 0))
            try { if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }

    private static bool IsRedirectStub(string file)
    {
        var head = File.ReadAllText(file);
        return head.Contains("http-equiv=\"refresh\"", StringComparison.OrdinalIgnoreCase) && !head.Contains("<main", StringComparison.Ordinal);
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "lotse.yml")) && Directory.Exists(Path.Combine(dir.FullName, "content")))
                return dir.FullName;
        throw new InvalidOperationException("Could not find the repository root (a folder with lotse.yml and content/) above " + AppContext.BaseDirectory);
    }
}

[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "built site";
}

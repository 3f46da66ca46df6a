using Lotse.Cli;
using Microsoft.Playwright;

namespace Lotse.BrowserTests;

/// <summary>Issue 8, point 1: with the real <c>lotse serve</c>, a build error appears in Chromium as an overlay
/// with file, line, column, the offending lines and a hint; fixing the file removes it.</summary>
[Collection(SiteCollection.Name)]
public sealed class ErrorOverlayTests(SiteFixture site)
{
    [Fact]
    public async Task A_build_error_shows_as_an_overlay_and_the_fix_removes_it()
    {
        var root = site.NewTempFolder("lotse-overlay");
        Write(root, "lotse.yml", "title: Vorschau\n");
        Write(root, "themes/default/layouts/_base.html", "<!DOCTYPE html><html lang=\"de\"><head><title>{{ page.title }}</title></head><body><main>{{ body }}</main></body></html>");
        Write(root, "themes/default/layouts/page.html", "<h1>{{ page.title }}</h1>{{ page.content }}");
        Write(root, "themes/default/layouts/section.html", "<h1>{{ page.title }}</h1>{{ page.content }}");
        Write(root, "content/index.md", "# Start\n\nErste Fassung.\n");
        var port = FreePort();
        var cli = CliOptions.Parse(["serve", root, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)], out _)!;
        using var stop = new CancellationTokenSource();
        var serving = Task.Run(() => ServeCommand.RunAsync(cli, TextWriter.Null, stop.Token));
        var context = await site.Browser.NewContextAsync();
        try
        {
            var tab = await context.NewPageAsync();
            await WaitForServerAsync(tab, $"http://127.0.0.1:{port}/");
            await tab.GetByText("Erste Fassung.").WaitForAsync();

            Write(root, "content/index.md", "# Start\n\nErste Fassung.\n\nSiehe [Frist](frist.md).\n");
            var overlay = tab.Locator(".lotse-error-overlay");
            await overlay.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
            (await overlay.GetAttributeAsync("role")).ShouldBe("alert");
            var text = await overlay.InnerTextAsync();
            text.ShouldContain("Lotse: Der letzte Build ist fehlgeschlagen");
            text.ShouldContain("content/index.md(5,7): error LOT0401: Link 'frist.md' points to 'content/frist.md', which does not exist. Check the path; it is relative to this file.");
            text.ShouldContain(">    5 | Siehe [Frist](frist.md).");
            (await tab.Locator("main p").InnerTextAsync()).ShouldBe("Erste Fassung."); // the last good page stays underneath

            Write(root, "content/frist.md", "# Frist\n");
            await tab.Locator("main a[href]").WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
            await overlay.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached, Timeout = 60_000 });
        }
        finally
        {
            await context.CloseAsync();
            await stop.CancelAsync();
            (await serving).ShouldBe(0);
        }
    }

    private static async Task WaitForServerAsync(IPage tab, string url)
    {
        for (var i = 0; ; i++)
        {
            try
            {
                await tab.GotoAsync(url);
                return;
            }
            catch (PlaywrightException) when (i < 100)
            {
                await Task.Delay(200);
            }
        }
    }

    private static void Write(string root, string path, string content)
    {
        var full = Path.Combine(root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}

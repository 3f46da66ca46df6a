using System.Net;
using System.Net.Sockets;
using Lotse.Serve;
using Lotse.Tests.Testing;

namespace Lotse.Tests.Integration;

/// <summary>Issue 2, point 9: the preview server is a real HTTP server on 127.0.0.1.</summary>
public sealed class ServeTests
{
    [Fact]
    public async Task The_server_serves_pages_with_the_strict_policy_and_the_reload_script_and_404_for_missing_files()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/index.md --
            # Start
            """);
        using var reload = new LiveReload();
        await using var server = StartOnFreePort(site.Output, reload);
        using var http = new HttpClient { BaseAddress = new Uri(server.Address) };

        var page = await http.GetAsync("/");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Headers.GetValues("Content-Security-Policy").ShouldBe(["default-src 'self'"]);
        var html = await page.Content.ReadAsStringAsync();
        html.ShouldContain("<title>Start</title>");
        html.ShouldContain("<script src=\"/_lotse/reload.js\" defer></script></body>");

        (await http.GetAsync("/_lotse/reload.js")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await http.GetAsync("/gibt/es/nicht")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await http.GetAsync("/../../etc/passwd")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Connected_browsers_are_told_to_reload_after_a_rebuild()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/index.md --
            # Start
            """);
        using var reload = new LiveReload();
        await using var server = StartOnFreePort(site.Output, reload);
        using var http = new HttpClient { BaseAddress = new Uri(server.Address), Timeout = TimeSpan.FromSeconds(10) };
        using var stream = await http.GetStreamAsync("/_lotse/events");
        using var reader = new StreamReader(stream);
        var timeout = TimeSpan.FromSeconds(10);
        (await reader.ReadLineAsync().WaitAsync(timeout)).ShouldBe("event: status");
        await reader.ReadLineAsync().WaitAsync(timeout);
        await reader.ReadLineAsync().WaitAsync(timeout);
        reload.Succeeded();
        (await reader.ReadLineAsync().WaitAsync(timeout)).ShouldBe("event: reload");
    }

    /// <summary>Starts the server on a port the system picks (port 0), so no other test can take it in between.</summary>
    internal static StaticFileServer StartOnFreePort(string folder, LiveReload reload, string host = StaticFileServer.DefaultHost, ServeLimits? limits = null)
    {
        var server = new StaticFileServer(folder, 0, reload, host: host, limits: limits);
        server.Start();
        return server;
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

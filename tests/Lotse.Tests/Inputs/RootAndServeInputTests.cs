using System.Net;
using System.Net.Sockets;
using Lotse.Cli;
using Lotse.Site;
using Lotse.Tests.Testing;
using Shouldly;

namespace Lotse.Tests.Inputs;

/// <summary>Issue 19: a missing site folder or content folder, and serve's address and port, are diagnostics, not
/// crashes or created folders.</summary>
public sealed class RootAndServeInputTests
{
    [Fact]
    public async Task A_missing_root_is_reported_and_not_created()
    {
        var root = Path.Combine(Path.GetTempPath(), "lotse-gibt-es-nicht-" + Guid.NewGuid().ToString("N"));
        var result = await SiteBuilder.BuildAsync(new BuildOptions(root));
        result.Succeeded.ShouldBeFalse();
        result.Diagnostics.Select(d => d.ToString()).ShouldBe([
            $"{root}: error LOT0168: The site folder '{root}' does not exist. Check the path (a typo?) or create the site with 'lotse new'."]);
        Directory.Exists(root).ShouldBeFalse();
    }

    [Fact]
    public async Task A_root_without_content_is_reported()
    {
        var root = Directory.CreateTempSubdirectory("lotse-ohne-content-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(root, "lotse.yml"), "title: T\n");
            var result = await SiteBuilder.BuildAsync(new BuildOptions(root));
            result.Diagnostics.Select(d => d.ToString()).ShouldBe([
                $"content: error LOT0168: The site folder '{root}' has no 'content' folder. Run Lotse in the folder that holds lotse.yml and content/, or create content/ with the pages."]);
            Directory.EnumerateFileSystemEntries(root).ShouldBe([Path.Combine(root, "lotse.yml")]);
        }
        finally { Directory.Delete(root, recursive: true); }
    }

    [Fact]
    public async Task A_busy_port_is_a_diagnostic_and_exit_code_1()
    {
        using var site = await TestSite.BuildAsync("-- content/index.md --\n# Start\n", write: false);
        using var busy = new TcpListener(IPAddress.Loopback, 0);
        busy.Start();
        var port = ((IPEndPoint)busy.LocalEndpoint).Port;
        var log = new StringWriter();
        var cli = new CliOptions("serve", site.Root, Path.Combine(site.Root, "site"), false, port, false) { PortAsked = true };
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var code = await ServeCommand.RunAsync(cli, log, timeout.Token);
        code.ShouldBe(1);
        log.ToString().ShouldContain($"lotse serve: error LOT0169: Port {port} is already in use. Stop the other program or choose another port with --port.");
    }

    [Fact]
    public async Task A_busy_default_port_makes_serve_take_the_next_free_one_and_say_so()
    {
        using var site = await TestSite.BuildAsync("-- content/index.md --\n# Start\n", write: false);
        // Two neighbouring ports: the first is taken (the "default"), the second is free.
        int port;
        TcpListener busy;
        while (true)
        {
            busy = new TcpListener(IPAddress.Loopback, 0);
            busy.Start();
            port = ((IPEndPoint)busy.LocalEndpoint).Port;
            if (port < 65535 && IsFree(port + 1)) break;
            busy.Stop();
        }
        using var _ = busy;
        var log = new StringWriter();
        var cli = new CliOptions("serve", site.Root, Path.Combine(site.Root, "site"), false, port, false); // no --port
        using var stop = new CancellationTokenSource();
        var serving = ServeCommand.RunAsync(cli, log, stop.Token);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!log.ToString().Contains("Serving ", StringComparison.Ordinal) && !serving.IsCompleted && DateTime.UtcNow < deadline) await Task.Delay(100);
        log.ToString().ShouldContain($"Port {port} is in use; serving on port {port + 1} instead (choose one with --port N).");
        using (var http = new HttpClient())
            (await http.GetAsync($"http://127.0.0.1:{port + 1}/")).StatusCode.ShouldBe(HttpStatusCode.OK);
        stop.Cancel();
        (await serving).ShouldBe(0);
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var probe = new TcpListener(IPAddress.Loopback, port);
            probe.Start();
            probe.Stop();
            return true;
        }
        catch (SocketException) { return false; }
    }

    [Fact]
    public async Task An_address_the_machine_does_not_have_is_a_diagnostic()
    {
        using var site = await TestSite.BuildAsync("-- content/index.md --\n# Start\n", write: false);
        var log = new StringWriter();
        var cli = new CliOptions("serve", site.Root, Path.Combine(site.Root, "site"), false, 0, false) { Host = "192.0.2.77" };
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var code = await ServeCommand.RunAsync(cli, log, timeout.Token);
        code.ShouldBe(1);
        log.ToString().ShouldContain("lotse serve: error LOT0169: Cannot listen on 192.0.2.77:0 (");
    }
}

using Lotse.Core;
using Lotse.Diagnostics;
using Lotse.Serve;

namespace Lotse.Cli;

/// <summary><c>lotse serve</c>: build, serve on 127.0.0.1 (or <c>--host</c>), rebuild on every change and reload the browser.
/// Rebuilds reuse what did not change (<see cref="BuildCache"/>) and write only changed files.
/// After a failed rebuild the last good site stays served and the errors show on the page.</summary>
public static class ServeCommand
{
    /// <summary>Serves until Ctrl+C, SIGTERM or until <paramref name="cancellationToken"/> is cancelled (tests).</summary>
    public static async Task<int> RunAsync(CliOptions cli, TextWriter output, CancellationToken cancellationToken = default)
    {
        var options = new BuildOptions(cli.Root, cli.Output, Write: true, cli.Strict, cli.Today);
        var cache = new BuildCache();
        var first = await SiteBuilder.BuildAsync(options, cache);
        BuildCommand.Report(first, output, "build", listExternal: false);
        using var reload = new LiveReload();
        await using var server = new StaticFileServer(options.OutputFolder, cli.Port, reload, host: cli.Host);
        server.Start();
        if (!first.Succeeded) reload.Failed(first.Diagnostics, d => Excerpt(cli.Root, d));
        output.WriteLine($"Serving {options.OutputFolder} at {server.Address} (Ctrl+C to stop)");
        if (!System.Net.IPAddress.IsLoopback(System.Net.IPAddress.Parse(cli.Host)))
            output.WriteLine($"Note: --host {cli.Host} lets other machines read this preview; leave it out to serve to this machine only.");

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        ConsoleCancelEventHandler onCancel = (_, e) => { e.Cancel = true; stop.Cancel(); };
        Console.CancelKeyPress += onCancel;
        // SIGTERM (kill, systemd, a script's terminate()) stops the server as Ctrl+C does.
        using var onTerminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(
            System.Runtime.InteropServices.PosixSignal.SIGTERM, signal => { signal.Cancel = true; stop.Cancel(); });
        using var watcher = new ChangeWatcher(cli.Root, options.OutputFolder);
        try
        {
            while (!stop.IsCancellationRequested)
            {
                await watcher.WaitForChangeAsync(stop.Token);
                var result = await SiteBuilder.BuildAsync(options, cache, stop.Token);
                BuildCommand.Report(result, output, "build", listExternal: false);
                output.WriteLine($"  {cache.Summary}");
                if (result.Succeeded) reload.Succeeded();
                else reload.Failed(result.Diagnostics, d => Excerpt(cli.Root, d));
            }
        }
        catch (OperationCanceledException) { }
        finally { Console.CancelKeyPress -= onCancel; }
        return 0;
    }

    /// <summary>The lines around a diagnostic's position, for the error overlay.</summary>
    public static string Excerpt(string root, Diagnostic d)
    {
        var file = Path.Combine(root, d.Path);
        if (d.Line <= 0 || !File.Exists(file)) return "";
        var lines = File.ReadLines(file).Skip(Math.Max(0, d.Line - 3)).Take(5).ToList();
        var first = Math.Max(1, d.Line - 2);
        return string.Join('\n', lines.Select((l, i) => $"{(first + i == d.Line ? ">" : " ")} {first + i,4} | {l}"));
    }
}

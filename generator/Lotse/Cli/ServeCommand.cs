
using Lotse.Blocks.Diagnostics;
using Lotse.Blocks.Output;
using Lotse.Serve;
using Lotse.Site;

namespace Lotse.Cli;

/// <summary><c>lotse serve</c>: build, serve on 127.0.0.1 (or <c>--host</c>), rebuild on every change and reload the browser.
/// Rebuilds reuse what did not change (<see cref="BuildCache"/>) and write only changed files; the browser reloads
/// once the pages are written, before the search index, Gesamtausgaben and downloads follow (<see cref="StagedBuild"/>).
/// After a failed rebuild the last good site stays served and the errors show on the page.</summary>
public static class ServeCommand
{
    /// <summary>Serves until Ctrl+C, SIGTERM or until <paramref name="cancellationToken"/> is cancelled (tests).</summary>
    public static async Task<int> RunAsync(CliOptions cli, TextWriter output, CancellationToken cancellationToken = default)
    {
        var options = new BuildOptions(cli.Root, cli.Output, Write: true, cli.Strict, cli.Today);
        // One build per output folder (issue 18): serve holds the lock as long as it runs, so a `lotse build` into the
        // same folder meanwhile is refused instead of replacing the folder under the server's in-place rebuilds.
        using var outputLock = OutputLock.TakeForSession(new OutputFolder(options.OutputFolder).Path, out var holder);
        if (outputLock is null)
        {
            output.WriteLine(new Diagnostic(Severity.Error, DiagnosticCodes.OutputLocked, OutputLock.FileFor(new OutputFolder(options.OutputFolder).Path), 0, 0,
                $"Another Lotse build ({holder}) is writing into '{Path.GetFullPath(options.OutputFolder)}' right now, so lotse serve does not start. Wait until it has finished (or stop it) and start again"));
            return 1;
        }
        if (cli.Production) return await ServeProductionAsync(cli, options, output, cancellationToken);
        var cache = new BuildCache();
        var first = await BuildAsync(options, cache, output, summary: false, CancellationToken.None);
        using var reload = new LiveReload();
        await using var server = Listen(cli, port => new StaticFileServer(options.OutputFolder, port, reload, host: cli.Host), output);
        if (server is null) return 1;
        if (!first.Succeeded) reload.Failed(first.Diagnostics, d => Excerpt(cli.Root, d));
        cache.FastLane?.Prepare();
        output.WriteLine($"Serving {options.OutputFolder} at {server.Address} (Ctrl+C to stop)");
        if (!System.Net.IPAddress.IsLoopback(System.Net.IPAddress.Parse(cli.Host)))
            output.WriteLine($"Note: --host {cli.Host} lets other machines read this preview; leave it out to serve to this machine only.");

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        ConsoleCancelEventHandler onCancel = (_, e) => { e.Cancel = true; stop.Cancel(); };
        Console.CancelKeyPress += onCancel;
        // SIGTERM (kill, systemd, a script's terminate()) stops the server as Ctrl+C does.
        using var onTerminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(
            System.Runtime.InteropServices.PosixSignal.SIGTERM, signal => { signal.Cancel = true; stop.Cancel(); });
        var secondStage = Task.CompletedTask;
        var lastMissing = "";
        CancellationTokenSource? newerChange = null;
        using var watcher = new ChangeWatcher(cli.Root, options.OutputFolder, () => CancelQuietly(Volatile.Read(ref newerChange)));

        // Work after the pages are served, one at a time (a cancelled one ends at its next module); a newer change cancels it.
        void Later(Func<CancellationToken, Task> work)
        {
            var superseded = newerChange;
            Volatile.Write(ref newerChange, CancellationTokenSource.CreateLinkedTokenSource(stop.Token));
            var token = newerChange.Token;
            var previous = secondStage;
            secondStage = Task.Run(async () =>
            {
                await previous;
                superseded?.Dispose();
                try { await work(token); }
                catch (OperationCanceledException) when (token.IsCancellationRequested) { }
            }, CancellationToken.None);
        }

        // The second stage of a rebuild: the search index, Gesamtausgaben, downloads and the complete link check.
        async Task SecondStageAsync(StagedBuild build, CancellationToken token)
        {
            var result = await build.FinishAsync(token);
            Report(result, cache, output);
            if (!result.Succeeded) reload.Failed(result.Diagnostics, d => Excerpt(cli.Root, d));
            else reload.PagesChanged(build.PagesWrittenLater);
            // Files removed from the output by hand (the first stage does not look for them): written again by
            // one more rebuild, once per set (a file that cannot come back does not start rebuilds forever).
            var missing = string.Join('\n', build.MissingOutputs);
            if (missing.Length > 0 && missing != Interlocked.Exchange(ref lastMissing, missing)) watcher.Poke();
            // Idle until the next save: collect the finished build's garbage now (in the background), so that
            // the next first stage does not pause for it.
            if (!token.IsCancellationRequested)
            {
                cache.FastLane?.Prepare();
                GC.Collect(2, GCCollectionMode.Forced, blocking: false);
            }
        }

        // The fast lane's second stage: the ordinary rebuild, both stages, which writes again only what differs from what
        // is on disk; browsers showing a page its first stage wrote anew reload.
        async Task RebuildAfterFastLaneAsync(CancellationToken token)
        {
            var before = StagedBuild.HtmlFiles(cache);
            var build = await SiteBuilder.BuildInStagesAsync(options, cache, token);
            output.WriteLine($"lotse serve: after the fast lane, the site's first stage took {build.First.Elapsed.TotalMilliseconds:F0} ms");
            if (!build.First.Succeeded)
            {
                reload.Failed(build.First.Diagnostics, d => Excerpt(cli.Root, d));
                if (!build.HasSecondStage) Report(build.First, cache, output);
                return;
            }
            reload.PagesChanged(StagedBuild.HtmlFilesChanged(before, cache));
            if (build.HasSecondStage) await SecondStageAsync(build, token);
            else Report(build.First, cache, output);
        }
        try
        {
            while (!stop.IsCancellationRequested)
            {
                await watcher.WaitForChangeAsync(stop.Token);
                // A newer change supersedes the previous rebuild's second stage (its files so far are whole); the new
                // rebuild does not wait for it to wind down, only for its writing (BuildCache.Writing).
                if (newerChange is not null) await newerChange.CancelAsync();

                // The watcher does not look into a content folder that is a symbolic link: then every file is looked at.
                var changes = watcher.TakeChanges();
                var watched = new DirectoryInfo(Path.Combine(cli.Root, "content")).LinkTarget is null ? changes : null;
                cache.SourcesChanged(watched);

                // The fast lane: an edit of pages' bodies alone renders and writes those pages, and the ordinary rebuild
                // follows as its second stage (SinglePageRender).
                if (cache.FastLane is { } fastLane && await fastLane.TryAsync(watched, stop.Token) is { } lane)
                {
                    output.WriteLine($"lotse serve: fast lane: {lane.Pages.Count} page{(lane.Pages.Count == 1 ? "" : "s")}, pages ready " +
                                     $"{System.Diagnostics.Stopwatch.GetElapsedTime(watcher.FirstChange).TotalMilliseconds:F0} ms after the change " +
                                     $"(first stage {lane.Elapsed.TotalMilliseconds:F0} ms); the whole site follows");
                    if (Environment.GetEnvironmentVariable("LOTSE_TIMINGS") == "1")
                        output.WriteLine("  fast lane: " + string.Join(", ", lane.Steps.Select(s => $"{s.Step} {s.Elapsed.TotalMilliseconds:F0} ms")));
                    reload.Succeeded(); // as after any first stage: every browser reloads
                    Later(token => RebuildAfterFastLaneAsync(token));
                    continue;
                }
                cache.FastLane = null; // until this rebuild's pages are good
                var build = await SiteBuilder.BuildInStagesAsync(options, cache, stop.Token);
                if (!build.HasSecondStage) Report(build.First, cache, output);
                else output.WriteLine($"lotse serve: pages ready {System.Diagnostics.Stopwatch.GetElapsedTime(watcher.FirstChange).TotalMilliseconds:F0} ms after the change " +
                                      $"(first stage {build.First.Elapsed.TotalMilliseconds:F0} ms); search index, Gesamtausgaben and downloads follow");
                if (build.HasSecondStage && Environment.GetEnvironmentVariable("LOTSE_TIMINGS") == "1")
                {
                    output.WriteLine($"  first stage {cache.Summary}, {cache.HtmlFacts.Hits} HTML analyses");
                    foreach (var t in build.First.Timings ?? [])
                        output.WriteLine($"  {t.Elapsed.TotalMilliseconds,8:F0} ms  {t.Pipeline}.{t.Phase}.{t.Module} (first stage)");
                }
                if (build.First.Succeeded) reload.Succeeded();
                else reload.Failed(build.First.Diagnostics, d => Excerpt(cli.Root, d));
                if (build.HasSecondStage) Later(token => SecondStageAsync(build, token));
            }
        }
        catch (OperationCanceledException) { }
        finally
        {
            Console.CancelKeyPress -= onCancel;
            try { await secondStage; } catch (OperationCanceledException) { }
            newerChange?.Dispose();
        }
        return 0;
    }

    /// <summary>Builds in one pass (the first build) and reports; keeps only the outcome, not the build's documents (the
    /// cache holds what the next build needs, and a serve session must not hold every build's pages).</summary>
    private static async Task<(bool Succeeded, IReadOnlyList<Diagnostic> Diagnostics)> BuildAsync(BuildOptions options, BuildCache cache,
        TextWriter output, bool summary, CancellationToken cancellationToken)
    {
        var result = await SiteBuilder.BuildAsync(options, cache, cancellationToken);
        BuildCommand.Report(result, output, "build", listExternal: false);
        if (summary) output.WriteLine($"  {cache.Summary}");
        return (result.Succeeded, result.Diagnostics);
    }

    private static void Report(BuildResult result, BuildCache cache, TextWriter output)
    {
        BuildCommand.Report(result, output, "build", listExternal: false);
        output.WriteLine($"  {cache.Summary}");
    }

    /// <summary>Cancels a second stage from the watcher's thread; one that already ended may be disposed.</summary>
    /// <summary><c>lotse serve --production</c>: one full build (as <c>lotse build</c>, precompressed files included), then
    /// the site served with the answers of the tested nginx configuration until stopped.</summary>
    private static async Task<int> ServeProductionAsync(CliOptions cli, BuildOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var result = await SiteBuilder.BuildAsync(options, CancellationToken.None);
        foreach (var diagnostic in result.Diagnostics) output.WriteLine(diagnostic);
        if (!result.Succeeded)
        {
            output.WriteLine("lotse serve --production: the site did not build; nothing is served.");
            return 1;
        }
        using var reload = new LiveReload();
        await using var server = Listen(cli, port => new StaticFileServer(options.OutputFolder, port, reload, injectReload: false, host: cli.Host, production: true), output);
        if (server is null) return 1;
        output.WriteLine($"Serving {options.OutputFolder} at {server.Address} with the production headers (Ctrl+C to stop; no rebuild on change)");
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        ConsoleCancelEventHandler onCancel = (_, e) => { e.Cancel = true; stop.Cancel(); };
        Console.CancelKeyPress += onCancel;
        using var onTerminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(
            System.Runtime.InteropServices.PosixSignal.SIGTERM, signal => { signal.Cancel = true; stop.Cancel(); });
        try { await Task.Delay(Timeout.Infinite, stop.Token); }
        catch (OperationCanceledException) { }
        finally { Console.CancelKeyPress -= onCancel; }
        return 0;
    }

    private static void CancelQuietly(CancellationTokenSource? stage)
    {
        try { stage?.Cancel(); }
        catch (ObjectDisposedException) { }
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

    /// <summary>How many ports after the default one <c>lotse serve</c> tries when no port was asked for.</summary>
    private const int PortsTried = 20;

    /// <summary>Starts the server on the asked port. When no port was asked for (<c>--port</c>) and the default one is
    /// busy, the next free one is taken and said. A busy asked port or an address this machine does not have is a
    /// diagnostic (LOT0169), and null is returned (exit code 1), not a crash.</summary>
    private static StaticFileServer? Listen(CliOptions cli, Func<int, StaticFileServer> make, TextWriter output)
    {
        var last = cli.PortAsked || cli.Port == 0 ? cli.Port : Math.Min(65535, cli.Port + PortsTried - 1);
        for (var port = cli.Port; ; port++)
        {
            var server = make(port);
            try
            {
                server.Start();
                if (port != cli.Port) output.WriteLine($"Port {cli.Port} is in use; serving on port {port} instead (choose one with --port N).");
                return server;
            }
            catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or InvalidOperationException)
            {
                // The server that could not start holds nothing; it is not disposed (that would stop the shared reload).
                var inUse = e is Microsoft.AspNetCore.Connections.AddressInUseException || e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException;
                if (inUse && port < last) continue;
                var reason = inUse
                    ? cli.PortAsked || port == cli.Port
                        ? $"Port {port} is already in use. Stop the other program or choose another port with --port"
                        : $"Ports {cli.Port} to {last} are all in use. Stop another program or choose a port with --port"
                    : $"Cannot listen on {cli.Host}:{port} ({(e.InnerException ?? e).Message.TrimEnd('.')}). Use an address of this machine with --host, or leave --host out";
                output.WriteLine(new Diagnostic(Severity.Error, DiagnosticCodes.ServeAddressUnavailable, "lotse serve", 0, 0, reason));
                return null;
            }
        }
    }
}

using System.Diagnostics;
using Lotse.Tests.Testing;

namespace Lotse.Tests.Reliability;

/// <summary><c>lotse serve</c> ends on SIGTERM as on Ctrl+C (a preview left running by a script or a service
/// manager must stop when told).</summary>
public sealed class ServeStopTests
{
    [Fact]
    public async Task Serve_stops_on_SIGTERM()
    {
        if (OperatingSystem.IsWindows()) return;
        using var site = await TestSite.BuildAsync("-- content/index.md --\n# Start\n", write: false);
        var port = Integration.ServeTests.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var serve = LotseProcess.Start(["serve", site.Root, "--port", port]);
        var started = new TaskCompletionSource();
        _ = Task.Run(async () =>
        {
            while (await serve.StandardOutput.ReadLineAsync() is { } line)
                if (line.StartsWith("Serving ", StringComparison.Ordinal)) started.TrySetResult();
        });
        await started.Task.WaitAsync(TimeSpan.FromSeconds(60));

        using (var kill = Process.Start("kill", ["-TERM", serve.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) await kill.WaitForExitAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        try { await serve.WaitForExitAsync(timeout.Token); }
        finally { if (!serve.HasExited) serve.Kill(entireProcessTree: true); }
        serve.ExitCode.ShouldBe(0);
    }
}

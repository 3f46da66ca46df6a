using System.Text.Json;
using Lotse.Cli;
using Lotse.Tests.Integration;
using Lotse.Tests.Testing;
using static Lotse.Tests.Testing.ServeEvents;

namespace Lotse.Tests.Editors;

/// <summary>Issue 8, point 1: the real <c>lotse serve</c> rebuilds on a change, sends the reload signal,
/// shows a build error (file, line, column, the lines around it) and clears it once the file is fixed.</summary>
public sealed class ServeRebuildTests
{
    [Fact]
    public async Task Serve_rebuilds_on_save_reports_an_error_with_its_lines_and_clears_it_after_the_fix()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/index.md --
            # Start

            Erste Fassung.
            -- content/b.md --
            # B
            """, write: false);
        var port = ServeTests.FreePort();
        var cli = CliOptions.Parse(["serve", site.Root, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)], out _)!;
        using var stop = new CancellationTokenSource();
        var log = new StringWriter();
        var serving = Task.Run(() => ServeCommand.RunAsync(cli, TextWriter.Synchronized(log), stop.Token));
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(30) };
            await Eventually(async () => (await http.GetStringAsync("/")).Contains("Erste Fassung."));
            using var events = new StreamReader(await http.GetStreamAsync("/_lotse/events"));
            (await events.ReadLineAsync()).ShouldBe("event: status");
            await events.ReadLineAsync();
            await events.ReadLineAsync();

            // An edit: the new HTML is served and the browser is told to reload.
            site.Write("content/index.md", "# Start\n\nZweite Fassung.\n");
            await NextEvent(events, "reload");
            await Eventually(async () => (await http.GetStringAsync("/")).Contains("Zweite Fassung."));

            // A broken link: the status names file, line and column and shows the lines around it; the last good page stays.
            site.Write("content/index.md", "# Start\n\nZweite Fassung.\n\n[Kaputt](fehlt.md)\n");
            var failed = await NextEvent(events, "status");
            using (var status = JsonDocument.Parse(failed))
            {
                status.RootElement.GetProperty("ok").GetBoolean().ShouldBeFalse();
                var error = status.RootElement.GetProperty("errors")[0];
                error.GetProperty("text").GetString().ShouldStartWith("content/index.md(5,1): error LOT0401: Link 'fehlt.md' points to 'content/fehlt.md', which does not exist.");
                error.GetProperty("excerpt").GetString().ShouldBe("     3 | Zweite Fassung.\n     4 | \n>    5 | [Kaputt](fehlt.md)");
            }
            (await http.GetStringAsync("/_lotse/status")).ShouldContain("\"ok\":false");
            (await http.GetStringAsync("/")).ShouldContain("Zweite Fassung.");

            // The fix clears the error.
            site.Write("content/index.md", "# Start\n\nDritte Fassung mit [Link](b.md).\n");
            await NextEvent(events, "reload");
            (await http.GetStringAsync("/_lotse/status")).ShouldBe("{\"ok\":true,\"errors\":[]}");
            await Eventually(async () => (await http.GetStringAsync("/")).Contains("Dritte Fassung"));
        }
        finally
        {
            await stop.CancelAsync();
            (await serving).ShouldBe(0);
        }
    }
}

using Lotse.Cli;
using Lotse.Tests.Integration;
using static Lotse.Tests.Testing.ServeEvents;

namespace Lotse.Tests.Editors;

/// <summary>Issue 8 with the real <c>lotse serve</c>: the reload signal comes once the edited page is written, while the
/// offline archive is still the last build's; a second signal names the pages the second stage wrote (the Gesamtausgabe);
/// once serve is idle, the output is that of a full build.</summary>
public sealed class ServeStagesTests
{
    [Fact]
    public async Task The_browser_reloads_with_the_new_page_before_the_downloads_and_the_idle_output_equals_a_full_build()
    {
        using var site = await StagedRebuildTests.Sources();
        var port = ServeTests.FreePort();
        var cli = CliOptions.Parse(["serve", site.Root, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--today", "2026-01-15"], out _)!;
        using var stop = new CancellationTokenSource();
        var log = new StringWriter();
        var serving = Task.Run(() => ServeCommand.RunAsync(cli, TextWriter.Synchronized(log), stop.Token));
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(30) };
            await Eventually(async () => (await http.GetStringAsync("teil/a/index.html")).Contains("Erste Fassung."));
            using var events = new StreamReader(await http.GetStreamAsync("/_lotse/events"));
            (await NextEvent(events, "status")).ShouldContain("\"ok\":true");

            site.Write("content/teil/a.md", "# Seite A\n\nZweite Fassung.\n");
            var first = await NextEvent(events, "reload");
            first.ShouldNotContain("\"pages\""); // every browser reloads
            (await http.GetStringAsync("teil/a/index.html")).ShouldContain("Zweite Fassung.");

            // The second stage's signal names the pages it wrote; a browser on another page ignores it.
            var later = await NextEvent(events, "reload");
            later.ShouldContain("\"pages\"");
            later.ShouldContain("gesamtausgabe");
            later.ShouldNotContain("teil/a/index.html");
            (await http.GetStringAsync("/_lotse/status")).ShouldBe("{\"ok\":true,\"errors\":[]}");
            await EventuallyEqualsAFullBuild(site);
            var archive = await http.GetByteArrayAsync("download/testseite-offline.zip");
            StagedRebuildTests.InArchive(archive, "teil/a/index.html").ShouldContain("Zweite Fassung.");
        }
        finally
        {
            await stop.CancelAsync();
            (await serving).ShouldBe(0);
        }
    }

    /// <summary>The second stage ends shortly after its signal (the files it no longer makes are removed last).</summary>
    private static async Task EventuallyEqualsAFullBuild(Testing.TestBuild site)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await StagedRebuildTests.ShouldEqualAFullBuild(site);
                return;
            }
            catch (ShouldAssertException) when (attempt < 60)
            {
                await Task.Delay(500);
            }
        }
    }
}

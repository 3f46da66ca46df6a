using System.Net.Sockets;
using System.Text;
using Lotse.Cli;
using Lotse.Serve;
using Lotse.Tests.Testing;

namespace Lotse.Tests.Integration;

/// <summary>Issue 10, point 5: the live-reload endpoint holds 200 browsers at once, tells every one of them
/// to reload after a rebuild and still serves pages meanwhile; beyond its cap it refuses clearly.</summary>
public sealed class LiveReloadLoadTests
{
    private const int Clients = 200;

    [Fact]
    public async Task Two_hundred_connected_browsers_all_get_the_reload_after_a_rebuild_and_pages_are_served_meanwhile()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/index.md --
            # Start

            Erste Fassung.
            """, write: false);
        var port = ServeTests.FreePort();
        var cli = CliOptions.Parse(["serve", site.Root, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)], out _)!;
        using var stop = new CancellationTokenSource();
        var serving = Task.Run(() => ServeCommand.RunAsync(cli, TextWriter.Null, stop.Token));
        var clients = new List<EventClient>();
        try
        {
            await Eventually(async () => (await RawHttp.GetAsync(port, "/")).Text.Contains("Erste Fassung."));

            // 200 connections opened at once; each is registered once it has its first event.
            clients.AddRange(await Task.WhenAll(Enumerable.Range(0, Clients).Select(_ => EventClient.ConnectAsync(port))));
            await Task.WhenAll(clients.Select(c => c.WaitForAsync("event: status")));

            var page = await RawHttp.GetAsync(port, "/");
            page.Status.ShouldBe(200);
            page.Text.ShouldContain("Erste Fassung.");

            site.Write("content/index.md", "# Start\n\nZweite Fassung.\n");
            await Task.WhenAll(clients.Select(c => c.WaitForAsync("event: reload")));

            var after = await RawHttp.GetAsync(port, "/");
            after.Status.ShouldBe(200);
            after.Text.ShouldContain("Zweite Fassung.");
        }
        finally
        {
            foreach (var client in clients) client.Dispose();
            await stop.CancelAsync();
            (await serving).ShouldBe(0);
        }
    }

    [Fact]
    public async Task Clients_beyond_the_cap_are_refused_with_503_and_a_place_that_frees_up_is_taken_again()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/index.md --
            # Start
            """);
        var reload = new LiveReload(maxClients: 3);
        await using var server = ServeTests.StartOnFreePort(site.Output, reload);
        var port = new Uri(server.Address).Port;
        var clients = new List<EventClient>();
        try
        {
            for (var i = 0; i < 3; i++) clients.Add(await EventClient.ConnectAsync(port));
            await Task.WhenAll(clients.Select(c => c.WaitForAsync("event: status")));

            var refused = await RawHttp.GetAsync(port, "/_lotse/events");
            refused.Status.ShouldBe(503);
            refused.Text.ShouldContain("Retry-After: 5");
            refused.Text.ShouldContain("Zu viele Live-Reload-Verbindungen (höchstens 3).");
            (await RawHttp.GetAsync(port, "/")).Status.ShouldBe(200);

            clients[0].Dispose();
            clients.RemoveAt(0);
            await Eventually(() => Task.FromResult(reload.ClientCount == 2));
            var again = await EventClient.ConnectAsync(port);
            clients.Add(again);
            await again.WaitForAsync("event: status");

            reload.Succeeded();
            await Task.WhenAll(clients.Select(c => c.WaitForAsync("event: reload")));
        }
        finally
        {
            foreach (var client in clients) client.Dispose();
        }
    }

    private static async Task Eventually(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 600; i++)
        {
            try { if (await condition()) return; }
            catch (SocketException) { }
            catch (IOException) { }
            await Task.Delay(100);
        }
        throw new TimeoutException("The condition did not come true within 60 s.");
    }

    /// <summary>One browser's event stream, as a raw socket that collects everything the server sends.</summary>
    private sealed class EventClient : IDisposable
    {
        private readonly TcpClient _client;
        private readonly StringBuilder _received = new();
        private readonly NetworkStream _stream;
        private readonly byte[] _buffer = new byte[4096];

        private EventClient(TcpClient client)
        {
            _client = client;
            _stream = client.GetStream();
        }

        public static async Task<EventClient> ConnectAsync(int port)
        {
            var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", port);
            var events = new EventClient(client);
            await events._stream.WriteAsync("GET /_lotse/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n"u8.ToArray());
            return events;
        }

        /// <summary>Reads until <paramref name="line"/> has arrived (generous timeout, nothing timed).</summary>
        public async Task WaitForAsync(string line)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
            while (!_received.ToString().Contains(line, StringComparison.Ordinal))
            {
                var read = await _stream.ReadAsync(_buffer, timeout.Token);
                if (read == 0) throw new IOException($"The server closed the event stream before '{line}'. Received:\n{_received}");
                _received.Append(Encoding.UTF8.GetString(_buffer, 0, read));
            }
        }

        public void Dispose() => _client.Dispose();
    }
}

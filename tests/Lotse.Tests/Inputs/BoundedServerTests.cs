using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Lotse.Serve;
using Lotse.Tests.Reliability;
using Shouldly;

namespace Lotse.Tests.Inputs;

/// <summary>Issue 19, point 6: the preview server stays available and bounded. Idle keep-alive connections are closed
/// when the connection limit is near, so a new visitor is answered at once; files are streamed, so slow readers of a
/// big file do not hold it in memory each.</summary>
[Collection(nameof(MemoryMeasurement))]
public sealed class BoundedServerTests
{
    [Fact]
    public async Task With_1100_idle_keep_alive_connections_a_new_visitor_is_answered_at_once()
    {
        var root = Directory.CreateTempSubdirectory("lotse-idle-").FullName;
        File.WriteAllText(Path.Combine(root, "index.html"), "<!DOCTYPE html><title>Start</title><p>Hallo</p>");
        await using var server = new StaticFileServer(root, 0, new LiveReload(), injectReload: false);
        server.Start();
        var port = new Uri(server.Address).Port;
        var idle = new List<Socket>();
        try
        {
            for (var i = 0; i < 1_100; i++)
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                await socket.ConnectAsync(IPAddress.Loopback, port);
                idle.Add(socket);
                await socket.SendAsync("GET /index.html HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"u8.ToArray());
                (await ReadResponseAsync(socket)).ShouldStartWith("HTTP/1.1 200", customMessage: $"connection {i}");
                // The connection stays open and idle (keep-alive) from here on.
            }
            server.OpenConnections.ShouldBeLessThan((int)ServeLimits.Default.MaxConnections);

            var clock = Stopwatch.StartNew();
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            var response = await http.GetAsync(server.Address + "index.html");
            clock.Stop();
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(3), "a new visitor does not wait for idle connections to time out");
        }
        finally
        {
            foreach (var socket in idle) socket.Dispose();
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task Twenty_slow_readers_of_a_40_MB_file_keep_the_servers_memory_bounded()
    {
        const int Readers = 20;
        const long MegaByte = 1024 * 1024;
        var root = Directory.CreateTempSubdirectory("lotse-slow-").FullName;
        var big = Path.Combine(root, "gross.zip");
        await using (var file = File.Create(big))
        {
            var chunk = new byte[MegaByte];
            new Random(19).NextBytes(chunk);
            for (var i = 0; i < 40; i++) await file.WriteAsync(chunk);
        }
        await using var server = new StaticFileServer(root, 0, new LiveReload(), injectReload: false);
        server.Start();
        var port = new Uri(server.Address).Port;
        var readers = new List<Socket>();
        try
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            var before = ResidentBytes();
            for (var i = 0; i < Readers; i++)
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { ReceiveBufferSize = 4096 };
                await socket.ConnectAsync(IPAddress.Loopback, port);
                await socket.SendAsync("GET /gross.zip HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"u8.ToArray());
                readers.Add(socket);
            }
            // Each reader takes a little now and then; the server has the rest of 40 MB to send to each of them.
            var peak = before;
            var buffer = new byte[4096];
            var received = new long[Readers];
            for (var round = 0; round < 20; round++)
            {
                for (var i = 0; i < Readers; i++) received[i] += await readers[i].ReceiveAsync(buffer);
                await Task.Delay(100);
                peak = Math.Max(peak, ResidentBytes());
            }
            received.ShouldAllBe(r => r > 0);
            received.ShouldAllBe(r => r < 40 * MegaByte, "the readers are still in the middle of the file");
            var growth = (peak - before) / MegaByte;
            growth.ShouldBeLessThan(200, $"resident memory grew by {growth} MB for {Readers} slow readers of a 40 MB file (whole files: {Readers * 40} MB)");
        }
        finally
        {
            foreach (var socket in readers) socket.Dispose();
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>The process's resident memory (RSS) in bytes, as the operating system counts it.</summary>
    private static long ResidentBytes()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.WorkingSet64;
    }

    /// <summary>Reads one response with a Content-Length body; returns its head.</summary>
    private static async Task<string> ReadResponseAsync(Socket socket)
    {
        var data = new List<byte>();
        var buffer = new byte[8192];
        while (true)
        {
            var n = await socket.ReceiveAsync(buffer);
            if (n == 0) return Encoding.ASCII.GetString(data.ToArray());
            data.AddRange(buffer.AsSpan(0, n).ToArray());
            var text = Encoding.ASCII.GetString(data.ToArray());
            var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            if (end < 0) continue;
            var length = text.Split("\r\n").FirstOrDefault(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase)) is { } header
                ? int.Parse(header["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture) : 0;
            if (data.Count >= end + 4 + length) return text[..end];
        }
    }
}

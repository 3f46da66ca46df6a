using System.Net.Sockets;
using System.Text;

namespace Lotse.Tests.Testing;

/// <summary>Sends HTTP requests as raw bytes over a socket, so no client library normalises or refuses the
/// request target, and reads the whole answer (the connection is closed after it).</summary>
public static class RawHttp
{
    public sealed record Answer(int Status, string Text);

    /// <summary>A GET of <paramref name="target"/> exactly as given, with a Host header for <paramref name="host"/>.</summary>
    public static Task<Answer> GetAsync(int port, string target, string host = "127.0.0.1") =>
        SendAsync(port, Encoding.Latin1.GetBytes($"GET {target} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"));

    public static async Task<Answer> SendAsync(int port, byte[] request, string address = "127.0.0.1")
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var client = new TcpClient();
        await client.ConnectAsync(address, port, timeout.Token);
        var stream = client.GetStream();
        try { await stream.WriteAsync(request, timeout.Token); }
        catch (IOException) { } // the server may answer and close before it has read everything
        var text = await ReadOneAnswerAsync(stream, timeout.Token);
        var status = text.StartsWith("HTTP/1.1 ", StringComparison.Ordinal) && int.TryParse(text.AsSpan(9, 3), out var s) ? s : 0;
        return new Answer(status, text);
    }

    /// <summary>Reads until the end of the first answer (its Content-Length, the last chunk, or the close).</summary>
    private static async Task<string> ReadOneAnswerAsync(Stream stream, CancellationToken cancellationToken)
    {
        var received = new List<byte>();
        var buffer = new byte[16 * 1024];
        while (true)
        {
            int read;
            try { read = await stream.ReadAsync(buffer, cancellationToken); }
            catch (IOException) { read = 0; } // a reset after the answer
            if (read == 0) break;
            received.AddRange(buffer.AsSpan(0, read));
            if (IsComplete(Encoding.Latin1.GetString(received.ToArray()))) break;
        }
        return Encoding.UTF8.GetString(received.ToArray());
    }

    private static bool IsComplete(string text)
    {
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (end < 0) return false;
        var head = text[..end];
        if (head.Contains("Transfer-Encoding: chunked", StringComparison.OrdinalIgnoreCase)) return text.EndsWith("0\r\n\r\n", StringComparison.Ordinal);
        var length = head.Split("\r\n").FirstOrDefault(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
        return length is not null && text.Length - end - 4 >= int.Parse(length["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }
}

namespace Lotse.Tests.Testing;

/// <summary>Waiting on a running <c>lotse serve</c>: its live-reload events and what it serves.</summary>
public static class ServeEvents
{
    /// <summary>Reads server-sent events until one named <paramref name="name"/>; returns its data.</summary>
    public static async Task<string> NextEvent(StreamReader events, string name)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            var line = await events.ReadLineAsync(timeout.Token) ?? throw new InvalidOperationException("The event stream ended.");
            if (line != "event: " + name) continue;
            var data = await events.ReadLineAsync(timeout.Token) ?? "";
            return data.StartsWith("data: ", StringComparison.Ordinal) ? data["data: ".Length..] : data;
        }
    }

    /// <summary>Waits until <paramref name="condition"/> holds (a request the server refuses meanwhile counts as not yet).</summary>
    public static async Task Eventually(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 300; i++)
        {
            try { if (await condition()) return; }
            catch (HttpRequestException) { }
            await Task.Delay(100);
        }
        throw new TimeoutException("The condition did not come true within 30 s.");
    }
}

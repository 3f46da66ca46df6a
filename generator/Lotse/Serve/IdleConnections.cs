using System.Collections.Concurrent;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Connections.Features;

namespace Lotse.Serve;

/// <summary>
/// Keeps room for new visitors: every open connection is known with whether a request is in flight on it. When the
/// open connections reach <paramref name="closeIdleAbove"/>, idle keep-alive connections (no request in flight) are
/// asked to close, the longest idle first, until there is room again. Without this, a thousand idle connections
/// held the connection limit for Kestrel's keep-alive timeout and a new visitor waited (30 s).
/// </summary>
internal sealed class IdleConnections(long closeIdleAbove)
{
    private readonly ConcurrentDictionary<string, Entry> _open = new(StringComparer.Ordinal);

    private sealed class Entry(IConnectionLifetimeNotificationFeature? lifetime)
    {
        public IConnectionLifetimeNotificationFeature? Lifetime { get; } = lifetime;
        public int Busy;
        public long IdleSince = Environment.TickCount64;
        public int Closing;
    }

    public int Count => _open.Count;

    /// <summary>Connection middleware: tracks the connection while it is open.</summary>
    public ConnectionDelegate Track(ConnectionDelegate next) => async connection =>
    {
        var entry = new Entry(connection.Features.Get<IConnectionLifetimeNotificationFeature>());
        _open[connection.ConnectionId] = entry;
        if (_open.Count >= closeIdleAbove) CloseIdle();
        try { await next(connection); }
        finally { _open.TryRemove(connection.ConnectionId, out _); }
    };

    /// <summary>Marks a request in flight on the connection until the returned handle is disposed.</summary>
    public IDisposable Request(string connectionId)
    {
        if (!_open.TryGetValue(connectionId, out var entry)) return Nothing.Instance;
        Interlocked.Increment(ref entry.Busy);
        return new Done(entry);
    }

    private void CloseIdle()
    {
        var excess = _open.Count - closeIdleAbove + 1;
        // Close a few more than needed at once (a tenth of the room), so that not every new connection sorts the list.
        excess += Math.Max(1, closeIdleAbove / 10);
        foreach (var entry in _open.Values.Where(e => Volatile.Read(ref e.Busy) == 0 && Volatile.Read(ref e.Closing) == 0)
                     .OrderBy(e => Volatile.Read(ref e.IdleSince)).Take((int)excess).ToList())
        {
            if (Interlocked.Exchange(ref entry.Closing, 1) == 0) entry.Lifetime?.RequestClose();
        }
    }

    private sealed class Done(Entry entry) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
            Volatile.Write(ref entry.IdleSince, Environment.TickCount64);
            Interlocked.Decrement(ref entry.Busy);
        }
    }

    private sealed class Nothing : IDisposable
    {
        public static readonly Nothing Instance = new();
        public void Dispose() { }
    }
}

namespace Lotse.Serve;

/// <summary>The bounds the preview server keeps, so that many or misbehaving clients cannot exhaust it:
/// a client that sends its request headers too slowly is disconnected after <see cref="RequestHeadersTimeout"/>,
/// and at most <see cref="MaxConnections"/> connections are open at once; from <see cref="CloseIdleAbove"/> on, idle
/// keep-alive connections are closed to make room for new visitors. (The cap on live-reload clients is
/// <see cref="LiveReload"/>'s.)</summary>
public sealed record ServeLimits
{
    public static readonly ServeLimits Default = new();

    public TimeSpan RequestHeadersTimeout { get; init; } = TimeSpan.FromSeconds(10);
    public long MaxConnections { get; init; } = 1024;

    /// <summary>From this many open connections on, idle keep-alive connections are closed to make room.</summary>
    public long CloseIdleAbove { get; init; } = 900;
}

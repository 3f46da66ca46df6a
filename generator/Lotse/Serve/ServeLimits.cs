namespace Lotse.Serve;

/// <summary>The bounds the preview server keeps, so that many or misbehaving clients cannot exhaust it:
/// live-reload streams beyond <see cref="MaxReloadClients"/> are refused with 503, a client that sends its
/// request headers too slowly is disconnected after <see cref="RequestHeadersTimeout"/>, and at most
/// <see cref="MaxConnections"/> connections are open at once.</summary>
public sealed record ServeLimits
{
    public static readonly ServeLimits Default = new();

    public int MaxReloadClients { get; init; } = 256;
    public TimeSpan RequestHeadersTimeout { get; init; } = TimeSpan.FromSeconds(10);
    public long MaxConnections { get; init; } = 1024;
}

using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Lotse.Serve;

/// <summary>
/// A small HTTP server (Kestrel) for the preview: serves the output folder, sends the strict
/// Content-Security-Policy the site is built for, and adds the live-reload script to every HTML page
/// (as an external script, so the policy holds). <c>/_lotse/events</c> streams "reload" events.
/// It listens on <paramref name="host"/>, 127.0.0.1 unless told otherwise; on a loopback address it answers
/// only requests addressed to a loopback name (no DNS rebinding). Port 0 takes a free port.
/// With <paramref name="injectReload"/> false, pages are served exactly as written (used by the browser tests). With
/// <paramref name="production"/> (<c>lotse serve --production</c>), it answers as the tested nginx configuration does
/// (<see cref="ProductionHeaders"/>): the full set of security headers, caching by path, downloads as attachments and the
/// precompressed files.
/// </summary>
public sealed class StaticFileServer(string root, int port, LiveReload reload, bool injectReload = true,
    string host = StaticFileServer.DefaultHost, ServeLimits? limits = null, bool production = false) : IAsyncDisposable
{
    public const string DefaultHost = "127.0.0.1";
    public const string ReloadScriptPath = "/_lotse/reload.js";
    private readonly IPAddress _address = IPAddress.Parse(host);
    private readonly ServeLimits _limits = limits ?? ServeLimits.Default;
    private WebApplication? _app;
    private IdleConnections? _connections;

    /// <summary>The connections open right now (for tests of the limits).</summary>
    public int OpenConnections => _connections?.Count ?? 0;

    /// <summary>The address to open in a browser, with the port actually bound.</summary>
    public string Address { get; private set; } = $"http://{UrlHost(host)}:{port}/";

    public void Start()
    {
        var connections = new IdleConnections(_limits.CloseIdleAbove);
        _connections = connections;
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxConcurrentConnections = _limits.MaxConnections;
            kestrel.Limits.RequestHeadersTimeout = _limits.RequestHeadersTimeout;
            kestrel.Limits.KeepAliveTimeout = TimeSpan.FromSeconds(30);
            kestrel.Limits.MaxRequestLineSize = 8 * 1024;
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            kestrel.Limits.MaxRequestBodySize = 0;
            kestrel.Listen(_address, port, listen => listen.Use(connections.Track));
        });
        var app = builder.Build();
        app.Run(HandleAsync);
        app.StartAsync().GetAwaiter().GetResult();
        _app = app;
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Address = $"http://{UrlHost(host)}:{new Uri(bound).Port}/";
    }

    private static string UrlHost(string host) => host.Contains(':') ? $"[{host}]" : host;

    private async Task HandleAsync(HttpContext context)
    {
        using var inFlight = _connections?.Request(context.Connection.Id);
        var request = context.Request;
        var response = context.Response;
        response.Headers.ContentSecurityPolicy = production ? ProductionHeaders.ContentSecurityPolicy : "default-src 'self'";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "no-store";
        if (production)
        {
            response.Headers["Referrer-Policy"] = ProductionHeaders.ReferrerPolicy;
            response.Headers["Permissions-Policy"] = ProductionHeaders.PermissionsPolicy;
        }
        if (IPAddress.IsLoopback(_address) && !IsLoopbackName(request.Host.Host))
        {
            await WriteAsync(response, 400, "text/plain; charset=utf-8", "400 Unbekannter Host: der Vorschau-Server antwortet nur unter 127.0.0.1 und localhost."u8.ToArray());
            return;
        }
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.Headers.Allow = "GET, HEAD";
            await WriteAsync(response, 405, "text/plain; charset=utf-8", "405 Nur GET und HEAD."u8.ToArray());
            return;
        }
        var path = request.Path.Value ?? "/";
        switch (path)
        {
            case "/_lotse/events":
                await reload.StreamAsync(context);
                return;
            case ReloadScriptPath:
                await WriteAsync(response, 200, "text/javascript; charset=utf-8", Encoding.UTF8.GetBytes(LiveReload.Script));
                return;
            case "/_lotse/status":
                await WriteAsync(response, 200, "application/json; charset=utf-8", Encoding.UTF8.GetBytes(reload.StatusJson()));
                return;
        }
        if (!RequestPath.IsWellFormed(path))
        {
            await WriteAsync(response, 400, "text/plain; charset=utf-8", "400 Ungültiger Pfad."u8.ToArray());
            return;
        }
        var file = RequestPath.Resolve(root, path);
        var type = file is null ? "" : ContentTypes.Of(file);
        var html = type.StartsWith("text/html", StringComparison.Ordinal);
        // Pages that get the reload script are read whole (they are small); every other file is streamed from disk,
        // so that many slow readers of a big file hold a buffer each, not the file.
        var stream = file is null || (injectReload && html) ? null : TryOpen(file);
        var bytes = file is null || stream is not null ? null : await TryReadAsync(file);
        if (file is null || (bytes is null && stream is null))
        {
            var notFound = RequestPath.Resolve(root, "/404.html");
            var body = (notFound is null ? null : await TryReadAsync(notFound)) ?? "404"u8.ToArray();
            await WriteAsync(response, 404, "text/html; charset=utf-8", injectReload ? InjectReload(body) : body);
            return;
        }
        if (injectReload && html && bytes is not null) bytes = InjectReload(bytes);
        if (production)
        {
            var served = "/" + Path.GetRelativePath(root, file).Replace('\\', '/');
            response.Headers.CacheControl = ProductionHeaders.CacheControl(served);
            if (ProductionHeaders.IsAttachment(served)) response.Headers.ContentDisposition = "attachment";
            response.Headers.Vary = "Accept-Encoding";
            if (ProductionHeaders.Precompressed(file, request.Headers.AcceptEncoding) is { } copy && TryOpen(copy.File) is { } compressed)
            {
                response.Headers.ContentEncoding = copy.Encoding;
                if (stream is not null) await stream.DisposeAsync();
                stream = compressed;
                bytes = null;
            }
        }
        if (stream is null)
        {
            await WriteAsync(response, 200, type, bytes!);
            return;
        }
        await using (stream)
        {
            response.StatusCode = 200;
            response.ContentType = type;
            response.ContentLength = stream.Length;
            if (HttpMethods.IsHead(request.Method)) return;
            await stream.CopyToAsync(response.Body, StreamBuffer, context.RequestAborted);
        }
    }

    private const int StreamBuffer = 64 * 1024;

    /// <summary>Opens a file for streaming; one the build is replacing right now counts as missing for this request.</summary>
    private static FileStream? TryOpen(string file)
    {
        try
        {
            return new FileStream(file, new FileStreamOptions
            {
                Mode = FileMode.Open, Access = FileAccess.Read, Share = FileShare.ReadWrite | FileShare.Delete,
                BufferSize = 0, Options = FileOptions.Asynchronous | FileOptions.SequentialScan,
            });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
    }

    private static bool IsLoopbackName(string name) =>
        name.Equals("localhost", StringComparison.OrdinalIgnoreCase) ||
        (IPAddress.TryParse(name.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));

    /// <summary>Reads a file; one the build is replacing right now counts as missing for this request.</summary>
    private static async Task<byte[]?> TryReadAsync(string file)
    {
        try { return await File.ReadAllBytesAsync(file); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
    }

    private static byte[] InjectReload(byte[] html)
    {
        var text = Encoding.UTF8.GetString(html);
        var tag = $"<script src=\"{ReloadScriptPath}\" defer></script>";
        var at = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        text = at < 0 ? text + tag : text.Insert(at, tag);
        return Encoding.UTF8.GetBytes(text);
    }

    private static async Task WriteAsync(HttpResponse response, int status, string type, byte[] body)
    {
        response.StatusCode = status;
        response.ContentType = type;
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body);
    }

    public async ValueTask DisposeAsync()
    {
        reload.Dispose();
        if (_app is null) return;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(timeout.Token);
        await _app.DisposeAsync();
    }
}

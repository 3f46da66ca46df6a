using System.Net;
using System.Text;

namespace Lotse.Serve;

/// <summary>
/// A small HTTP server on 127.0.0.1 for the preview: serves the output folder, sends the strict
/// Content-Security-Policy the site is built for, and adds the live-reload script to every HTML page
/// (as an external script, so the policy holds). <c>/_lotse/events</c> streams "reload" events.
/// With <paramref name="injectReload"/> false, pages are served exactly as written (used by the browser tests).
/// </summary>
public sealed class StaticFileServer(string root, int port, LiveReload reload, bool injectReload = true) : IAsyncDisposable
{
    public const string ReloadScriptPath = "/_lotse/reload.js";
    private readonly HttpListener _listener = new();
    private Task? _loop;

    public string Address => $"http://127.0.0.1:{port}/";

    public void Start()
    {
        _listener.Prefixes.Add(Address);
        _listener.Start();
        _loop = Task.Run(AcceptLoopAsync);
    }

    private async Task AcceptLoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception) when (!_listener.IsListening) { return; }
            catch (HttpListenerException) { return; }
            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            response.Headers["Content-Security-Policy"] = "default-src 'self'";
            response.Headers["X-Content-Type-Options"] = "nosniff";
            response.Headers["Cache-Control"] = "no-store";
            var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath);
            switch (path)
            {
                case "/_lotse/events":
                    await reload.StreamAsync(response);
                    return;
                case ReloadScriptPath:
                    await WriteAsync(response, 200, "text/javascript; charset=utf-8", Encoding.UTF8.GetBytes(LiveReload.Script));
                    return;
                case "/_lotse/status":
                    await WriteAsync(response, 200, "application/json; charset=utf-8", Encoding.UTF8.GetBytes(reload.StatusJson()));
                    return;
            }
            var file = Resolve(path);
            if (file is null)
            {
                var notFound = Path.Combine(root, "404.html");
                var body = File.Exists(notFound) ? await File.ReadAllBytesAsync(notFound) : Encoding.UTF8.GetBytes("404");
                await WriteAsync(response, 404, "text/html; charset=utf-8", injectReload ? InjectReload(body) : body);
                return;
            }
            var bytes = await File.ReadAllBytesAsync(file);
            var type = ContentTypes.Of(file);
            if (injectReload && type.StartsWith("text/html", StringComparison.Ordinal)) bytes = InjectReload(bytes);
            await WriteAsync(response, 200, type, bytes);
        }
        catch (Exception e) when (e is IOException or HttpListenerException or ObjectDisposedException)
        {
            try { response.Abort(); } catch (ObjectDisposedException) { }
        }
    }

    private string? Resolve(string urlPath)
    {
        var relative = urlPath.TrimStart('/');
        if (relative.Split('/').Any(s => s == "..")) return null;
        var full = Path.GetFullPath(Path.Combine(root, relative));
        if (!full.StartsWith(Path.GetFullPath(root), StringComparison.Ordinal)) return null;
        if (Directory.Exists(full)) full = Path.Combine(full, "index.html");
        return File.Exists(full) ? full : null;
    }

    private static byte[] InjectReload(byte[] html)
    {
        var text = Encoding.UTF8.GetString(html);
        var tag = $"<script src=\"{ReloadScriptPath}\" defer></script>";
        var at = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        text = at < 0 ? text + tag : text.Insert(at, tag);
        return Encoding.UTF8.GetBytes(text);
    }

    private static async Task WriteAsync(HttpListenerResponse response, int status, string type, byte[] body)
    {
        response.StatusCode = status;
        response.ContentType = type;
        response.ContentLength64 = body.Length;
        await response.OutputStream.WriteAsync(body);
        response.Close();
    }

    public async ValueTask DisposeAsync()
    {
        reload.Dispose();
        _listener.Stop();
        _listener.Close();
        if (_loop is not null) await _loop;
    }
}

using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Lotse.Blocks.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Lotse.Serve;

/// <summary>Tells connected browsers to reload after a good rebuild, or to show the errors of a failed one
/// (the last good site stays served underneath). Each client has its own small queue and writer, so a slow
/// client delays no other; one whose queue is full is dropped (the browser reconnects by itself). At most
/// <paramref name="maxClients"/> are connected at once; beyond that a client is refused with 503.</summary>
public sealed class LiveReload(int maxClients = 256) : IDisposable
{
    private const int QueuedEventsPerClient = 16;
    private readonly object _gate = new();
    private readonly List<Channel<byte[]>> _clients = [];
    private string _status = "{\"ok\":true,\"errors\":[]}";
    private bool _disposed;

    public string StatusJson() { lock (_gate) return _status; }

    /// <summary>How many browsers are connected right now.</summary>
    public int ClientCount { get { lock (_gate) return _clients.Count; } }

    private const string Ok = "{\"ok\":true,\"errors\":[]}";

    public void Succeeded() => Publish(Ok, "reload");

    /// <summary>After a rebuild's second stage (<see cref="StagedBuild"/>): only browsers showing one of these pages
    /// (output paths such as <c>teil/index.html</c>) reload.</summary>
    public void PagesChanged(IReadOnlyList<string> pages)
    {
        if (pages.Count > 0) Publish(Ok, "reload", JsonSerializer.Serialize(new { ok = true, errors = Array.Empty<object>(), pages }));
    }

    public void Failed(IEnumerable<Diagnostic> diagnostics, Func<Diagnostic, string> context)
    {
        var errors = diagnostics.Where(d => d.Severity == Severity.Error)
            .Select(d => new { text = d.ToString(), excerpt = context(d) }).ToList();
        Publish(JsonSerializer.Serialize(new { ok = false, errors }), "status");
    }

    private static byte[] Event(string name, string data) => Encoding.UTF8.GetBytes($"event: {name}\ndata: {data}\n\n");

    private void Publish(string status, string eventName, string? data = null)
    {
        var payload = Event(eventName, data ?? status);
        lock (_gate)
        {
            _status = status;
            foreach (var client in _clients.ToList())
            {
                if (client.Writer.TryWrite(payload)) continue;
                client.Writer.TryComplete();
                _clients.Remove(client);
            }
        }
    }

    /// <summary>Streams events to one client until it leaves or the server stops.</summary>
    public async Task StreamAsync(HttpContext context)
    {
        var response = context.Response;
        var queue = Channel.CreateBounded<byte[]>(new BoundedChannelOptions(QueuedEventsPerClient) { SingleReader = true });
        bool accepted;
        // Registered together with the current status as its first event: a client that has seen it gets every later one.
        lock (_gate)
        {
            accepted = !_disposed && _clients.Count < maxClients;
            if (accepted)
            {
                queue.Writer.TryWrite(Event("status", _status));
                _clients.Add(queue);
            }
        }
        if (!accepted)
        {
            response.StatusCode = 503;
            response.Headers.RetryAfter = "5";
            response.ContentType = "text/plain; charset=utf-8";
            var text = Encoding.UTF8.GetBytes($"503 Zu viele Live-Reload-Verbindungen (höchstens {maxClients}).");
            response.ContentLength = text.Length;
            await response.Body.WriteAsync(text, context.RequestAborted);
            return;
        }
        try
        {
            response.ContentType = "text/event-stream";
            await foreach (var payload in queue.Reader.ReadAllAsync(context.RequestAborted))
            {
                await response.Body.WriteAsync(payload, context.RequestAborted);
                await response.Body.FlushAsync(context.RequestAborted);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException) { }
        finally
        {
            lock (_gate) _clients.Remove(queue);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            foreach (var c in _clients) c.Writer.TryComplete();
            _clients.Clear();
        }
    }

    /// <summary>The browser side: reload on "reload"; on "status" with errors, show an overlay.</summary>
    public const string Script = """
        (function () {
          var overlay = null;
          function show(status) {
            if (status.ok) { if (overlay) { overlay.remove(); overlay = null; } return; }
            if (!overlay) {
              overlay = document.createElement('div');
              overlay.setAttribute('role', 'alert');
              overlay.className = 'lotse-error-overlay';
              var st = overlay.style; // CSSOM, allowed by the Content-Security-Policy (no inline style attribute)
              st.position = 'fixed'; st.left = '0'; st.right = '0'; st.bottom = '0'; st.maxHeight = '60vh'; st.overflow = 'auto';
              st.zIndex = '2147483647'; st.background = '#fff4f4'; st.color = '#1a1a1a'; st.borderTop = '4px solid #b00020';
              st.padding = '1rem 1.5rem'; st.font = '16px/1.5 system-ui, sans-serif';
              document.body.appendChild(overlay);
            }
            overlay.textContent = '';
            var h = document.createElement('h2'); h.textContent = 'Lotse: Der letzte Build ist fehlgeschlagen'; overlay.appendChild(h);
            status.errors.forEach(function (e) {
              var p = document.createElement('p'); p.textContent = e.text; overlay.appendChild(p);
              if (e.excerpt) { var pre = document.createElement('pre'); pre.textContent = e.excerpt; pre.style.background = '#fff'; pre.style.padding = '0.5rem'; pre.style.overflow = 'auto'; overlay.appendChild(pre); }
            });
          }
          var source = new EventSource('/_lotse/events');
          function here() {
            var path = decodeURIComponent(location.pathname).replace(/^\//, '');
            return path === '' || path.charAt(path.length - 1) === '/' ? path + 'index.html' : path;
          }
          source.addEventListener('reload', function (ev) {
            var pages = ev.data ? JSON.parse(ev.data).pages : null;
            if (!pages || pages.indexOf(here()) >= 0) location.reload();
          });
          source.addEventListener('status', function (ev) { show(JSON.parse(ev.data)); });
        })();
        """;
}

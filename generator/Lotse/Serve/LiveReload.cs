using System.Net;
using System.Text;
using System.Text.Json;
using Lotse.Diagnostics;

namespace Lotse.Serve;

/// <summary>Tells connected browsers to reload after a good rebuild, or to show the errors of a failed one
/// (the last good site stays served underneath).</summary>
public sealed class LiveReload : IDisposable
{
    private readonly object _gate = new();
    private readonly List<HttpListenerResponse> _clients = [];
    private string _status = "{\"ok\":true,\"errors\":[]}";
    private readonly CancellationTokenSource _stop = new();

    public string StatusJson() { lock (_gate) return _status; }

    public void Succeeded() => Publish("{\"ok\":true,\"errors\":[]}", "reload");

    public void Failed(IEnumerable<Diagnostic> diagnostics, Func<Diagnostic, string> context)
    {
        var errors = diagnostics.Where(d => d.Severity == Severity.Error)
            .Select(d => new { text = d.ToString(), excerpt = context(d) }).ToList();
        Publish(JsonSerializer.Serialize(new { ok = false, errors }), "status");
    }

    private void Publish(string status, string eventName)
    {
        var payload = Encoding.UTF8.GetBytes($"event: {eventName}\ndata: {status}\n\n");
        // One writer at a time: two chunks written into one response at once corrupt the chunked encoding.
        lock (_gate)
        {
            _status = status;
            foreach (var client in _clients.ToList())
                if (!TrySend(client, payload)) _clients.Remove(client);
        }
    }

    private static bool TrySend(HttpListenerResponse client, byte[] payload)
    {
        try
        {
            client.OutputStream.Write(payload);
            client.OutputStream.Flush();
            return true;
        }
        catch (Exception e) when (e is IOException or HttpListenerException or ObjectDisposedException or InvalidOperationException)
        {
            return false;
        }
    }

    public async Task StreamAsync(HttpListenerResponse response)
    {
        response.ContentType = "text/event-stream";
        response.SendChunked = true;
        // Register and send the first event under the writers' lock: a client that has seen it gets every
        // later one, and no later event is written into the middle of it.
        lock (_gate)
        {
            if (TrySend(response, Encoding.UTF8.GetBytes($"event: status\ndata: {_status}\n\n"))) _clients.Add(response);
        }
        try { await Task.Delay(Timeout.Infinite, _stop.Token); }
        catch (OperationCanceledException) { }
    }

    public void Dispose()
    {
        _stop.Cancel();
        lock (_gate)
        {
            foreach (var c in _clients) { try { c.Abort(); } catch (ObjectDisposedException) { } }
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
          source.addEventListener('reload', function () { location.reload(); });
          source.addEventListener('status', function (ev) { show(JSON.parse(ev.data)); });
        })();
        """;
}

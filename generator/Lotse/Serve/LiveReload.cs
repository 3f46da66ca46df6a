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
        List<HttpListenerResponse> clients;
        lock (_gate)
        {
            _status = status;
            clients = [.. _clients];
        }
        var payload = Encoding.UTF8.GetBytes($"event: {eventName}\ndata: {status}\n\n");
        foreach (var client in clients)
        {
            try
            {
                client.OutputStream.Write(payload);
                client.OutputStream.Flush();
            }
            catch (Exception e) when (e is IOException or HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                lock (_gate) _clients.Remove(client);
            }
        }
    }

    public async Task StreamAsync(HttpListenerResponse response)
    {
        response.ContentType = "text/event-stream";
        response.SendChunked = true;
        // Register before the first event goes out: a client that has seen it must get every later one.
        string hello;
        lock (_gate)
        {
            _clients.Add(response);
            hello = $"event: status\ndata: {_status}\n\n";
        }
        await response.OutputStream.WriteAsync(Encoding.UTF8.GetBytes(hello));
        await response.OutputStream.FlushAsync();
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

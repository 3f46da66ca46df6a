using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Lotse.BrowserTests.Deployment;

/// <summary>
/// Debian's nginx with exactly the configuration docs/deployment.md shows (deploy/nginx/lotse.conf and
/// deploy/nginx/lotse-headers.conf, laid out as in /etc/nginx), started in a temporary folder on a free port of
/// 127.0.0.1, not as root (as the user nobody when the tests run as root), one server block per site. Only
/// <c>listen</c> and <c>root</c> are changed. Stopped (by its own process id) when disposed.
/// </summary>
public sealed class NginxServer : IAsyncDisposable
{
    public const string Executable = "/usr/sbin/nginx";
    /// <summary>Debian's brotli_static module (libnginx-mod-http-brotli-static), loaded by /etc/nginx/modules-enabled there.</summary>
    public const string BrotliModule = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";
    public const string ConfigFile = "deploy/nginx/lotse.conf";
    public const string HeadersFile = "deploy/nginx/lotse-headers.conf";
    public const string DocumentedListen = "listen 8080;";
    public const string DocumentedRoot = "root /var/www/lotse;";

    private readonly Process _process;
    private readonly string _folder;

    private NginxServer(Process process, string folder, IReadOnlyList<string> addresses)
    {
        _process = process;
        _folder = folder;
        Addresses = addresses;
    }

    /// <summary>One address per site, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public IReadOnlyList<string> Addresses { get; }

    public string ErrorLog => File.Exists(Path.Combine(_folder, "error.log")) ? File.ReadAllText(Path.Combine(_folder, "error.log")) : "";

    /// <summary>The documented server block for one site on one port.</summary>
    public static string ServerBlock(string repoRoot, string siteFolder, int port)
    {
        var documented = File.ReadAllText(Path.Combine(repoRoot, ConfigFile));
        if (Count(documented, DocumentedListen) != 1 || Count(documented, DocumentedRoot) != 1)
            throw new InvalidOperationException($"{ConfigFile} must have '{DocumentedListen}' and '{DocumentedRoot}' once each (the tests replace them).");
        return documented.Replace(DocumentedListen, $"listen 127.0.0.1:{port};", StringComparison.Ordinal)
            .Replace(DocumentedRoot, $"root {siteFolder};", StringComparison.Ordinal);
    }

    /// <summary>Writes the configuration, checks it with <c>nginx -t</c> and starts nginx serving each folder.</summary>
    public static async Task<NginxServer> StartAsync(string repoRoot, IReadOnlyList<string> siteFolders)
    {
        if (!File.Exists(Executable))
            throw new InvalidOperationException($"{Executable} is missing. Install Debian's nginx: apt-get install -y nginx-light libnginx-mod-http-brotli-static (tests/run does it).");
        if (!File.Exists(BrotliModule))
            throw new InvalidOperationException($"{BrotliModule} is missing. Install it: apt-get install -y libnginx-mod-http-brotli-static (tests/run does it).");
        var folder = Path.Combine(Path.GetTempPath(), $"lotse-nginx-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.Combine(folder, "snippets"));
        Directory.CreateDirectory(Path.Combine(folder, "conf.d"));
        File.Copy(Path.Combine(repoRoot, HeadersFile), Path.Combine(folder, "snippets", "lotse-headers.conf"));
        var ports = siteFolders.Select(_ => FreePort()).ToList();
        for (var i = 0; i < siteFolders.Count; i++)
            File.WriteAllText(Path.Combine(folder, "conf.d", $"lotse-{i}.conf"), ServerBlock(repoRoot, siteFolders[i], ports[i]));
        File.WriteAllText(Path.Combine(folder, "nginx.conf"), $$"""
            # The frame of /etc/nginx/nginx.conf on Debian, in a temporary folder.
            daemon off;
            worker_processes 1;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log warn;
            load_module {{BrotliModule}};
            events { worker_connections 256; }
            http {
                include /etc/nginx/mime.types;
                default_type application/octet-stream;
                sendfile on;
                access_log off;
                client_body_temp_path {{folder}}/body;
                proxy_temp_path {{folder}}/proxy;
                fastcgi_temp_path {{folder}}/fastcgi;
                uwsgi_temp_path {{folder}}/uwsgi;
                scgi_temp_path {{folder}}/scgi;
                include conf.d/*.conf;
            }
            """);
        if (!OperatingSystem.IsWindows() && IsRoot())
        {
            // nobody must read the sites and write the folder.
            foreach (var dir in Directory.EnumerateDirectories(folder, "*", SearchOption.AllDirectories).Prepend(folder))
                File.SetUnixFileMode(dir, (UnixFileMode)0x1FF);
        }

        var test = await RunAsync(Start(folder, "-t"));
        if (test.ExitCode != 0) throw new InvalidOperationException("nginx -t rejected the documented configuration:\n" + test.Output);

        var process = Start(folder);
        var server = new NginxServer(process, folder, ports.Select(p => $"http://127.0.0.1:{p}/").ToList());
        var clock = Stopwatch.StartNew();
        foreach (var port in ports)
            while (!await AcceptsAsync(port))
            {
                if (process.HasExited || clock.Elapsed > TimeSpan.FromSeconds(10))
                {
                    var log = server.ErrorLog + await process.StandardError.ReadToEndAsync();
                    await server.DisposeAsync();
                    throw new InvalidOperationException("nginx did not start:\n" + log);
                }
                await Task.Delay(20);
            }
        return server;
    }

    /// <summary>nginx itself, or as the user nobody when the tests run as root.</summary>
    private static Process Start(string folder, params string[] extra)
    {
        var info = new ProcessStartInfo { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        if (IsRoot())
        {
            info.FileName = "/usr/bin/setpriv";
            foreach (var a in new[] { "--reuid=65534", "--regid=65534", "--clear-groups", Executable }) info.ArgumentList.Add(a);
        }
        else info.FileName = Executable;
        foreach (var a in new[] { "-p", folder + "/", "-c", folder + "/nginx.conf" }.Concat(extra)) info.ArgumentList.Add(a);
        return Process.Start(info)!;
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(Process process)
    {
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }

    private static bool IsRoot() => File.Exists("/proc/self/status") &&
        File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("Uid:", StringComparison.Ordinal))?.Split('\t', ' ', StringSplitOptions.RemoveEmptyEntries)[1] == "0";

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static async Task<bool> AcceptsAsync(int port)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true); // the master and its worker, by this process's id
                await _process.WaitForExitAsync();
            }
        }
        catch (InvalidOperationException) { }
        _process.Dispose();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

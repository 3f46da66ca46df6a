using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Text;
using Lotse.Cli;
using Lotse.Serve;
using Lotse.Tests.Testing;

namespace Lotse.Tests.Integration;

/// <summary>Issue 10, point 5: the preview server is local by default and never serves a file outside the
/// output folder, whatever the request line says (requests sent as raw bytes).</summary>
public sealed class ServeSecurityTests : IAsyncLifetime
{
    private const string Secret = "GEHEIMNIS-ausserhalb-des-Ausgabeordners";
    private TestBuild _site = null!;
    private LiveReload _reload = null!;
    private StaticFileServer _server = null!;
    private int _port;

    public async Task InitializeAsync()
    {
        _site = await TestSite.BuildAsync("""
            -- content/index.md --
            # Start
            """);
        // Next to the output folder (site/), and in a folder named like it.
        _site.Write("secret", Secret);
        _site.Write("secret.txt", Secret);
        _site.Write("site-secret/secret", Secret);
        Directory.CreateDirectory(Path.Combine(_site.Output, "leer"));
        File.WriteAllText(Path.Combine(_site.Output, "leer", "liste-mich.txt"), "Inhalt");
        File.CreateSymbolicLink(Path.Combine(_site.Output, "link.txt"), Path.Combine(_site.Root, "secret.txt"));
        Directory.CreateSymbolicLink(Path.Combine(_site.Output, "linkdir"), _site.Root);
        _reload = new LiveReload();
        _server = ServeTests.StartOnFreePort(_site.Output, _reload);
        _port = new Uri(_server.Address).Port;
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _site.Dispose();
    }

    [Theory]
    [InlineData("/../secret")]
    [InlineData("/../../../../../../etc/passwd")]
    [InlineData("/%2e%2e/secret")]
    [InlineData("/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/%2e%2e%2fsecret")]
    [InlineData("/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd")]
    [InlineData("/..%2fsecret")]
    [InlineData("/..%5c..%5csecret")]
    [InlineData("/..\\secret")]
    [InlineData("/%252e%252e/secret")]
    [InlineData("/.%2e/secret")]
    [InlineData("/C:/Windows")]
    [InlineData("/C:%5cWindows")]
    [InlineData("//etc/passwd")]
    [InlineData("///etc/passwd")]
    [InlineData("/%2fetc/passwd")]
    [InlineData("/%00")]
    [InlineData("/index.html%00.txt")]
    [InlineData("/secret%00")]
    [InlineData("/link.txt")]
    [InlineData("/linkdir/secret")]
    [InlineData("/linkdir/secret.txt")]
    [InlineData("/../site-secret/secret")]
    [InlineData("/%2e%2e/site-secret/secret")]
    [InlineData("/leer/")]
    [InlineData("/leer")]
    [InlineData("etc/passwd")]
    [InlineData("http://other/")]
    [InlineData("http://127.0.0.1/../secret")]
    [InlineData("http://127.0.0.1/%2e%2e/secret")]
    [InlineData("file:///etc/passwd")]
    public async Task A_request_for_anything_outside_the_output_folder_gets_400_or_404_and_never_its_content(string target)
    {
        var answer = await RawHttp.GetAsync(_port, target);

        answer.Status.ShouldBeOneOf([400, 404], answer.Text);
        ShouldNotLeak(answer);
    }

    [Fact]
    public async Task A_folder_without_index_html_is_not_listed()
    {
        var answer = await RawHttp.GetAsync(_port, "/leer/");

        answer.Status.ShouldBe(404);
        answer.Text.ShouldNotContain("liste-mich");
        (await RawHttp.GetAsync(_port, "/leer/liste-mich.txt")).Status.ShouldBe(200);
    }

    [Fact]
    public async Task The_site_itself_is_still_served()
    {
        var answer = await RawHttp.GetAsync(_port, "/");
        answer.Status.ShouldBe(200);
        answer.Text.ShouldContain("<title>Start</title>");
        (await RawHttp.GetAsync(_port, "/index.html", host: "localhost:" + _port)).Status.ShouldBe(200);
        (await RawHttp.GetAsync(_port, "/./index.html")).Status.ShouldBe(200); // dot segments are resolved inside the folder
    }

    [Theory]
    [InlineData("GARBAGE\r\n\r\n")]
    [InlineData("GET * HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")]
    [InlineData("GET\r\n\r\n")]
    [InlineData("GET / HTTP/9.9\r\nHost: 127.0.0.1\r\n\r\n")]
    [InlineData("GET /../secret HTTP/1.0\r\n\r\n")]
    [InlineData("GET  /../secret  HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")]
    [InlineData("GET /%2e%2e/secret HTTP/1.1\r\nHost: 127.0.0.1\r\nHost: other\r\n\r\n")]
    [InlineData("GET /\x01\x02 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")]
    [InlineData("GET /secret HTTP/1.1\nHost: 127.0.0.1\n\n")]
    [InlineData("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03")]
    public async Task Garbage_request_lines_get_a_client_error_and_no_file(string request)
    {
        var answer = await RawHttp.SendAsync(_port, Encoding.Latin1.GetBytes(request));

        // An error status (4xx; 505 for an unknown HTTP version), or the connection closed without an answer
        // for what is not HTTP at all.
        (answer.Status is 0 or >= 400).ShouldBeTrue(answer.Text);
        ShouldNotLeak(answer);
    }

    [Fact]
    public async Task Overlong_request_lines_and_headers_are_refused()
    {
        var longLine = await RawHttp.GetAsync(_port, "/" + new string('a', 100_000));
        longLine.Status.ShouldBe(414);

        var manyHeaders = await RawHttp.SendAsync(_port, Encoding.ASCII.GetBytes(
            "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n" + string.Concat(Enumerable.Range(0, 2000).Select(i => $"X-H{i}: {new string('x', 100)}\r\n")) + "\r\n"));
        manyHeaders.Status.ShouldBe(431);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task Only_GET_and_HEAD_are_answered(string method)
    {
        var answer = await RawHttp.SendAsync(_port, Encoding.ASCII.GetBytes($"{method} /index.html HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\r\n"));
        answer.Status.ShouldBe(405);
    }

    [Theory]
    [InlineData("other")]
    [InlineData("evil.example:8080")]
    [InlineData("127.0.0.1.evil.example")]
    public async Task On_127_0_0_1_requests_for_another_host_name_are_refused_against_DNS_rebinding(string host)
    {
        var answer = await RawHttp.GetAsync(_port, "/", host);

        answer.Status.ShouldBe(400);
        answer.Text.ShouldContain("Unbekannter Host");
        answer.Text.ShouldNotContain("<title>Start</title>");
    }

    [Fact]
    public void Serve_listens_on_127_0_0_1_unless_host_is_given()
    {
        CliOptions.Parse(["serve"], out _)!.Host.ShouldBe("127.0.0.1");
        CliOptions.Parse(["serve", "--host", "0.0.0.0"], out _)!.Host.ShouldBe("0.0.0.0");
        CliOptions.Parse(["serve", "--host", "::1"], out _)!.Host.ShouldBe("::1");
        CliOptions.Parse(["serve", "--host", "nicht eine Adresse"], out var error).ShouldBeNull();
        error.ShouldBe("lotse: error LOT0006: '--host' needs an IP address (such as 127.0.0.1, or 0.0.0.0 for all networks), not 'nicht eine Adresse'. See 'lotse serve --help'.");
        _server.Address.ShouldBe($"http://127.0.0.1:{_port}/");
    }

    [Fact]
    public async Task The_default_server_cannot_be_reached_from_another_address_of_this_machine_but_one_on_0_0_0_0_can()
    {
        var other = NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a));
        other.ShouldNotBeNull("this test needs a network address besides 127.0.0.1 (any container or machine has one)");

        using (var client = new TcpClient())
            await Should.ThrowAsync<SocketException>(() => client.ConnectAsync(other, _port));

        await using var open = ServeTests.StartOnFreePort(_site.Output, new LiveReload(), host: "0.0.0.0");
        var port = new Uri(open.Address).Port;
        var answer = await RawHttp.SendAsync(port, Encoding.ASCII.GetBytes($"GET / HTTP/1.1\r\nHost: {other}:{port}\r\nConnection: close\r\n\r\n"), other.ToString());
        answer.Status.ShouldBe(200);
        answer.Text.ShouldContain("<title>Start</title>");
    }

    [Fact]
    public async Task A_client_that_sends_its_request_headers_too_slowly_is_disconnected()
    {
        await using var server = ServeTests.StartOnFreePort(_site.Output, new LiveReload(),
            limits: new ServeLimits { RequestHeadersTimeout = TimeSpan.FromSeconds(1) });
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, new Uri(server.Address).Port);
        var stream = client.GetStream();
        await stream.WriteAsync("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Langsam: "u8.ToArray());

        // The headers never end; the server must give up on its own (generous bound, no timing asserted).
        using var generous = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var answer = new MemoryStream();
        try { await stream.CopyToAsync(answer, generous.Token); }
        catch (IOException) { } // reset instead of a clean close is fine too
        generous.IsCancellationRequested.ShouldBeFalse("the server kept the half-sent request open");
        Encoding.ASCII.GetString(answer.ToArray()).ShouldNotContain("<title>Start</title>");
    }

    private static void ShouldNotLeak(RawHttp.Answer answer)
    {
        answer.Text.ShouldNotContain(Secret);
        answer.Text.ShouldNotContain("root:x:0:0");
        answer.Text.ShouldNotContain("liste-mich");
    }
}

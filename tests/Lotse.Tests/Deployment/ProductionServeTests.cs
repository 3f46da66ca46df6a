using System.Net;
using System.Text.RegularExpressions;
using Lotse.Serve;
using Lotse.Tests.Testing;

namespace Lotse.Tests.Deployment;

/// <summary>Issue 24, point 5: <c>lotse serve --production</c> answers as the tested nginx configuration does.</summary>
public sealed partial class ProductionServeTests
{
    [Fact]
    public void The_production_headers_are_those_of_the_nginx_files()
    {
        var root = TestSite.RepositoryRoot;
        var headers = File.ReadAllText(Path.Combine(root, "deploy", "nginx", "lotse-headers.conf"));
        string Value(string name) => Regex.Match(headers, $"add_header {name} \"([^\"]*)\" always;").Groups[1].Value;
        Value("Content-Security-Policy").ShouldBe(ProductionHeaders.ContentSecurityPolicy);
        Value("Referrer-Policy").ShouldBe(ProductionHeaders.ReferrerPolicy);
        Value("Permissions-Policy").ShouldBe(ProductionHeaders.PermissionsPolicy);
        var config = File.ReadAllText(Path.Combine(root, "deploy", "nginx", "lotse.conf"));
        config.ShouldContain($"add_header Cache-Control \"{ProductionHeaders.Assets}\" always;");
        config.ShouldContain($"add_header Cache-Control \"{ProductionHeaders.Revalidate}\" always;");
    }

    [Fact]
    public async Task The_server_sends_the_production_headers_and_the_precompressed_files()
    {
        var big = string.Concat(Enumerable.Repeat("Das Onlinezugangsgesetz verpflichtet Bund und Länder. ", 60));
        using var site = await TestSite.BuildAsync(TestSite.MinimalTheme + "\n" + $"""
            -- themes/default/assets/css/site.css --
            /* {big} */
            -- themes/default/assets/download/vorlage.txt --
            {big}
            -- content/index.md --
            {big}
            """);
        site.ShouldSucceedWithoutDiagnostics();
        await using var server = new StaticFileServer(site.Output, 0, new LiveReload(), injectReload: false, production: true);
        server.Start();
        using var http = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None });

        using var request = new HttpRequestMessage(HttpMethod.Get, server.Address);
        request.Headers.AcceptEncoding.ParseAdd("gzip, br");
        using var page = await http.SendAsync(request);
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Headers.GetValues("Content-Security-Policy").Single().ShouldBe(ProductionHeaders.ContentSecurityPolicy);
        page.Headers.GetValues("Referrer-Policy").Single().ShouldBe("no-referrer");
        page.Headers.CacheControl!.ToString().ShouldBe("no-cache");
        // A page below htmlBrotliMinBytes has no .br: a browser that takes both gets its .gz.
        File.Exists(Path.Combine(site.Output, "index.html.br")).ShouldBeFalse();
        page.Content.Headers.ContentEncoding.ShouldBe(["gzip"]);
        (await page.Content.ReadAsByteArrayAsync()).ShouldBe(File.ReadAllBytes(Path.Combine(site.Output, "index.html.gz")));

        using var styles = new HttpRequestMessage(HttpMethod.Get, server.Address + "assets/css/site.css");
        styles.Headers.AcceptEncoding.ParseAdd("gzip, br");
        using var brotliCss = await http.SendAsync(styles);
        brotliCss.Content.Headers.ContentEncoding.ShouldBe(["br"]);
        (await brotliCss.Content.ReadAsByteArrayAsync()).ShouldBe(File.ReadAllBytes(Path.Combine(site.Output, "assets/css/site.css.br")));

        using var css = await http.GetAsync(server.Address + "assets/css/site.css");
        css.Headers.CacheControl!.ToString().ShouldBe("public, max-age=3600");
        css.Content.Headers.ContentEncoding.ShouldBeEmpty(); // no Accept-Encoding
        (await css.Content.ReadAsByteArrayAsync()).ShouldBe(File.ReadAllBytes(Path.Combine(site.Output, "assets/css/site.css")));

        using var missing = await http.GetAsync(server.Address + "a/b/c/");
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        missing.Headers.GetValues("Content-Security-Policy").Single().ShouldBe(ProductionHeaders.ContentSecurityPolicy);
    }

    [Theory]
    [InlineData("/download/testseite-offline.zip", true)]
    [InlineData("/download/faq.html", true)]
    [InlineData("/download/index.html", false)]
    [InlineData("/download/", false)]
    [InlineData("/leitfaden/index.html", false)]
    public void Downloads_are_attachments_but_not_the_download_page(string path, bool attachment) =>
        ProductionHeaders.IsAttachment(path).ShouldBe(attachment);
}

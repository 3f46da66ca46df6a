using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Xunit.Abstractions;

namespace Lotse.BrowserTests.Deployment;

/// <summary>Issue 24, point 2: the built site on real nginx with the configuration docs/deployment.md shows, checked
/// with real HTTP requests: headers, caching, precompressed files, 404 at depth, downloads, sitemap, aliases, HEAD.</summary>
[Collection(NginxCollection.Name)]
public sealed class NginxHttpTests(NginxFixture site, ITestOutputHelper output)
{
    public const string Csp = "default-src 'self'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; object-src 'none'";

    private static readonly HttpClient Http = new(new SocketsHttpHandler { AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.None });

    private async Task<HttpResponseMessage> GetAsync(string url, string? encoding = null, HttpMethod? method = null)
    {
        var request = new HttpRequestMessage(method ?? HttpMethod.Get, url);
        if (encoding is not null) request.Headers.AcceptEncoding.ParseAdd(encoding);
        return await Http.SendAsync(request);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(", ", values) : "";

    [Theory]
    [InlineData("", 200)]
    [InlineData("leitfaden/", 200)]
    [InlineData("faq/index.html", 200)]
    [InlineData("assets/css/site.css", 200)]
    [InlineData("assets/js/site.js", 200)]
    [InlineData("sw.js", 200)]
    [InlineData("download/ozg-leitfaden-offline.zip", 200)]
    [InlineData("leitfaden/alt/seite/", 404)]
    public async Task Every_answer_carries_the_security_headers(string path, int status)
    {
        using var response = await GetAsync(site.BaseUrl + path);
        ((int)response.StatusCode).ShouldBe(status, path);
        Header(response, "Content-Security-Policy").ShouldBe(Csp, path);
        Header(response, "X-Content-Type-Options").ShouldBe("nosniff", path);
        Header(response, "Referrer-Policy").ShouldBe("no-referrer", path);
        Header(response, "Permissions-Policy").ShouldBe("camera=(), microphone=(), geolocation=(), payment=(), usb=()", path);
        Header(response, "Server").ShouldBe("nginx", path); // server_tokens off: no version
    }

    [Theory]
    [InlineData("", "no-cache")]
    [InlineData("leitfaden/index.html", "no-cache")]
    [InlineData("sw.js", "no-cache")]
    [InlineData("download/ozg-leitfaden-offline.zip", "no-cache")]
    [InlineData("assets/css/site.css", "public, max-age=3600")]
    [InlineData("assets/search/manifest.js", "public, max-age=3600")]
    public async Task Pages_are_asked_again_and_assets_cached_for_an_hour(string path, string cacheControl)
    {
        using var response = await GetAsync(site.BaseUrl + path);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
        Header(response, "Cache-Control").ShouldBe(cacheControl, path);
        // Revalidation costs a 304 without a body.
        var again = new HttpRequestMessage(HttpMethod.Get, site.BaseUrl + path);
        again.Headers.IfModifiedSince = response.Content.Headers.LastModified;
        using var revalidated = await Http.SendAsync(again);
        revalidated.StatusCode.ShouldBe(HttpStatusCode.NotModified, path);
    }

    [Theory]
    [InlineData("index.html", "text/html", false)] // an HTML file below htmlBrotliMinBytes (64 KiB) has no .br
    [InlineData("assets/css/site.css", "text/css", true)]
    [InlineData("assets/js/site.js", "application/javascript", true)]
    [InlineData("assets/search/index-leitfaden.js", "application/javascript", true)]
    public async Task Precompressed_files_are_sent_as_they_are(string path, string type, bool hasBrotli)
    {
        var file = Path.Combine(site.SiteFolder, path);
        File.Exists(file + ".br").ShouldBe(hasBrotli, path);
        // A browser that takes both gets the .gz of a file without .br (brotli_static finds none, gzip_static answers).
        foreach (var (accept, encoding, suffix) in new[] { hasBrotli ? ("br", "br", ".br") : ("gzip, br", "gzip", ".gz"), ("gzip", "gzip", ".gz") })
        {
            using var response = await GetAsync(site.BaseUrl + path, accept);
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            Header(response, "Content-Encoding").ShouldBe(encoding, path);
            Header(response, "Vary").ShouldContain("Accept-Encoding");
            response.Content.Headers.ContentType!.MediaType.ShouldBe(type);
            (await response.Content.ReadAsByteArrayAsync()).ShouldBe(File.ReadAllBytes(file + suffix), $"{path} {encoding}");
        }
        using var plain = await GetAsync(site.BaseUrl + path);
        Header(plain, "Content-Encoding").ShouldBe("");
        (await plain.Content.ReadAsByteArrayAsync()).ShouldBe(File.ReadAllBytes(file));
        // Both copies hold the file itself.
        Inflate(new GZipStream(File.OpenRead(file + ".gz"), CompressionMode.Decompress)).ShouldBe(File.ReadAllBytes(file));
        if (hasBrotli) Inflate(new BrotliStream(File.OpenRead(file + ".br"), CompressionMode.Decompress)).ShouldBe(File.ReadAllBytes(file));
    }

    [Fact]
    public async Task A_missing_address_at_any_depth_gets_the_404_page_with_root_relative_urls()
    {
        foreach (var path in new[] { "gibt-es-nicht", "leitfaden/alt/seite/", "a/b/c/d/e.html" })
        {
            using var response = await GetAsync(site.BaseUrl + path, "gzip, br");
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, path);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
            // 404.html is below htmlBrotliMinBytes: its .gz, as for a browser that takes both.
            Header(response, "Content-Encoding").ShouldBe("gzip", path);
            var html = Inflate(new GZipStream(await response.Content.ReadAsStreamAsync(), CompressionMode.Decompress));
            var text = System.Text.Encoding.UTF8.GetString(html);
            text.ShouldContain("Seite nicht gefunden");
            text.ShouldContain("href=\"/assets/css/site.css\"");
            text.ShouldContain("href=\"/index.html\"");
        }
    }

    [Fact]
    public async Task Downloads_are_saved_as_attachments_and_the_download_page_is_a_page()
    {
        using (var zip = await GetAsync(site.BaseUrl + "download/ozg-leitfaden-offline.zip"))
        {
            zip.Content.Headers.ContentType!.MediaType.ShouldBe("application/zip");
            Header(zip, "Content-Disposition").ShouldBe("attachment");
            Header(zip, "Content-Security-Policy").ShouldBe(Csp);
        }
        using (var faq = await GetAsync(site.BaseUrl + "download/faq-kommunen.html"))
            Header(faq, "Content-Disposition").ShouldBe("attachment");
        foreach (var page in new[] { "download/", "download/index.html" })
        {
            using var response = await GetAsync(site.BaseUrl + page);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, page);
            Header(response, "Content-Disposition").ShouldBe("", page);
        }
    }

    [Fact]
    public async Task The_offline_zip_holds_no_precompressed_copies()
    {
        using var archive = ZipFile.OpenRead(Path.Combine(site.SiteFolder, "download", "ozg-leitfaden-offline.zip"));
        archive.Entries.Count.ShouldBeGreaterThan(100);
        archive.Entries.Where(e => e.FullName.EndsWith(".gz", StringComparison.Ordinal) || e.FullName.EndsWith(".br", StringComparison.Ordinal))
            .Select(e => e.FullName).ShouldBeEmpty();
    }

    [Fact]
    public async Task Head_answers_like_get_without_a_body()
    {
        using var get = await GetAsync(site.BaseUrl + "leitfaden/index.html");
        using var head = await GetAsync(site.BaseUrl + "leitfaden/index.html", method: HttpMethod.Head);
        head.StatusCode.ShouldBe(HttpStatusCode.OK);
        head.Content.Headers.ContentLength.ShouldBe(get.Content.Headers.ContentLength);
        Header(head, "Content-Security-Policy").ShouldBe(Csp);
        (await head.Content.ReadAsByteArrayAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_folder_without_its_slash_is_redirected_relative_to_the_host_the_browser_used()
    {
        using var response = await GetAsync(site.BaseUrl + "leitfaden");
        response.StatusCode.ShouldBe(HttpStatusCode.MovedPermanently);
        response.Headers.Location!.OriginalString.ShouldBe("/leitfaden/");
    }

    [Fact]
    public async Task The_service_worker_is_served_at_the_root_as_javascript_and_never_cached()
    {
        using var response = await GetAsync(site.BaseUrl + "sw.js");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/javascript");
        Header(response, "Cache-Control").ShouldBe("no-cache");
    }

    [Fact]
    public async Task The_sitemap_and_alias_redirects_of_a_site_with_a_base_url_are_served()
    {
        using (var sitemap = await GetAsync(site.SmallUrl + "sitemap.xml"))
        {
            sitemap.StatusCode.ShouldBe(HttpStatusCode.OK);
            sitemap.Content.Headers.ContentType!.MediaType.ShouldBe("text/xml");
            (await sitemap.Content.ReadAsStringAsync()).ShouldContain("<loc>https://ozg-lotse.example.org/leitfaden/a/</loc>");
        }
        using (var robots = await GetAsync(site.SmallUrl + "robots.txt"))
            (await robots.Content.ReadAsStringAsync()).ShouldContain("Sitemap: https://ozg-lotse.example.org/sitemap.xml");
        using var alias = await GetAsync(site.SmallUrl + "alt/reifegrad/");
        alias.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await alias.Content.ReadAsStringAsync();
        html.ShouldContain("<meta http-equiv=\"refresh\" content=\"0; url=../../leitfaden/a/\">");
        using var target = await GetAsync(new Uri(new Uri(site.SmallUrl + "alt/reifegrad/"), "../../leitfaden/a/").ToString());
        target.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await target.Content.ReadAsStringAsync()).ShouldContain("Reifegradmodell");
    }

    /// <summary>Issue 24, point 3: bytes on the wire for a first visit (home page, its styles and scripts) and for a
    /// search (the search page, its scripts, lunr and the index shards), without and with the precompressed files.</summary>
    [Fact]
    public async Task Precompressed_files_cut_the_bytes_of_a_first_visit_and_a_search()
    {
        string[] firstVisit = ["", "assets/css/site.css", "assets/css/print.css", "assets/css/offline.css", "assets/js/site.js", "assets/js/offline.js", "assets/img/favicon.svg", "sw.js"];
        var search = new List<string> { "suche/index.html", "assets/css/search.css", "assets/js/search.js", "assets/js/lunr-lotse.js", "assets/search/manifest.js" };
        search.AddRange(Directory.EnumerateFiles(Path.Combine(site.SiteFolder, "assets", "search"), "index-*.js").Select(f => "assets/search/" + Path.GetFileName(f)));
        search.AddRange(Directory.EnumerateFiles(Path.Combine(site.SiteFolder, "assets", "vendor"), "*.js", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.SiteFolder, f).Replace('\\', '/')));
        foreach (var (name, paths) in new[] { ("first visit", firstVisit.ToList()), ("search", search) })
        {
            long plain = 0, gzip = 0, brotli = 0;
            foreach (var path in paths)
            {
                plain += await BytesAsync(path, null);
                gzip += await BytesAsync(path, "gzip");
                brotli += await BytesAsync(path, "gzip, br"); // what a browser sends: .br where there is one, else .gz
            }
            output.WriteLine($"{name}: {paths.Count} files, {plain:N0} bytes uncompressed, {gzip:N0} with .gz, {brotli:N0} with .br");
            gzip.ShouldBeLessThan(plain / 2, name);
            brotli.ShouldBeLessThan(gzip, name);
        }
    }

    private async Task<long> BytesAsync(string path, string? encoding)
    {
        using var response = await GetAsync(site.BaseUrl + path, encoding);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
        return (await response.Content.ReadAsByteArrayAsync()).LongLength;
    }

    private static byte[] Inflate(Stream stream)
    {
        using (stream)
        {
            using var result = new MemoryStream();
            stream.CopyTo(result);
            return result.ToArray();
        }
    }
}

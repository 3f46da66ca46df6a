using System.IO.Compression;
using Lotse.Tests.Testing;
using Lotse.Site;

namespace Lotse.Tests.Deployment;

/// <summary>Issue 24, point 3: lotse build writes .gz and .br next to text files above a size, deterministic, switchable.</summary>
public sealed class PrecompressionTests
{
    private static readonly string Big = string.Concat(Enumerable.Range(0, 200).Select(i => $"Absatz {i} über das Onlinezugangsgesetz. "));

    private static string Site(string settings) => TestSite.MinimalTheme + "\n" + $"""
        -- lotse.yml --
        title: T
        {settings}
        -- themes/default/assets/css/site.css --
        body {"{"} color: black; {"}"} /* {Big} */
        -- themes/default/assets/css/small.css --
        a {"{"}{"}"}
        -- themes/default/assets/img/bild.png --
        {Big}
        -- content/index.md --
        {Big}
        """;

    [Fact]
    public async Task Text_files_above_the_size_get_gzip_and_brotli_copies_with_the_same_bytes_inside()
    {
        using var site = await TestSite.BuildAsync(Site(""));
        site.ShouldSucceedWithoutDiagnostics();
        foreach (var file in new[] { "index.html", "assets/css/site.css" })
        {
            var original = File.ReadAllBytes(Path.Combine(site.Output, file));
            var gz = File.ReadAllBytes(Path.Combine(site.Output, file + ".gz"));
            var br = File.ReadAllBytes(Path.Combine(site.Output, file + ".br"));
            gz.Length.ShouldBeLessThan(original.Length);
            br.Length.ShouldBeLessThan(original.Length);
            Decompress(new GZipStream(new MemoryStream(gz), CompressionMode.Decompress)).ShouldBe(original);
            Decompress(new BrotliStream(new MemoryStream(br), CompressionMode.Decompress)).ShouldBe(original);
        }
        site.Exists("assets/css/small.css.gz").ShouldBeFalse(); // below 1024 bytes
        site.Exists("assets/img/bild.png.gz").ShouldBeFalse();  // not text
        site.Result.WrittenFiles.ShouldContain("index.html.br"); // the output folder knows them as Lotse's own
    }

    [Fact]
    public async Task The_copies_are_the_same_bytes_in_every_build()
    {
        using var first = await TestSite.BuildAsync(Site(""));
        using var second = await TestSite.BuildAsync(Site(""));
        foreach (var file in new[] { "index.html.gz", "index.html.br", "assets/css/site.css.gz", "assets/css/site.css.br" })
            File.ReadAllBytes(Path.Combine(first.Output, file)).ShouldBe(File.ReadAllBytes(Path.Combine(second.Output, file)), file);
    }

    [Theory]
    [InlineData("precompress: false", false, false)]
    [InlineData("precompress:\n  brotli: false", true, false)]
    [InlineData("precompress:\n  gzip: false", false, true)]
    [InlineData("precompress:\n  minBytes: 100000", false, false)]
    [InlineData("precompress:\n  brotliQuality: 11", true, true)]
    public async Task A_setting_switches_them_off_or_changes_them(string settings, bool gzip, bool brotli)
    {
        using var site = await TestSite.BuildAsync(Site(settings));
        site.ShouldSucceedWithoutDiagnostics();
        site.Exists("index.html.gz").ShouldBe(gzip);
        site.Exists("index.html.br").ShouldBe(brotli);
    }

    [Fact]
    public async Task A_rebuild_in_serve_compresses_the_changed_page_anew_and_equals_a_full_build()
    {
        using var site = await TestSite.BuildAsync(Site("") + "\n-- content/zwei.md --\n" + Big, write: false);
        var cache = new BuildCache();
        (await SiteBuilder.BuildAsync(new BuildOptions(site.Root), cache)).Succeeded.ShouldBeTrue();
        var unchanged = File.GetLastWriteTimeUtc(Path.Combine(site.Output, "zwei/index.html.br"));
        await Task.Delay(50);

        site.Write("content/index.md", "Neu: " + Big);
        (await SiteBuilder.BuildAsync(new BuildOptions(site.Root), cache)).Succeeded.ShouldBeTrue();

        var page = File.ReadAllBytes(Path.Combine(site.Output, "index.html"));
        Decompress(new GZipStream(File.OpenRead(Path.Combine(site.Output, "index.html.gz")), CompressionMode.Decompress)).ShouldBe(page);
        Decompress(new BrotliStream(File.OpenRead(Path.Combine(site.Output, "index.html.br")), CompressionMode.Decompress)).ShouldBe(page);
        File.GetLastWriteTimeUtc(Path.Combine(site.Output, "zwei/index.html.br")).ShouldBe(unchanged);
        var full = Path.Combine(site.Root, "voll");
        (await SiteBuilder.BuildAsync(new BuildOptions(site.Root, full))).Succeeded.ShouldBeTrue();
        foreach (var file in Directory.EnumerateFiles(full, "*.*", SearchOption.AllDirectories).Where(f => f.EndsWith(".gz") || f.EndsWith(".br")))
            File.ReadAllBytes(Path.Combine(site.Output, Path.GetRelativePath(full, file))).ShouldBe(File.ReadAllBytes(file), file);
    }

    [Fact]
    public async Task Lotse_check_writes_none()
    {
        using var site = await TestSite.BuildAsync(Site(""), write: false);
        Directory.Exists(site.Output).ShouldBeFalse();
    }

    private static byte[] Decompress(Stream stream)
    {
        using (stream)
        {
            using var result = new MemoryStream();
            stream.CopyTo(result);
            return result.ToArray();
        }
    }
}

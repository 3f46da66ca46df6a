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

    /// <summary>Every HTML file of the size gets a .br too (htmlBrotliMinBytes: 0), as every other text file does.</summary>
    private const string BrotliForEveryPage = "precompress:\n  htmlBrotliMinBytes: 0";

    [Fact]
    public async Task Text_files_above_the_size_get_gzip_and_brotli_copies_with_the_same_bytes_inside()
    {
        using var site = await TestSite.BuildAsync(Site(BrotliForEveryPage));
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
    public async Task An_html_file_below_htmlBrotliMinBytes_gets_only_the_gzip_copy_and_other_text_files_both()
    {
        using var site = await TestSite.BuildAsync(Site("") + "\n-- content/klein.md --\n" + Big[..1500]);
        site.ShouldSucceedWithoutDiagnostics();
        // Default 64 KiB: the pages (about 9 KB and 2 KB here) get .gz only, the style sheet (not HTML) .gz and .br.
        foreach (var page in new[] { "index.html", "klein/index.html" })
        {
            site.Exists(page + ".br").ShouldBeFalse(page);
            Decompress(new GZipStream(File.OpenRead(Path.Combine(site.Output, page + ".gz")), CompressionMode.Decompress))
                .ShouldBe(File.ReadAllBytes(Path.Combine(site.Output, page)), page);
        }
        site.Exists("assets/css/site.css.br").ShouldBeTrue();
        site.Result.WrittenFiles.ShouldNotContain("index.html.br");

        // A limit between the two pages: the bigger one gets .br as well, the smaller one not.
        var index = new FileInfo(Path.Combine(site.Output, "index.html")).Length;
        var klein = new FileInfo(Path.Combine(site.Output, "klein/index.html")).Length;
        klein.ShouldBeLessThan(index);
        using var limited = await TestSite.BuildAsync(Site($"precompress:\n  htmlBrotliMinBytes: {index}") + "\n-- content/klein.md --\n" + Big[..1500]);
        limited.ShouldSucceedWithoutDiagnostics();
        Decompress(new BrotliStream(File.OpenRead(Path.Combine(limited.Output, "index.html.br")), CompressionMode.Decompress))
            .ShouldBe(File.ReadAllBytes(Path.Combine(limited.Output, "index.html")));
        limited.Exists("klein/index.html.br").ShouldBeFalse();
        limited.Exists("klein/index.html.gz").ShouldBeTrue();
    }

    [Fact]
    public async Task The_copies_are_the_same_bytes_in_every_build()
    {
        using var first = await TestSite.BuildAsync(Site(BrotliForEveryPage));
        using var second = await TestSite.BuildAsync(Site(BrotliForEveryPage));
        foreach (var file in new[] { "index.html.gz", "index.html.br", "assets/css/site.css.gz", "assets/css/site.css.br" })
            File.ReadAllBytes(Path.Combine(first.Output, file)).ShouldBe(File.ReadAllBytes(Path.Combine(second.Output, file)), file);
    }

    [Theory]
    [InlineData("", true, false)] // the page is below htmlBrotliMinBytes
    [InlineData("precompress:\n  htmlBrotliMinBytes: 0", true, true)]
    [InlineData("precompress: false", false, false)]
    [InlineData("precompress:\n  brotli: false\n  htmlBrotliMinBytes: 0", true, false)]
    [InlineData("precompress:\n  gzip: false\n  htmlBrotliMinBytes: 0", false, true)]
    [InlineData("precompress:\n  minBytes: 100000\n  htmlBrotliMinBytes: 0", false, false)]
    [InlineData("precompress:\n  brotliQuality: 11\n  htmlBrotliMinBytes: 0", true, true)]
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
        using var site = await TestSite.BuildAsync(Site(BrotliForEveryPage) + "\n-- content/zwei.md --\n" + Big, write: false);
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
    public async Task A_pages_gzip_copy_holds_the_offline_archives_deflate_data_and_the_same_bytes_as_compressing_it_alone()
    {
        using var site = await TestSite.BuildAsync(Site(""));
        site.ShouldSucceedWithoutDiagnostics();
        var zip = File.ReadAllBytes(Directory.EnumerateFiles(Path.Combine(site.Output, "download"), "*.zip").Single());
        foreach (var file in new[] { "index.html", "assets/css/site.css" })
        {
            var original = File.ReadAllBytes(Path.Combine(site.Output, file));
            var gz = File.ReadAllBytes(Path.Combine(site.Output, file + ".gz"));
            gz[10..^8].ShouldBe(DeflatedInZip(zip, file), file); // header, the archive's stream, CRC-32 and size
            gz.ShouldBe(GzipAlone(original), file);                // what gzip at level 6 makes of the file alone
            using var archive = new ZipArchive(new MemoryStream(zip));
            Decompress(archive.GetEntry(file)!.Open()).ShouldBe(original, file);
        }
    }

    [Fact]
    public async Task Without_the_offline_archive_the_pages_are_gzipped_alone()
    {
        using var site = await TestSite.BuildAsync(Site("offline: false"));
        site.ShouldSucceedWithoutDiagnostics();
        var original = File.ReadAllBytes(Path.Combine(site.Output, "index.html"));
        File.ReadAllBytes(Path.Combine(site.Output, "index.html.gz")).ShouldBe(GzipAlone(original));
    }

    private static byte[] GzipAlone(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(bytes);
        return buffer.ToArray();
    }

    /// <summary>The raw data of a ZIP entry, found by walking the local headers from the start.</summary>
    private static byte[] DeflatedInZip(byte[] zip, string name)
    {
        var at = 0;
        while (BitConverter.ToUInt32(zip, at) == 0x04034b50)
        {
            var size = (int)BitConverter.ToUInt32(zip, at + 18);
            var nameLength = BitConverter.ToUInt16(zip, at + 26);
            var start = at + 30 + nameLength + BitConverter.ToUInt16(zip, at + 28);
            if (System.Text.Encoding.UTF8.GetString(zip, at + 30, nameLength) == name)
            {
                BitConverter.ToUInt16(zip, at + 8).ShouldBe((ushort)8, name); // deflated
                return zip[start..(start + size)];
            }
            at = start + size;
        }
        throw new InvalidOperationException($"{name} is not in the archive");
    }

    [Fact]
    public void Brotli_in_a_buffer_of_half_the_file_gives_the_bytes_of_the_largest_buffer_and_falls_back_when_it_does_not_fit()
    {
        var text = System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 5000).Select(i => $"Absatz {i}: Ämter und Bürger. ")));
        var noise = new byte[200_000];
        new Random(26).NextBytes(noise); // does not shrink: more than half the buffer
        foreach (var bytes in new[] { text, noise })
        {
            var largest = new byte[BrotliEncoder.GetMaxCompressedLength(bytes.Length)];
            BrotliEncoder.TryCompress(bytes, largest, out var written, 5, Lotse.Features.Precompression.Compressors.BrotliWindow).ShouldBeTrue();
            using var brotli = Lotse.Features.Precompression.Compressors.Brotli(bytes, 5);
            brotli.Span.ToArray().ShouldBe(largest[..written]);
        }
    }

    [Theory]
    [InlineData("")]               // .gz from the offline archive's DEFLATE data
    [InlineData("offline: false")] // .gz made here
    public async Task A_file_too_big_for_the_pool_gets_copies_with_the_bytes_of_copies_made_whole(string settings)
    {
        // Bigger than RentedBytes.PooledMax: compressed from reads of 1 MiB (the search shards and Gesamtausgaben of a big
        // site), with the same bytes as when compressed from an array of the whole file.
        var random = new Random(5);
        var words = new[] { "Antrag", "Kommune", "Leistung", "Nachweis", "Portal", "Verwaltung", "Bescheid", "Register" };
        var big = string.Concat(Enumerable.Range(0, 90_000).Select(i => $".r{i} {{ content: \"{words[random.Next(words.Length)]} {random.Next(1000)}\"; }}\n"));
        using var site = await TestSite.BuildAsync(Site(settings) + "\n-- themes/default/assets/css/gross.css --\n" + big);
        site.ShouldSucceedWithoutDiagnostics();
        var original = File.ReadAllBytes(Path.Combine(site.Output, "assets/css/gross.css"));
        original.Length.ShouldBeGreaterThan(Lotse.Features.Precompression.RentedBytes.PooledMax * 2);
        var gz = File.ReadAllBytes(Path.Combine(site.Output, "assets/css/gross.css.gz"));
        var br = File.ReadAllBytes(Path.Combine(site.Output, "assets/css/gross.css.br"));
        Decompress(new GZipStream(new MemoryStream(gz), CompressionMode.Decompress)).ShouldBe(original);
        Decompress(new BrotliStream(new MemoryStream(br), CompressionMode.Decompress)).ShouldBe(original);
        gz.ShouldBe(Lotse.Features.Precompression.Compressors.Gzip(original));
        using var whole = Lotse.Features.Precompression.Compressors.Brotli(original, Lotse.Features.Precompression.PrecompressionSettings.DefaultBrotliQuality);
        br.ShouldBe(whole.Span.ToArray());
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
    /// <summary>A big file (a search shard, a Gesamtausgabe) is read into an array of its own length, not into the pool's next
    /// power of two (a 154 MB shard took 256 MB), and given back without a trace; small files share the pool's arrays.</summary>
    [Fact]
    public void A_big_file_is_read_into_an_array_of_its_exact_length_and_a_small_one_into_a_pooled_one()
    {
        var folder = Directory.CreateTempSubdirectory("lotse-rented-");
        try
        {
            var big = Path.Combine(folder.FullName, "big.js");
            var bigBytes = Enumerable.Range(0, Lotse.Features.Precompression.RentedBytes.PooledMax + 12345).Select(i => (byte)(i * 7)).ToArray();
            File.WriteAllBytes(big, bigBytes);
            using (var read = Lotse.Features.Precompression.RentedBytes.ReadFile(big))
            {
                read.Array.Length.ShouldBe(bigBytes.Length);
                read.Span.SequenceEqual(bigBytes).ShouldBeTrue();
            }
            var small = Path.Combine(folder.FullName, "small.html");
            File.WriteAllBytes(small, new byte[3000]);
            using var smallRead = Lotse.Features.Precompression.RentedBytes.ReadFile(small);
            smallRead.Length.ShouldBe(3000);
            smallRead.Array.Length.ShouldBe(4096); // the pool's
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}

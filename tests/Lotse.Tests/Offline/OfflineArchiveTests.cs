using System.IO.Compression;
using System.Text;
using Lotse.Features.Offline;
using Lotse.Tests.Testing;

namespace Lotse.Tests.Offline;

/// <summary>Issue 7, point 2 and 4: the offline archive (entries, index.html at the top, determinism, its
/// size and Stand in the pages) and the service worker's version.</summary>
public sealed class OfflineArchiveTests
{
    private const string Site = """
        -- themes/default/layouts/_base.html --
        <!DOCTYPE html><html lang="de"><head><title>{{ page.title }}</title></head><body>{{ body }}
        <footer><a id="zip" href="{{ rel }}{{ site.offline.archive }}">ZIP ({{ site.offline.archive_size }}, Stand {{ date_de site.offline.stand }})</a></footer></body></html>
        -- themes/default/layouts/page.html --
        <main><h1>{{ page.title }}</h1>{{ page.content }}</main>
        -- themes/default/layouts/section.html --
        <main><h1>{{ page.title }}</h1>{{ page.content }}</main>
        -- themes/default/sw.js --
        var VERSION = '@@lotse-sw-version@@'; var PRECACHE = "@@lotse-sw-precache@@";
        -- themes/default/assets/css/a.css --
        body { color: black; }
        -- content/index.md --
        ---
        stand: 2025-03-01
        ---
        # Start
        -- content/leitfaden/a.md --
        ---
        stand: 2026-02-14
        ---
        # Seite A
        Text.
        -- content/bild.png --
        not really a png
        """;

    private static List<ZipArchiveEntry> Entries(ZipArchive zip) => zip.Entries.ToList();

    [Fact]
    public async Task The_archive_holds_the_whole_site_with_index_html_first()
    {
        using var site = await TestSite.BuildAsync(Site);
        site.ShouldSucceedWithoutDiagnostics();
        site.Exists("download/testseite-offline.zip").ShouldBeTrue();

        using var zip = ZipFile.OpenRead(Path.Combine(site.Output, "download/testseite-offline.zip"));
        var names = Entries(zip).Select(e => e.FullName).ToList();
        names[0].ShouldBe("index.html");
        names.Skip(1).ShouldBe(names.Skip(1).Order(StringComparer.Ordinal).ToList());
        names.ShouldContain("leitfaden/a/index.html");
        names.ShouldContain("assets/css/a.css");
        names.ShouldContain("bild.png");
        names.ShouldContain("robots.txt");
        names.ShouldNotContain("download/testseite-offline.zip");
        names.ShouldNotContain("sw.js");
        names.ShouldNotContain(n => n.StartsWith('.') || n.Contains("/."));
        // Every entry carries the build's Stand (the newest 'stand' of the content), never the clock.
        zip.Entries.ShouldAllBe(e => e.LastWriteTime.Date == new DateTime(2026, 2, 14));
    }

    [Fact]
    public async Task Pages_state_the_real_size_of_the_archive_and_the_build_s_Stand_also_inside_the_archive()
    {
        using var site = await TestSite.BuildAsync(Site);
        var bytes = File.ReadAllBytes(Path.Combine(site.Output, "download/testseite-offline.zip"));
        var expected = $"ZIP ({FileSize.German(bytes.Length)}, Stand 14. Februar 2026)";
        site.AssertFile("leitfaden/a/index.html", expected, "href=\"../../download/testseite-offline.zip\"");
        site.Read("index.html").ShouldNotContain("@@lotse");

        using var zip = new ZipArchive(new MemoryStream(bytes));
        using var reader = new StreamReader(zip.GetEntry("leitfaden/a/index.html")!.Open(), Encoding.UTF8);
        var zipped = reader.ReadToEnd();
        zipped.ShouldContain(expected);
        zipped.ShouldBe(site.Read("leitfaden/a/index.html"));
    }

    [Fact]
    public async Task Two_builds_of_the_same_content_write_byte_identical_archives_and_workers()
    {
        using var first = await TestSite.BuildAsync(Site);
        await Task.Delay(1100); // a different clock second: a timestamp from the clock would show
        using var second = await TestSite.BuildAsync(Site);
        File.ReadAllBytes(Path.Combine(first.Output, "download/testseite-offline.zip"))
            .ShouldBe(File.ReadAllBytes(Path.Combine(second.Output, "download/testseite-offline.zip")));
        first.Read("sw.js").ShouldBe(second.Read("sw.js"));
    }

    [Fact]
    public async Task The_archive_name_and_the_Stand_come_from_lotse_yml()
    {
        using var site = await TestSite.BuildAsync("""
            -- lotse.yml --
            title: T
            offline:
              archive: mein-archiv.zip
              stand: 2024-12-24
            """ + "\n" + Site);
        site.ShouldSucceedWithoutDiagnostics();
        site.Exists("download/mein-archiv.zip").ShouldBeTrue();
        site.Exists("download/testseite-offline.zip").ShouldBeFalse();
        site.Read("index.html").ShouldContain("Stand 24. Dezember 2024");
    }

    [Fact]
    public async Task Offline_false_in_lotse_yml_leaves_the_archive_and_the_single_file_FAQ_out()
    {
        using var site = await TestSite.BuildAsync("""
            -- lotse.yml --
            title: T
            offline: false
            -- themes/default/layouts/_base.html --
            <!DOCTYPE html><html lang="de"><head><title>{{ page.title }}</title></head><body>{{ body }}
            {{ if site.offline }}<footer><a href="{{ rel }}{{ site.offline.archive }}">ZIP</a></footer>{{ end }}</body></html>
            -- content/faq/index.md --
            # FAQ
            -- content/faq/thema/index.md --
            # Thema
            -- content/faq/thema/frage.md --
            # Wie geht das?
            So.
            """ + "\n" + Site.Split("-- themes/default/layouts/page.html --")[1].Insert(0, "-- themes/default/layouts/page.html --"));
        site.ShouldSucceedWithoutDiagnostics();
        site.Exists("download/testseite-offline.zip").ShouldBeFalse();
        site.Exists("download/faq.html").ShouldBeFalse();
        site.Exists("sw.js").ShouldBeTrue();
        site.AssertFile("leitfaden/a/index.html", "! ZIP");
    }

    [Fact]
    public async Task A_content_change_changes_the_worker_version_and_the_worker_lists_what_it_stores()
    {
        using var site = await TestSite.BuildAsync(Site);
        var before = site.Read("sw.js");
        before.ShouldNotContain("@@lotse");
        before.ShouldContain("\"assets/css/a.css\"");
        before.ShouldContain("\"index.html\"");
        before.ShouldNotContain(".zip\"");

        site.Write("content/leitfaden/a.md", "---\nstand: 2026-02-14\n---\n# Seite A\nAnderer Text.\n");
        var rebuilt = await Lotse.SiteBuilder.BuildAsync(new Lotse.Site.BuildOptions(site.Root));
        rebuilt.Succeeded.ShouldBeTrue();
        var after = site.Read("sw.js");
        Version(after).ShouldNotBe(Version(before));
        Version(after).Length.ShouldBe(16);
    }

    private static string Version(string worker) => worker.Split("VERSION = '")[1].Split('\'')[0];

    [Fact]
    public void The_stated_size_always_settles_on_the_real_size()
    {
        // Many files of varied size: whatever the first guess, the stated size ends up equal to the real one.
        var random = new Random(7);
        for (var round = 0; round < 5; round++)
        {
            var files = Enumerable.Range(0, 20).Select(i =>
            {
                var noise = new byte[random.Next(100, 40_000)];
                random.NextBytes(noise);
                // Some files state the size twice (the second time in the part compressed again each round), some not at all.
                var end = i % 3 == 0 ? " again: @@x@@." : "";
                return new ArchiveEntry($"f{i}.html", Encoding.UTF8.GetBytes(i % 5 == 4 ? "no size " : "size: @@x@@ ").Concat(noise).Concat(Encoding.UTF8.GetBytes(end)).ToArray());
            }).ToList();
            var archive = ArchiveWithSize.Build(files.Select(ArchiveSource.Of).ToList(), "@@x@@", DeterministicZip.DefaultTimestamp);
            var bytes = archive.ToArray();
            bytes.LongLength.ShouldBe(archive.Length);
            archive.SizeText.ShouldBe(FileSize.German(bytes.Length));
            archive.Stating.Count.ShouldBe(17); // all but f4, f14 and f19 (f9 states it at its end only)
            using var zip = new ZipArchive(new MemoryStream(bytes));
            new StreamReader(zip.GetEntry("f3.html")!.Open()).ReadToEnd().ShouldStartWith("size: " + archive.SizeText);
            foreach (var file in files)
            {
                using var entry = new MemoryStream();
                zip.GetEntry(file.Path)!.Open().CopyTo(entry);
                entry.ToArray().ShouldBe(archive.Fill(file.Bytes));
                Encoding.UTF8.GetString(entry.ToArray()).ShouldNotContain("@@x@@");
            }
        }
    }

    [Fact]
    public void Pages_with_the_same_footer_each_hold_their_own_text_with_the_size()
    {
        // Like a site's pages: each its own start, then the same footer that states the size (deflated once a round for
        // all pages, not once a page), and a few pages with a footer of their own.
        var files = Enumerable.Range(0, 40).Select(i =>
        {
            var footer = i % 10 == 9 ? $"<footer>ZIP (@@x@@), Seite {i:00}</footer>" : "<footer>ZIP (@@x@@), Stand 1. März</footer>";
            var start = string.Concat(Enumerable.Range(0, 50 + i).Select(n => $"<p>Seite {i}, Absatz {n * i % 7}.</p>"));
            return new ArchiveEntry($"s{i:00}/index.html", Encoding.UTF8.GetBytes($"<main>{start}</main>{footer}"));
        }).ToList();
        var archive = ArchiveWithSize.Build(files.Select(ArchiveSource.Of).ToList(), "@@x@@", DeterministicZip.DefaultTimestamp);
        var bytes = archive.ToArray();
        archive.SizeText.ShouldBe(FileSize.German(bytes.Length));
        archive.Stating.Count.ShouldBe(40);
        using var zip = new ZipArchive(new MemoryStream(bytes));
        foreach (var file in files)
        {
            var entry = zip.GetEntry(file.Path)!;
            using var text = new MemoryStream();
            entry.Open().CopyTo(text);
            Encoding.UTF8.GetString(text.ToArray()).ShouldBe(Encoding.UTF8.GetString(file.Bytes).Replace("@@x@@", archive.SizeText));
            entry.Crc32.ShouldBe(System.IO.Hashing.Crc32.HashToUInt32(text.ToArray()));
        }
        var reversed = ArchiveWithSize.Build(Enumerable.Reverse(files).Select(ArchiveSource.Of).ToList(), "@@x@@", DeterministicZip.DefaultTimestamp);
        reversed.ToArray().ShouldBe(bytes);
    }

    [Fact]
    public void An_archive_whose_data_waits_in_a_temporary_file_has_the_same_bytes_and_leaves_no_file()
    {
        // A build without a cache keeps the compressed data out of memory until the archive is written: the archive,
        // its stated size and its fingerprint are the same as when the data is held in memory, and nothing stays behind.
        var random = new Random(11);
        var files = Enumerable.Range(0, 30).Select(i =>
        {
            var noise = new byte[random.Next(10, 20_000)];
            random.NextBytes(noise);
            var text = i % 4 == 3 ? "no size " : "size: @@x@@ ";
            return new ArchiveEntry(i == 0 ? "index.html" : i % 6 == 5 ? $"img{i}.png" : $"p{i}.html", Encoding.UTF8.GetBytes(text).Concat(noise).Concat(Encoding.UTF8.GetBytes(" end @@x@@")).ToArray());
        }).Append(new ArchiveEntry("empty.txt", [])).ToList();
        var inMemory = ArchiveWithSize.Build(files.Select(ArchiveSource.Of).ToList(), "@@x@@", DeterministicZip.DefaultTimestamp);
        var spoolsBefore = Directory.GetFiles(Path.GetTempPath(), "*.archive-spool");
        using (var spool = ArchiveSpool.Create())
        {
            var spooled = ArchiveWithSize.Build(files.Select(ArchiveSource.Of).ToList(), "@@x@@", DeterministicZip.DefaultTimestamp, spool: spool);
            spooled.Entries.Count(e => e.Spooled is not null).ShouldBeGreaterThan(20);
            spooled.Entries.Where(e => e.Spooled is not null).ShouldAllBe(e => e.Data.Length == 0);
            using var written = new MemoryStream();
            spooled.WriteTo(written);
            written.ToArray().ShouldBe(inMemory.ToArray());
            spooled.Length.ShouldBe(inMemory.Length);
            spooled.SizeText.ShouldBe(inMemory.SizeText);
            spooled.Fingerprint().ShouldBe(inMemory.Fingerprint());
            if (!OperatingSystem.IsWindows()) Directory.GetFiles(Path.GetTempPath(), "*.archive-spool").ShouldBe(spoolsBefore);
        }
        Directory.GetFiles(Path.GetTempPath(), "*.archive-spool").ShouldBe(spoolsBefore);
    }

    [Fact]
    public void Zip_entries_do_not_depend_on_the_order_they_come_in()
    {
        var a = new ArchiveEntry("b/x.html", "x"u8.ToArray());
        var b = new ArchiveEntry("index.html", "i"u8.ToArray());
        var c = new ArchiveEntry("a.css", "c"u8.ToArray());
        var one = DeterministicZip.Write([a, b, c], DeterministicZip.DefaultTimestamp);
        var two = DeterministicZip.Write([c, a, b], DeterministicZip.DefaultTimestamp);
        one.ShouldBe(two);
        new ZipArchive(new MemoryStream(one)).Entries.Select(e => e.FullName).ShouldBe(["index.html", "a.css", "b/x.html"]);
    }
}

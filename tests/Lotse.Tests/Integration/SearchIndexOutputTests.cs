using System.IO.Compression;
using Lotse.Site;
using Lotse.Tests.Testing;

namespace Lotse.Tests.Integration;

/// <summary>Issue 9: <c>lotse build</c> streams the search index's shards straight into its staging folder instead of
/// holding them to the end; <c>lotse serve</c> keeps them (its cache reuses them). Either way the site, the offline
/// archive and the service worker are byte for byte the same, and the archive holds the shards as they are on disk.</summary>
public sealed class SearchIndexOutputTests
{
    private const string Site = """
        -- lotse.yml --
        title: Testseite
        search: true
        precompress: false
        -- content/index.md --
        # Start
        -- content/leitfaden/index.md --
        # Leitfaden
        -- content/leitfaden/antrag.md --
        ---
        bereich: leitfaden
        ---
        # Antrag stellen

        Der Antrag geht an die Behörde. „Fristen“ & Gebühren <sind> anders.

        ## Fristen

        Die Frist beträgt einen Monat.
        -- content/werkzeugkasten/index.md --
        # Werkzeugkasten
        -- content/werkzeugkasten/vorlage.md --
        ---
        bereich: werkzeugkasten
        ---
        # Vorlage

        Eine Vorlage für den Bescheid.
        -- content/faq/index.md --
        # FAQ
        """;

    [Fact]
    public async Task Streamed_and_kept_shards_give_the_same_site_archive_and_worker()
    {
        using var site = await TestSite.BuildAsync(Site, write: false);
        // lunr.js and lunr-languages, which the site copies, from the repository's npm install
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "node_modules"), Path.Combine(TestSite.RepositoryRoot, "node_modules"));
        var streamed = Path.Combine(site.Root, "gestreamt");
        var kept = Path.Combine(site.Root, "gehalten");

        var build = await SiteBuilder.BuildAsync(new BuildOptions(site.Root, streamed));
        build.Succeeded.ShouldBeTrue(string.Join("\n", build.Diagnostics));
        (await SiteBuilder.BuildAsync(new BuildOptions(site.Root, kept), new BuildCache())).Succeeded.ShouldBeTrue();

        var files = Directory.EnumerateFiles(kept, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(kept, f)).Order().ToList();
        files.ShouldContain(Path.Combine("assets", "search", "index-leitfaden.js"));
        files.ShouldContain("sw.js");
        Directory.EnumerateFiles(streamed, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(streamed, f)).Order().ShouldBe(files);
        foreach (var file in files) File.ReadAllBytes(Path.Combine(streamed, file)).ShouldBe(File.ReadAllBytes(Path.Combine(kept, file)), file);

        using var zip = ZipFile.OpenRead(Directory.EnumerateFiles(Path.Combine(streamed, "download"), "*.zip").Single());
        var shards = Directory.EnumerateFiles(Path.Combine(streamed, "assets", "search")).ToList();
        shards.Count.ShouldBeGreaterThan(2);
        foreach (var shard in shards)
        {
            using var entry = zip.GetEntry("assets/search/" + Path.GetFileName(shard))!.Open();
            using var bytes = new MemoryStream();
            entry.CopyTo(bytes);
            bytes.ToArray().ShouldBe(File.ReadAllBytes(shard), shard);
        }
    }
}

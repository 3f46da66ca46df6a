using System.IO.Compression;
using System.Text;
using Lotse.Site;
using Lotse.Tests.Testing;

namespace Lotse.Tests.Editors;

/// <summary>Issue 8: a rebuild in <c>lotse serve</c> writes the edited page first (<see cref="StagedBuild"/>) and brings
/// the search index, the Gesamtausgabe, the offline archive, the pages stating its size and the service worker up to date
/// afterwards; once that second stage is done, the output is byte for byte that of a full build.</summary>
public sealed class StagedRebuildTests
{
    /// <summary>The repository's default theme (every page's footer states the archive's size), with search, a
    /// Gesamtausgabe of the part "teil", the FAQ file and the offline archive.</summary>
    internal const string Site = """
        -- lotse.yml --
        title: Testseite
        language: de
        theme: default
        search: true
        -- content/index.md --
        # Start

        Willkommen.
        -- content/teil/index.md --
        # Teil

        Der Teil im Überblick.
        -- content/teil/a.md --
        # Seite A

        Erste Fassung.
        -- content/teil/b.md --
        # Seite B

        Text von B mit [Link zu A](a.md).
        -- content/faq/index.md --
        # FAQ

        ## Was ist das?

        Eine Frage und ihre Antwort.
        """;

    private const string Archive = "download/testseite-offline.zip";

    /// <summary>The site's sources with the repository's theme and npm packages, not built yet.</summary>
    internal static async Task<TestBuild> Sources()
    {
        var site = await TestSite.BuildAsync(Site, write: false);
        Directory.Delete(Path.Combine(site.Root, "themes"), recursive: true);
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "themes"), Path.Combine(TestSite.RepositoryRoot, "themes"));
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "node_modules"), Path.Combine(TestSite.RepositoryRoot, "node_modules"));
        return site;
    }

    private static async Task<(TestBuild Site, BuildCache Cache)> Served()
    {
        var site = await Sources();
        var cache = new BuildCache();
        var first = await SiteBuilder.BuildAsync(Options(site), cache);
        first.Succeeded.ShouldBeTrue(string.Join("\n", first.Diagnostics));
        return (site, cache);
    }

    internal static BuildOptions Options(TestBuild site) => new(site.Root, Today: new DateOnly(2026, 1, 15));

    internal static Dictionary<string, byte[]> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes);

    private static string Text(Dictionary<string, byte[]> files, string path) => Encoding.UTF8.GetString(files[path]);

    internal static string InArchive(byte[] zip, string entry)
    {
        using var archive = new ZipArchive(new MemoryStream(zip));
        using var reader = new StreamReader(archive.GetEntry(entry)!.Open());
        return reader.ReadToEnd();
    }

    /// <summary>The output equals a full build of the same sources into a fresh folder.</summary>
    internal static async Task ShouldEqualAFullBuild(TestBuild site)
    {
        var full = Path.Combine(Path.GetTempPath(), "lotse-full-" + Guid.NewGuid().ToString("N"));
        try
        {
            var result = await SiteBuilder.BuildAsync(Options(site) with { Output = full });
            result.Succeeded.ShouldBeTrue(string.Join("\n", result.Diagnostics));
            var fresh = Files(full);
            var served = Files(site.Output);
            served.Keys.Order(StringComparer.Ordinal).ShouldBe(fresh.Keys.Order(StringComparer.Ordinal));
            foreach (var (path, bytes) in fresh) served[path].ShouldBe(bytes, path);
        }
        finally
        {
            if (Directory.Exists(full)) Directory.Delete(full, recursive: true);
        }
    }

    [Fact]
    public async Task The_edited_page_is_written_first_and_after_the_second_stage_everything_equals_a_full_build()
    {
        var (site, cache) = await Served();
        using var _ = site;
        var before = Files(site.Output);
        var edition = before.Keys.Single(p => p.Contains("gesamtausgabe", StringComparison.Ordinal) && p.EndsWith(".html", StringComparison.Ordinal)
                                               && Text(before, p).Contains("Erste Fassung.", StringComparison.Ordinal));
        var shards = before.Keys.Where(p => p.StartsWith("assets/search/", StringComparison.Ordinal)).ToList();
        shards.ShouldNotBeEmpty();

        site.Write("content/teil/a.md", "# Seite A\n\nZweite Fassung.\n");
        var build = await SiteBuilder.BuildInStagesAsync(Options(site), cache);

        // First stage: the page is served new, with the archive's size stated as before; the rest is still the last build's.
        build.First.Succeeded.ShouldBeTrue(string.Join("\n", build.First.Diagnostics));
        build.HasSecondStage.ShouldBeTrue();
        var first = Files(site.Output);
        Text(first, "teil/a/index.html").ShouldContain("Zweite Fassung.");
        Text(first, "teil/a/index.html").ShouldNotContain("@@lotse-");
        InArchive(first[Archive], "teil/a/index.html").ShouldContain("Erste Fassung.");
        Text(first, edition).ShouldContain("Erste Fassung.");
        first["sw.js"].ShouldBe(before["sw.js"]);
        foreach (var shard in shards) first[shard].ShouldBe(before[shard], shard);

        // Second stage: the archive, the Gesamtausgabe, the search index and the service worker follow.
        var result = await build.FinishAsync(CancellationToken.None);
        result.Succeeded.ShouldBeTrue(string.Join("\n", result.Diagnostics));
        var after = Files(site.Output);
        InArchive(after[Archive], "teil/a/index.html").ShouldContain("Zweite Fassung.");
        Text(after, edition).ShouldContain("Zweite Fassung.");
        after["sw.js"].ShouldNotBe(before["sw.js"]);
        shards.Any(s => !after[s].AsSpan().SequenceEqual(before[s])).ShouldBeTrue();
        build.PagesWrittenLater.ShouldContain(edition.Replace('\\', '/'));
        build.PagesWrittenLater.ShouldNotContain("teil/a/index.html");
        await ShouldEqualAFullBuild(site);
    }

    [Fact]
    public async Task A_new_archive_size_reaches_every_page_in_the_second_stage()
    {
        var (site, cache) = await Served();
        using var _ = site;
        // Enough new text that the archive's size changes.
        site.Write("content/teil/a.md", "# Seite A\n\n" + string.Join(' ', Enumerable.Range(0, 6000).Select(i => $"Wort{i * 7919 % 10007}")) + "\n");
        var build = await SiteBuilder.BuildInStagesAsync(Options(site), cache);
        build.HasSecondStage.ShouldBeTrue();
        (await build.FinishAsync(CancellationToken.None)).Succeeded.ShouldBeTrue();
        build.PagesWrittenLater.ShouldContain("teil/b/index.html");
        await ShouldEqualAFullBuild(site);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_newer_edit_during_the_second_stage_leaves_the_output_equal_to_a_full_build(bool cancelBeforeItStarts)
    {
        var (site, cache) = await Served();
        using var _ = site;
        site.Write("content/teil/a.md", "# Seite A\n\nZweite Fassung.\n");
        var superseded = await SiteBuilder.BuildInStagesAsync(Options(site), cache);
        superseded.HasSecondStage.ShouldBeTrue();

        using var newerChange = new CancellationTokenSource();
        if (cancelBeforeItStarts) await newerChange.CancelAsync();
        var finishing = Task.Run(() => superseded.FinishAsync(newerChange.Token));
        site.Write("content/teil/b.md", "# Seite B\n\nDritte Fassung mit [Link zu A](a.md).\n");
        await newerChange.CancelAsync();
        try { await finishing; }
        catch (OperationCanceledException) { } // cancelled somewhere in the second stage, or it was done before: both are fine

        var build = await SiteBuilder.BuildInStagesAsync(Options(site), cache);
        build.First.Succeeded.ShouldBeTrue(string.Join("\n", build.First.Diagnostics));
        site.Read("teil/b/index.html").ShouldContain("Dritte Fassung");
        (await build.FinishAsync(CancellationToken.None)).Succeeded.ShouldBeTrue();
        InArchive(File.ReadAllBytes(Path.Combine(site.Output, Archive)), "teil/a/index.html").ShouldContain("Zweite Fassung.");
        await ShouldEqualAFullBuild(site);
    }

    [Fact]
    public async Task A_problem_in_the_pages_fails_the_rebuild_at_once_and_writes_nothing()
    {
        var (site, cache) = await Served();
        using var _ = site;
        var before = Files(site.Output);
        site.Write("content/teil/a.md", "# Seite A\n\n[Kaputt](fehlt.md)\n");
        var build = await SiteBuilder.BuildInStagesAsync(Options(site), cache);
        build.HasSecondStage.ShouldBeFalse();
        build.First.Succeeded.ShouldBeFalse();
        build.First.Errors.ShouldContain(d => d.Code == "LOT0401");
        var after = Files(site.Output);
        after.Keys.Order(StringComparer.Ordinal).ShouldBe(before.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in before) after[path].ShouldBe(bytes, path);
    }

    [Fact]
    public async Task A_link_that_only_the_link_check_sees_fails_the_rebuild_before_anything_is_written()
    {
        var (site, cache) = await Served();
        using var _ = site;
        // Warm the early check once, so that it checks only what changes from here on.
        site.Write("content/teil/a.md", "# Seite A\n\nZweite Fassung.\n");
        var warm = await SiteBuilder.BuildInStagesAsync(Options(site), cache);
        (await warm.FinishAsync(CancellationToken.None)).Succeeded.ShouldBeTrue();
        var before = Files(site.Output);

        site.Write("content/teil/a.md", "# Seite A\n\n<p><a href=\"../gibt-es-nicht/index.html\">Kaputt</a></p>\n");
        var build = await SiteBuilder.BuildInStagesAsync(Options(site), cache);
        build.HasSecondStage.ShouldBeFalse();
        build.First.Succeeded.ShouldBeFalse();
        build.First.Errors.ShouldContain(d => d.Path == "content/teil/a.md" && d.Message.Contains("gibt-es-nicht"));
        var after = Files(site.Output);
        foreach (var (path, bytes) in before) after[path].ShouldBe(bytes, path);

        // Fixed: the page is checked again, passes, and is written.
        site.Write("content/teil/a.md", "# Seite A\n\n<p><a href=\"../b/index.html\">Zu B</a></p>\n");
        var fixedBuild = await SiteBuilder.BuildInStagesAsync(Options(site), cache);
        fixedBuild.First.Succeeded.ShouldBeTrue(string.Join("\n", fixedBuild.First.Diagnostics));
        (await fixedBuild.FinishAsync(CancellationToken.None)).Succeeded.ShouldBeTrue();
        await ShouldEqualAFullBuild(site);
    }

    [Fact]
    public async Task A_removed_page_disappears_once_the_second_stage_is_done()
    {
        var (site, cache) = await Served();
        using var _ = site;
        File.Delete(Path.Combine(site.Root, "content/teil/b.md"));
        var build = await SiteBuilder.BuildInStagesAsync(Options(site), cache);
        build.First.Succeeded.ShouldBeTrue(string.Join("\n", build.First.Diagnostics));
        (await build.FinishAsync(CancellationToken.None)).Succeeded.ShouldBeTrue();
        site.Exists("teil/b/index.html").ShouldBeFalse();
        await ShouldEqualAFullBuild(site);
    }
}


using Lotse.Site;
using Lotse.Tests.Testing;

namespace Lotse.Tests.Editors;

/// <summary>Issue 9: a rebuild in <c>lotse serve</c> is told by the file watcher which files changed
/// (<see cref="BuildCache.SourcesChanged"/>): it reads and stats only those, takes the last listing of the content folder while
/// no file was added or removed, and keeps the other pages' documents (so that their rendering is reused by instance).
/// After any sequence of edits, the output is that of a full build.</summary>
public sealed class WatchedRebuildTests
{
    private const string Extra = """
        -- content/teil/_dir.yml --
        bereich: leitfaden
        -- content/teil/c.md --
        ---
        title: Seite C
        stand: 2025-05-01
        ---
        Text von C.
        """;

    private static async Task<(TestBuild Site, BuildCache Cache)> Served()
    {
        var site = await StagedRebuildTests.Sources();
        foreach (var line in Extra.Split("-- ", StringSplitOptions.RemoveEmptyEntries))
        {
            var end = line.IndexOf(" --\n", StringComparison.Ordinal);
            site.Write(line[..end], line[(end + 4)..]);
        }
        // Settled files (changed long enough ago that a rebuild may remember their texts).
        foreach (var file in Directory.EnumerateFiles(Path.Combine(site.Root, "content"), "*", SearchOption.AllDirectories))
            File.SetLastWriteTimeUtc(file, new DateTime(2025, 6, 1, 12, 0, 0, DateTimeKind.Utc));
        var cache = new BuildCache();
        var first = await SiteBuilder.BuildAsync(StagedRebuildTests.Options(site), cache);
        first.Succeeded.ShouldBeTrue(string.Join("\n", first.Diagnostics));
        // serve's first rebuild does not know what changed while the site was built.
        await Rebuild(site, cache, changed: null);
        return (site, cache);
    }

    /// <summary>Both stages of a rebuild after the watcher reported <paramref name="changed"/> (site-relative paths).</summary>
    private static async Task Rebuild(TestBuild site, BuildCache cache, params string[]? changed)
    {
        cache.SourcesChanged(changed?.Select(p => Path.GetFullPath(Path.Combine(site.Root, p))).ToList());
        var build = await SiteBuilder.BuildInStagesAsync(StagedRebuildTests.Options(site), cache);
        build.First.Succeeded.ShouldBeTrue(string.Join("\n", build.First.Diagnostics));
        (await build.FinishAsync(CancellationToken.None)).Succeeded.ShouldBeTrue();
    }

    private static void Write(TestBuild site, string path, string text, DateTime? changed = null)
    {
        site.Write(path, text);
        File.SetLastWriteTimeUtc(Path.Combine(site.Root, path), changed ?? DateTime.UtcNow.AddMinutes(-10));
    }

    [Fact]
    public async Task A_new_title_reaches_every_other_pages_sidebar()
    {
        var (site, cache) = await Served();
        using var _ = site;
        site.Read("teil/b/index.html").ShouldContain("Seite A");

        Write(site, "content/teil/a.md", "# Seite Anders\n\nErste Fassung.\n");
        await Rebuild(site, cache, "content/teil/a.md");

        site.Read("teil/b/index.html").ShouldContain("Seite Anders");
        await StagedRebuildTests.ShouldEqualAFullBuild(site);
    }

    [Fact]
    public async Task Edits_of_bodies_front_matter_folder_defaults_and_dates_equal_a_full_build()
    {
        var (site, cache) = await Served();
        using var _ = site;

        Write(site, "content/teil/b.md", "# Seite B\n\nNeuer Text von B mit [Link zu A](a.md).\n");
        await Rebuild(site, cache, "content/teil/b.md");
        site.Read("teil/b/index.html").ShouldContain("Neuer Text von B");
        await StagedRebuildTests.ShouldEqualAFullBuild(site);

        Write(site, "content/teil/c.md", "---\ntitle: Seite C\nstand: 2025-07-01\nnav_title: Kurz C\n---\nText von C.\n");
        await Rebuild(site, cache, "content/teil/c.md");
        site.Read("teil/a/index.html").ShouldContain("Kurz C");
        await StagedRebuildTests.ShouldEqualAFullBuild(site);

        var before = site.Read("teil/a/index.html");
        Write(site, "content/teil/_dir.yml", "bereich: werkzeugkasten\nnav: false\n");
        await Rebuild(site, cache, "content/teil/_dir.yml");
        site.Read("teil/a/index.html").ShouldNotBe(before);
        await StagedRebuildTests.ShouldEqualAFullBuild(site);

        // The same text with another modification time: the page's date of last change follows.
        File.SetLastWriteTimeUtc(Path.Combine(site.Root, "content/teil/a.md"), new DateTime(2024, 3, 9, 12, 0, 0, DateTimeKind.Utc));
        await Rebuild(site, cache, "content/teil/a.md");
        site.Read("teil/a/index.html").ShouldContain("datetime=\"2024-03-09\"");
        await StagedRebuildTests.ShouldEqualAFullBuild(site);
    }

    [Fact]
    public async Task Pages_added_removed_and_renamed_are_seen_and_equal_a_full_build()
    {
        var (site, cache) = await Served();
        using var _ = site;

        Write(site, "content/teil/d.md", "# Seite D\n\nNeu.\n");
        await Rebuild(site, cache, "content/teil/d.md");
        site.Read("teil/d/index.html").ShouldContain("Neu.");
        site.Read("teil/a/index.html").ShouldContain("Seite D");
        await StagedRebuildTests.ShouldEqualAFullBuild(site);

        File.Move(Path.Combine(site.Root, "content/teil/d.md"), Path.Combine(site.Root, "content/teil/e.md"));
        await Rebuild(site, cache, "content/teil/d.md", "content/teil/e.md");
        site.Exists("teil/d/index.html").ShouldBeFalse();
        site.Read("teil/e/index.html").ShouldContain("Neu.");
        await StagedRebuildTests.ShouldEqualAFullBuild(site);

        File.Delete(Path.Combine(site.Root, "content/teil/c.md"));
        await Rebuild(site, cache, "content/teil/c.md");
        site.Exists("teil/c/index.html").ShouldBeFalse();
        site.Read("teil/a/index.html").ShouldNotContain("Seite C");
        await StagedRebuildTests.ShouldEqualAFullBuild(site);

        // A new folder: the watcher reports the folder (its files may come before the watcher sees into it).
        Directory.CreateDirectory(Path.Combine(site.Root, "content/neu"));
        Write(site, "content/neu/f.md", "# Seite F\n\nIm neuen Ordner.\n");
        await Rebuild(site, cache, "content/neu");
        site.Read("neu/f/index.html").ShouldContain("Im neuen Ordner.");
        await StagedRebuildTests.ShouldEqualAFullBuild(site);
    }

    [Fact]
    public async Task Without_knowing_what_changed_a_rebuild_looks_at_every_file_again()
    {
        var (site, cache) = await Served();
        using var _ = site;

        // Changes the watcher did not report (it lost events): a rebuild told of another file takes them from the last build …
        Write(site, "content/teil/b.md", "# Seite B\n\nUngemeldet geändert, mit [Link zu A](a.md).\n");
        Write(site, "content/teil/g.md", "# Seite G\n\nUngemeldet neu.\n");
        Write(site, "content/teil/a.md", "# Seite A\n\nGemeldet geändert.\n");
        await Rebuild(site, cache, "content/teil/a.md");
        site.Read("teil/a/index.html").ShouldContain("Gemeldet geändert.");
        site.Read("teil/b/index.html").ShouldNotContain("Ungemeldet geändert");
        site.Exists("teil/g/index.html").ShouldBeFalse();

        // … and the next rebuild that does not know what changed compares every file and lists every folder.
        await Rebuild(site, cache, changed: null);
        site.Read("teil/b/index.html").ShouldContain("Ungemeldet geändert");
        site.Read("teil/g/index.html").ShouldContain("Ungemeldet neu.");
        await StagedRebuildTests.ShouldEqualAFullBuild(site);
    }

    [Fact]
    public async Task Unchanged_pages_are_taken_from_the_last_build_without_reading_them()
    {
        var (site, cache) = await Served();
        using var _ = site;
        var pages = Directory.EnumerateFiles(Path.Combine(site.Root, "content"), "*.md", SearchOption.AllDirectories).Count();

        Write(site, "content/teil/b.md", "# Seite B\n\nZweite Fassung von B mit [Link zu A](a.md).\n");
        await Rebuild(site, cache, "content/teil/b.md");
        cache.FrontMatter.Hits.ShouldBe(pages - 1);
        site.Read("teil/b/index.html").ShouldContain("Zweite Fassung von B");
        await StagedRebuildTests.ShouldEqualAFullBuild(site);
    }
}

using System.IO.Compression;
using System.Text;
using Lotse.Features.Offline;
using Lotse.Site;
using Lotse.Tests.Testing;

namespace Lotse.Tests.Editors;

/// <summary>Issue 8, point 1: a rebuild in <c>lotse serve</c> renders only what a change affects and writes only
/// the files that changed, and the result is the same as a full build.</summary>
public sealed class IncrementalRebuildTests
{
    /// <summary>A theme with a sidebar (every page shows every title) and the offline footer (every page states the
    /// archive's size), and a site of a few pages.</summary>
    private const string Site = """
        -- themes/default/layouts/_base.html --
        <!DOCTYPE html><html lang="de"><head><title>{{ page.title }}</title></head><body><nav>{{ nav_html "weitere" }}</nav>{{ body }}
        {{ if site.offline }}<footer><a href="{{ rel }}{{ site.offline.archive }}">ZIP ({{ site.offline.archive_size }})</a></footer>{{ end }}</body></html>
        -- themes/default/layouts/page.html --
        <main><h1>{{ page.title }}</h1>{{ page.content }}</main>
        -- themes/default/layouts/section.html --
        <main><h1>{{ page.title }}</h1>{{ page.content }}</main>
        -- content/index.md --
        # Start
        -- content/teil/index.md --
        # Teil
        -- content/teil/a.md --
        # Seite A

        Erste Fassung.
        -- content/teil/b.md --
        # Seite B

        Text von B mit [Link zu A](a.md).
        -- content/teil/c.md --
        # Seite C

        Text von C.
        """;

    private static async Task<BuildResult> Rebuild(TestBuild site, BuildCache cache) =>
        await SiteBuilder.BuildAsync(new BuildOptions(site.Root), cache);

    private static Dictionary<string, DateTime> Times(TestBuild site) =>
        Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(site.Output, f), File.GetLastWriteTimeUtc);

    [Fact]
    public async Task A_body_edit_renders_only_that_page_again_and_rewrites_only_its_file()
    {
        using var site = await TestSite.BuildAsync(Site, write: false);
        var cache = new BuildCache();
        (await Rebuild(site, cache)).Succeeded.ShouldBeTrue();
        var pages = site.Result.PageCount;
        var before = Times(site);
        await Task.Delay(50);

        site.Write("content/teil/a.md", "# Seite A\n\nZweite Fassung.\n");
        var result = await Rebuild(site, cache);

        result.Succeeded.ShouldBeTrue();
        site.Read("teil/a/index.html").ShouldContain("Zweite Fassung.");
        cache.Markdown.Hits.ShouldBe(pages - 1);
        cache.Layouts.Hits.ShouldBe(pages - 1);
        var after = Times(site);
        var rewritten = after.Where(f => before.GetValueOrDefault(f.Key) != f.Value).Select(f => f.Key).ToList();
        // sw.js changes with every page; its precompressed copies with it.
        rewritten.ShouldBe(["download/testseite-offline.zip", "sw.js", "sw.js.br", "sw.js.gz", "teil/a/index.html"], ignoreOrder: true);
    }

    [Fact]
    public async Task A_rebuild_without_changes_writes_nothing()
    {
        using var site = await TestSite.BuildAsync(Site, write: false);
        var cache = new BuildCache();
        await Rebuild(site, cache);
        var before = Times(site);
        await Task.Delay(50);
        (await Rebuild(site, cache)).Succeeded.ShouldBeTrue();
        Times(site).ShouldBe(before);
    }

    [Fact]
    public async Task A_new_title_reaches_every_page_s_sidebar()
    {
        using var site = await TestSite.BuildAsync(Site, write: false);
        var cache = new BuildCache();
        await Rebuild(site, cache);
        site.Write("content/teil/c.md", "# Neuer Titel für C\n\nText von C.\n");
        (await Rebuild(site, cache)).Succeeded.ShouldBeTrue();
        foreach (var page in new[] { "teil/index.html", "teil/a/index.html", "teil/b/index.html" })
            site.Read(page).ShouldContain("Neuer Titel für C");
    }

    [Fact]
    public async Task The_result_equals_a_full_build_also_in_the_archive_and_its_stated_size()
    {
        using var site = await TestSite.BuildAsync(Site, write: false);
        var cache = new BuildCache();
        await Rebuild(site, cache);
        // Enough new text that the archive's size changes: every page must state the new size.
        site.Write("content/teil/a.md", "# Seite A\n\n" + string.Join(' ', Enumerable.Range(0, 4000).Select(i => $"Wort{i * 7919 % 10007}")) + "\n");
        (await Rebuild(site, cache)).Succeeded.ShouldBeTrue();
        var incremental = Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(site.Output, f), File.ReadAllBytes);

        var full = Path.Combine(site.Root, "voll");
        (await SiteBuilder.BuildAsync(new BuildOptions(site.Root, full))).Succeeded.ShouldBeTrue();
        var fresh = Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(full, f), File.ReadAllBytes);

        incremental.Keys.Order().ShouldBe(fresh.Keys.Order());
        foreach (var (path, bytes) in fresh) incremental[path].ShouldBe(bytes, path);
        var zip = incremental["download/testseite-offline.zip"];
        Encoding.UTF8.GetString(incremental["teil/b/index.html"]).ShouldContain($"ZIP ({FileSize.German(zip.Length)})");
        using var archive = new ZipArchive(new MemoryStream(zip));
        using var reader = new StreamReader(archive.GetEntry("teil/a/index.html")!.Open());
        reader.ReadToEnd().ShouldContain("Wort0");
    }

    [Fact]
    public async Task A_removed_page_disappears_while_others_files_stay_and_a_failed_rebuild_changes_nothing()
    {
        using var site = await TestSite.BuildAsync(Site, write: false);
        var cache = new BuildCache();
        await Rebuild(site, cache);
        File.WriteAllText(Path.Combine(site.Output, "fremd.txt"), "nicht von Lotse");

        File.Delete(Path.Combine(site.Root, "content/teil/c.md"));
        (await Rebuild(site, cache)).Succeeded.ShouldBeTrue();
        site.Exists("teil/c/index.html").ShouldBeFalse();
        site.Read("fremd.txt").ShouldBe("nicht von Lotse");
        site.Read("teil/a/index.html").ShouldNotContain("Seite C");

        var before = Times(site);
        site.Write("content/teil/a.md", "# Seite A\n\n[Kaputt](fehlt.md)\n");
        var failed = await Rebuild(site, cache);
        failed.Succeeded.ShouldBeFalse();
        Times(site).ShouldBe(before);
        site.Read("teil/a/index.html").ShouldContain("Erste Fassung.");

        site.Write("content/teil/a.md", "# Seite A\n\nRepariert.\n");
        (await Rebuild(site, cache)).Succeeded.ShouldBeTrue();
        site.Read("teil/a/index.html").ShouldContain("Repariert.");
    }

    [Fact]
    public async Task A_changed_data_file_renders_the_pages_again()
    {
        using var site = await TestSite.BuildAsync(Site + """

            -- content/_data/glossar.yml --
            - begriff: Text
              erklaerung: Erste Erklärung.
            """, write: false);
        var cache = new BuildCache();
        await Rebuild(site, cache);
        site.Read("teil/c/index.html").ShouldContain("Erste Erklärung.");
        site.Write("content/_data/glossar.yml", "- begriff: Text\n  erklaerung: Zweite Erklärung.\n");
        (await Rebuild(site, cache)).Succeeded.ShouldBeTrue();
        site.Read("teil/c/index.html").ShouldContain("Zweite Erklärung.");
        cache.Markdown.Hits.ShouldBe(0);
    }
}


using Lotse.Site;
using Lotse.Tests.Testing;

namespace Lotse.Tests.Editors;

/// <summary>Issue 9: a rebuild in <c>lotse serve</c> reads and parses again only the source files that changed (by length
/// and modification time); an edit that keeps the file's length is still seen.</summary>
public sealed class SourceReuseTests
{
    private const string Site = """
        -- content/index.md --
        # Start
        -- content/a.md --
        ---
        beschreibung: Erste Beschreibung
        ---
        # Seite A

        Erste Fassung.
        -- content/b.md --
        ---
        beschreibung: Text von B
        ---
        # Seite B

        Text von B.
        """;

    private static void Age(TestBuild site)
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(site.Root, "content"), "*.md", SearchOption.AllDirectories))
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-1));
    }

    [Fact]
    public async Task Unchanged_files_are_not_parsed_again_and_an_edit_of_the_same_length_is_seen()
    {
        using var site = await TestSite.BuildAsync(Site, write: false);
        Age(site);
        var cache = new BuildCache();
        (await SiteBuilder.BuildAsync(new BuildOptions(site.Root), cache)).Succeeded.ShouldBeTrue();
        const int pages = 3;

        (await SiteBuilder.BuildAsync(new BuildOptions(site.Root), cache)).Succeeded.ShouldBeTrue();
        cache.FrontMatter.Hits.ShouldBe(pages);

        var a = Path.Combine(site.Root, "content/a.md");
        var before = File.ReadAllText(a);
        var after = before.Replace("Erste", "Drei."); // the same length: only the modification time tells
        after.Length.ShouldBe(before.Length);
        File.WriteAllText(a, after);
        (await SiteBuilder.BuildAsync(new BuildOptions(site.Root), cache)).Succeeded.ShouldBeTrue();
        cache.FrontMatter.Hits.ShouldBe(pages - 1);
        site.Read("a/index.html").ShouldContain("Drei. Fassung.");
    }
}

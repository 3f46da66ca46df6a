using Lotse.Site;
using Lotse.Tests.Testing;

namespace Lotse.Tests.Editors;

/// <summary>Issue 26: a rebuild's first stage in <c>lotse serve</c> does not look on disk for every file it wrote before
/// (it trusts what it wrote); its second stage does, and a file removed from the output by hand is written again by
/// the next rebuild, so that the output still equals a full build.</summary>
public sealed class MissingOutputTests
{
    /// <summary>Pages that state no download size (written in the first stage, not filled in by the second).</summary>
    private const string Site = """
        -- themes/default/layouts/_base.html --
        <!DOCTYPE html><html lang="de"><head><title>{{ page.title }}</title></head><body><nav>{{ nav_html "weitere" }}</nav>{{ body }}</body></html>
        -- themes/default/layouts/page.html --
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

        Text von B.
        """;

    private static BuildOptions Options(TestBuild site) => new(site.Root, Today: new DateOnly(2026, 1, 15));

    [Fact]
    public async Task A_page_removed_from_the_output_is_found_by_the_second_stage_and_written_by_the_next_rebuild()
    {
        using var site = await TestSite.BuildAsync(Site, write: false);
        var cache = new BuildCache();
        (await SiteBuilder.BuildAsync(Options(site), cache)).Succeeded.ShouldBeTrue();
        var removed = Path.Combine(site.Output, "teil", "b", "index.html");
        var bytes = File.ReadAllBytes(removed);
        File.Delete(removed);

        site.Write("content/teil/a.md", "# Seite A\n\nZweite Fassung.\n");
        var build = await SiteBuilder.BuildInStagesAsync(Options(site), cache);
        build.First.Succeeded.ShouldBeTrue(string.Join("\n", build.First.Diagnostics));
        (await build.FinishAsync(CancellationToken.None)).Succeeded.ShouldBeTrue();
        build.MissingOutputs.ShouldBe(["teil/b/index.html"]);

        // The rebuild serve starts for it (nothing changed in the sources) writes it again, as it was.
        var again = await SiteBuilder.BuildInStagesAsync(Options(site), cache);
        again.First.Succeeded.ShouldBeTrue(string.Join("\n", again.First.Diagnostics));
        (await again.FinishAsync(CancellationToken.None)).Succeeded.ShouldBeTrue();
        again.MissingOutputs.ShouldBeEmpty();
        File.ReadAllBytes(removed).ShouldBe(bytes);
    }

    [Fact]
    public async Task Without_a_removed_file_the_second_stage_finds_nothing_missing()
    {
        using var site = await TestSite.BuildAsync(Site, write: false);
        var cache = new BuildCache();
        (await SiteBuilder.BuildAsync(Options(site), cache)).Succeeded.ShouldBeTrue();
        site.Write("content/teil/a.md", "# Seite A\n\nZweite Fassung.\n");
        var build = await SiteBuilder.BuildInStagesAsync(Options(site), cache);
        (await build.FinishAsync(CancellationToken.None)).Succeeded.ShouldBeTrue();
        build.MissingOutputs.ShouldBeEmpty();
    }
}

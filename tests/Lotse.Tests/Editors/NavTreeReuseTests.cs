using Lotse.Site;
using Lotse.Tests.Testing;

namespace Lotse.Tests.Editors;

/// <summary>Issue 26: a rebuild in <c>lotse serve</c> takes the last build's navigation tree while no page's place,
/// title or front matter changed (building it sorts every folder's pages, on every save), and builds it again when one
/// did, so that every sidebar shows the change.</summary>
public sealed class NavTreeReuseTests
{
    private const string Site = """
        -- themes/default/layouts/_base.html --
        <!DOCTYPE html><html lang="de"><head><title>{{ page.title }}</title></head><body><nav>{{ nav_html "weitere" }}</nav>{{ body }}</body></html>
        -- themes/default/layouts/page.html --
        <main><h1>{{ page.title }}</h1>{{ page.content }}{{ if page.next }}<a class="weiter" href="{{ page.next.url }}">{{ page.next.title }}</a>{{ end }}</main>
        -- themes/default/layouts/section.html --
        <main><h1>{{ page.title }}</h1>{{ page.content }}<ul>{{ for c in page.children }}<li>{{ c.title }}</li>{{ end }}</ul></main>
        -- content/index.md --
        # Start
        -- content/teil/index.md --
        # Teil
        -- content/teil/a.md --
        ---
        order: 1
        ---
        # Seite A

        Erste Fassung.
        -- content/teil/b.md --
        ---
        order: 2
        ---
        # Seite B

        Text von B.
        """;

    private static async Task<BuildResult> Rebuild(TestBuild site, BuildCache cache)
    {
        var result = await SiteBuilder.BuildAsync(new BuildOptions(site.Root), cache);
        result.Succeeded.ShouldBeTrue(string.Join("\n", result.Diagnostics));
        return result;
    }

    [Fact]
    public async Task A_body_edit_takes_the_last_tree_and_the_page_shows_the_new_text()
    {
        using var site = await TestSite.BuildAsync(Site, write: false);
        var cache = new BuildCache();
        await Rebuild(site, cache);
        cache.NavTree.Reused.ShouldBe(0);

        site.Write("content/teil/a.md", "---\norder: 1\n---\n# Seite A\n\nZweite Fassung.\n");
        await Rebuild(site, cache);

        cache.NavTree.Reused.ShouldBe(1);
        site.Read("teil/a/index.html").ShouldContain("Zweite Fassung.");
        site.Read("teil/a/index.html").ShouldContain("class=\"weiter\"");
    }

    [Fact]
    public async Task A_new_title_builds_the_tree_again_and_reaches_every_sidebar()
    {
        using var site = await TestSite.BuildAsync(Site, write: false);
        var cache = new BuildCache();
        await Rebuild(site, cache);

        site.Write("content/teil/b.md", "---\norder: 2\n---\n# Neuer Titel für B\n\nText von B.\n");
        await Rebuild(site, cache);

        cache.NavTree.Reused.ShouldBe(0);
        foreach (var page in new[] { "teil/index.html", "teil/a/index.html" })
            site.Read(page).ShouldContain("Neuer Titel für B");
    }

    [Fact]
    public async Task A_new_order_builds_the_tree_again_and_changes_the_order_everywhere()
    {
        using var site = await TestSite.BuildAsync(Site, write: false);
        var cache = new BuildCache();
        await Rebuild(site, cache);
        site.Read("teil/index.html").ShouldContain("class=\"weiter\" href=\"a/index.html\">Seite A</a>");

        site.Write("content/teil/a.md", "---\norder: 3\n---\n# Seite A\n\nErste Fassung.\n");
        await Rebuild(site, cache);

        cache.NavTree.Reused.ShouldBe(0);
        site.Read("teil/index.html").ShouldContain("class=\"weiter\" href=\"b/index.html\">Seite B</a>");
        site.Read("teil/b/index.html").ShouldContain("class=\"weiter\" href=\"../a/index.html\">Seite A</a>");
        site.Read("teil/a/index.html").ShouldNotContain("class=\"weiter\"");
    }

    [Fact]
    public async Task After_a_reused_tree_the_output_equals_a_full_build()
    {
        using var site = await TestSite.BuildAsync(Site, write: false);
        var cache = new BuildCache();
        await Rebuild(site, cache);
        site.Write("content/teil/b.md", "---\norder: 2\n---\n# Seite B\n\nText von B, neu.\n");
        await Rebuild(site, cache);
        cache.NavTree.Reused.ShouldBe(1);

        var full = Path.Combine(site.Root, "voll");
        (await SiteBuilder.BuildAsync(new BuildOptions(site.Root, full))).Succeeded.ShouldBeTrue();
        var fresh = Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(full, f), File.ReadAllBytes);
        var served = Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(site.Output, f), File.ReadAllBytes);
        served.Keys.Order().ShouldBe(fresh.Keys.Order());
        foreach (var (path, bytes) in fresh) served[path].ShouldBe(bytes, path);
    }
}

using System.Text;

using Lotse.Site;
using Lotse.Tests.Testing;

namespace Lotse.Tests.Editors;

/// <summary>In <c>lotse serve</c> a rebuild takes the search shards from the previous build when no searchable text
/// changed; since every shard is scored with the whole site's statistics, a changed page builds them all again, but only
/// the changed page's changed search documents are tokenized again: the others' terms come from the
/// build cache (a search document is a page's lead or one of its sections), unless the compound lexicon or the synonym
/// groups changed. The index equals that of a full build.</summary>
public sealed class SearchIndexRebuildTests
{
    private const string Site = """
        -- lotse.yml --
        title: Testseite
        search: true
        -- content/index.md --
        # Start
        -- content/leitfaden/index.md --
        # Leitfaden
        -- content/leitfaden/antrag.md --
        ---
        bereich: leitfaden
        ---
        # Antrag stellen

        Der Antrag geht an die Behörde.

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

    private static Dictionary<string, byte[]> SearchFiles(string output) =>
        Directory.EnumerateFiles(Path.Combine(output, "assets", "search"))
            .ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);

    [Fact]
    public async Task A_changed_page_rebuilds_the_shards_and_the_index_equals_a_full_build()
    {
        using var site = await TestSite.BuildAsync(Site, write: false);
        // lunr.js and lunr-languages, which the site copies, from the repository's npm install
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "node_modules"), Path.Combine(TestSite.RepositoryRoot, "node_modules"));
        var cache = new BuildCache();
        var first = await SiteBuilder.BuildAsync(new BuildOptions(site.Root), cache);
        first.Succeeded.ShouldBeTrue(string.Join("\n", first.Diagnostics));
        var shards = SearchFiles(site.Output).Keys.Count(f => f.StartsWith("index-", StringComparison.Ordinal));
        shards.ShouldBeGreaterThanOrEqualTo(2);
        var before = SearchFiles(site.Output);

        site.Write("content/leitfaden/antrag.md", "---\nbereich: leitfaden\n---\n# Antrag stellen\n\nDer Antrag geht schriftlich an die Behörde.\n\n## Fristen\n\nDie Frist beträgt einen Monat.\n");
        (await SiteBuilder.BuildAsync(new BuildOptions(site.Root), cache)).Succeeded.ShouldBeTrue();

        // Every shard is scored with the whole site's term statistics, which the new page changes: all are built again.
        cache.Slot<Lotse.Features.SiteSearch.SearchCache>().SearchShards.Hits.ShouldBe(0);
        var incremental = SearchFiles(site.Output);
        incremental.Where(f => !before[f.Key].SequenceEqual(f.Value)).Select(f => f.Key).ShouldContain("index-leitfaden.js");
        var full = Path.Combine(site.Root, "voll");
        (await SiteBuilder.BuildAsync(new BuildOptions(site.Root, full))).Succeeded.ShouldBeTrue();
        var fresh = SearchFiles(full);
        incremental.Keys.Order().ShouldBe(fresh.Keys.Order());
        foreach (var (name, bytes) in fresh) incremental[name].ShouldBe(bytes, name);
    }

    private static async Task<TestBuild> FirstBuildAsync(BuildCache cache)
    {
        var site = await TestSite.BuildAsync(Site, write: false);
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "node_modules"), Path.Combine(TestSite.RepositoryRoot, "node_modules"));
        var first = await SiteBuilder.BuildAsync(new BuildOptions(site.Root), cache);
        first.Succeeded.ShouldBeTrue(string.Join("\n", first.Diagnostics));
        return site;
    }

    private static async Task ShouldEqualFullBuild(TestBuild site)
    {
        var incremental = SearchFiles(site.Output);
        var full = Path.Combine(site.Root, "voll");
        (await SiteBuilder.BuildAsync(new BuildOptions(site.Root, full))).Succeeded.ShouldBeTrue();
        var fresh = SearchFiles(full);
        incremental.Keys.Order().ShouldBe(fresh.Keys.Order());
        foreach (var (name, bytes) in fresh) incremental[name].ShouldBe(bytes, name);
    }

    [Fact]
    public async Task Only_the_changed_pages_documents_are_tokenized_again()
    {
        var cache = new BuildCache();
        using var site = await FirstBuildAsync(cache);
        var search = cache.Slot<Lotse.Features.SiteSearch.SearchCache>();
        // Every searchable page's own document and its sections: the antrag page has one section (Fristen).
        var all = search.DocumentsTokenized;
        all.ShouldBeGreaterThanOrEqualTo(6);

        site.Write("content/leitfaden/antrag.md", "---\nbereich: leitfaden\n---\n# Antrag stellen\n\nDer Antrag geht schriftlich an die Behörde.\n\n## Fristen\n\nDie Frist beträgt einen Monat.\n");
        (await SiteBuilder.BuildAsync(new BuildOptions(site.Root), cache)).Succeeded.ShouldBeTrue();

        // The page's own document (its lead changed), not its unchanged section "Fristen", nothing else; every shard was
        // scored again with the new statistics.
        search.DocumentsTokenized.ShouldBe(1);
        search.DocumentTerms.Hits.ShouldBe(all - 1);
        search.SearchShards.Hits.ShouldBe(0);
        Encoding.UTF8.GetString(SearchFiles(site.Output)["index-leitfaden.js"]).ShouldContain("Der Antrag geht schriftlich an die Behörde.");
        await ShouldEqualFullBuild(site);

        // Unchanged again: nothing tokenized, every shard reused.
        (await SiteBuilder.BuildAsync(new BuildOptions(site.Root), cache)).Succeeded.ShouldBeTrue();
        search.DocumentsTokenized.ShouldBe(0);
        search.SearchShards.Hits.ShouldBe(SearchFiles(site.Output).Keys.Count(f => f.StartsWith("index-", StringComparison.Ordinal) && f.EndsWith(".js", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_new_noun_changes_the_compound_lexicon_and_every_document_is_tokenized_again()
    {
        var cache = new BuildCache();
        using var site = await FirstBuildAsync(cache);
        var search = cache.Slot<Lotse.Features.SiteSearch.SearchCache>();
        var all = search.DocumentsTokenized;

        // "Zustellung" is a noun the site did not have: compounds of every page may split at it now.
        site.Write("content/werkzeugkasten/vorlage.md", "---\nbereich: werkzeugkasten\n---\n# Vorlage\n\nEine Vorlage für den Bescheid und seine Zustellung.\n");
        (await SiteBuilder.BuildAsync(new BuildOptions(site.Root), cache)).Succeeded.ShouldBeTrue();

        search.DocumentsTokenized.ShouldBe(all);
        await ShouldEqualFullBuild(site);
    }
}


using Lotse.Kernel;
using Lotse.Site;
using Lotse.Site.Pipelines;
using Lotse.Tests.Testing;

namespace Lotse.Tests.Content;

/// <summary>Issue 3: the repository's content keeps what it must have, so that nothing vanishes silently.</summary>
public sealed class ContentInventoryTests : IClassFixture<RepositoryCheck>
{
    private readonly RepositoryCheck _site;

    public ContentInventoryTests(RepositoryCheck site) => _site = site;

    [Theory]
    [InlineData("leitfaden/", 15)]
    [InlineData("efa-wegweiser/", 8)]
    [InlineData("werkzeugkasten/", 11)] // 10 tools + the overview
    [InlineData("faq/", 36 + 7 + 1)]    // 36 questions, 7 topic overviews, the FAQ overview
    public void Each_part_has_at_least_its_pages(string folder, int minimum) =>
        _site.Pages.Count(p => p.ContentPath().StartsWith(folder, StringComparison.Ordinal)
                               && !p.Metadata.GetBool(ContentKeys.IsGenerated)).ShouldBeGreaterThanOrEqualTo(minimum);

    [Fact]
    public void There_is_a_page_for_each_of_the_14_Themenfelder() =>
        _site.Pages.Count(p => p.ContentPath().StartsWith("leitfaden/themenfelder/", StringComparison.Ordinal)
                               && p.Metadata.GetString("layout") == "themenfeld").ShouldBe(14);

    [Theory]
    [InlineData("themenfelder", 14)]
    [InlineData("laender", 16)]
    [InlineData("rollen", 7)]
    [InlineData("glossar", 40)]
    [InlineData("efa-mindestanforderungen", 6)]
    public void Data_files_have_their_entries(string name, int minimum)
    {
        var list = _site.Data[name].ShouldBeOfType<List<object?>>();
        list.Count.ShouldBeGreaterThanOrEqualTo(minimum);
        if (name is "themenfelder" or "laender" or "efa-mindestanforderungen") list.Count.ShouldBe(minimum);
    }

    [Fact]
    public void The_Servicestandard_has_19_principles_in_6_categories()
    {
        var categories = _site.Data["servicestandard"].ShouldBeOfType<List<object?>>();
        categories.Count.ShouldBe(6);
        categories.Cast<Dictionary<string, object?>>().Sum(c => ((List<object?>)c["prinzipien"]!).Count).ShouldBe(19);
    }

    [Fact]
    public void Every_written_page_has_title_description_stand_and_quellen()
    {
        var missing = _site.Pages
            .Where(p => !p.Metadata.GetBool(ContentKeys.IsGenerated))
            .SelectMany(p => new[] { "title", "description", "stand", "quellen" }
                .Where(key => p.Metadata.Get(key) is null or "" || (key == "quellen" && p.Metadata.GetStrings(key).Count == 0))
                .Select(key => $"{p.SourcePath}: {key}"))
            .ToList();
        missing.ShouldBeEmpty();
    }

    [Fact]
    public void Site_pages_required_by_law_exist()
    {
        var paths = _site.Pages.Select(p => p.ContentPath()).ToHashSet();
        paths.ShouldContain("leichte-sprache.md");
        paths.ShouldContain("erklaerung-barrierefreiheit.md");
        paths.ShouldContain("impressum.md");
        paths.ShouldContain("datenschutzerklaerung.md");
        paths.ShouldContain("glossar.md");
    }
}

/// <summary>Checks the repository's site once (no writing) for the inventory tests.</summary>
public sealed class RepositoryCheck : IAsyncLifetime
{
    public IReadOnlyList<Document> Pages { get; private set; } = [];
    public Dictionary<string, object?> Data { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var result = await SiteBuilder.BuildAsync(new BuildOptions(TestSite.RepositoryRoot, Write: false));
        result.Errors.ShouldBeEmpty();
        Pages = result.Outputs[nameof(ContentPipeline), Phase.Process];
        Data = result.Outputs.FromPipeline(nameof(DataPipeline))
            .ToDictionary(d => d.Title, d => d.Metadata.Get(ContentKeys.DataValue));
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

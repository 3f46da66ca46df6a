using Lotse.Search;
using Shouldly;
using Xunit;

namespace Lotse.Search.Tests;

public class SearchRefsTests
{
    [Theory]
    [InlineData(0, "0")]
    [InlineData(9, "9")]
    [InlineData(10, "a")]
    [InlineData(35, "z")]
    [InlineData(36, "10")]
    [InlineData(1295, "zz")]
    [InlineData(1296, "100")]
    public void A_ref_is_the_position_in_base_36(int position, string expected) =>
        SearchRefs.Of(position).ShouldBe(expected);

    [Fact]
    public void Refs_of_a_big_shard_are_all_different() =>
        Enumerable.Range(0, 100_000).Select(SearchRefs.Of).Distinct().Count().ShouldBe(100_000);

    [Fact]
    public void A_written_shard_keys_its_store_by_short_refs_and_keeps_the_url()
    {
        SearchDocument Page(string url, string title) => new(url, url, "Leitfaden", title, null, "", "Text über " + title, [], [], false);
        var files = SearchIndexWriter.Write([Page("leitfaden/a/index.html", "Antrag"), Page("leitfaden/b/index.html", "Bescheid")], new SearchSynonyms([]));
        var shard = files.Single(f => f.RelativePath == "assets/search/index-leitfaden.js").Text();
        shard.ShouldContain("\"0\":{\"t\":\"Antrag\",\"u\":\"leitfaden/a/index.html\"");
        shard.ShouldContain("\"1\":{\"t\":\"Bescheid\",\"u\":\"leitfaden/b/index.html\"");
        // The compact index's vectors start with field, document number and count: the title of document 1.
        shard.ShouldContain("\"terms\":[");
        shard.ShouldContain("\"vectors\":[");
        shard.ShouldNotContain("\"leitfaden/a/index.html\":");
    }
}

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
    public void A_written_shard_keeps_its_store_in_ref_order_with_compact_urls()
    {
        SearchDocument Page(string url, string title, string? section = null) =>
            new(url, url, "Leitfaden", title, section, "", "Text über " + title, [], [], false);
        var files = SearchIndexWriter.Write(
            [Page("leitfaden/a/index.html", "Antrag"), Page("leitfaden/a/index.html#frist", "Antrag", "Frist"), Page("leitfaden/b.html", "Bescheid")],
            new SearchSynonyms([]));
        var shard = files.Single(f => f.RelativePath == "assets/search/index-leitfaden.js").Text();
        // Document 0's page without its last index.html; document 1 a section of the same page with the same title.
        shard.ShouldContain("[\"Antrag\",\"leitfaden/a/\",\"Text über Antrag\"]");
        shard.ShouldContain("[0,\"#frist\",\"Text über Antrag\",\"Frist\"]");
        shard.ShouldContain("[\"Bescheid\",\"leitfaden/b.html\",\"Text über Bescheid\"]");
        shard.ShouldContain("\"terms\":\"");
        shard.ShouldContain("\"postings\":\"");
        shard.ShouldNotContain("\"leitfaden/a/index.html\"");
    }

    [Theory]
    [InlineData("a/index.html", "", "a/")]
    [InlineData("a/index.html#x", "a/index.html", "#x")]
    [InlineData("a/index.html#x", "b/index.html", "a/#x")]
    [InlineData("#x", "a/index.html", "!#x")]
    [InlineData("#x", "", "#x")]
    [InlineData("!a.html", "", "!!a.html")]
    [InlineData("a/", "", "!a/")]
    [InlineData("index.html", "", "index.html")]
    public void A_url_is_kept_relative_to_the_page_before(string url, string previousPage, string expected) =>
        SearchIndexWriter.CompactUrl(url, ref previousPage).ShouldBe(expected);
}

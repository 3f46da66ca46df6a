
using Lotse.Blocks.Config;
using Lotse.Blocks.Paths;

namespace Lotse.Tests.Units;

public sealed class SiteUrlsTests
{
    [Theory]
    [InlineData("index.md", "index.html")]
    [InlineData("a.md", "a/index.html")]
    [InlineData("leitfaden/index.md", "leitfaden/index.html")]
    [InlineData("leitfaden/reifegradmodell.md", "leitfaden/reifegradmodell/index.html")]
    public void Output_paths_are_folders_with_an_index(string source, string output) => SiteUrls.OutputPathFor(source).ShouldBe(output);

    [Theory]
    [InlineData("a/index.html", "b/index.html", LinkStyle.Files, "../b/index.html")]
    [InlineData("a/index.html", "b/index.html", LinkStyle.Directories, "../b/")]
    [InlineData("index.html", "index.html", LinkStyle.Directories, "./")]
    [InlineData("a/b/index.html", "index.html", LinkStyle.Files, "../../index.html")]
    [InlineData("a/b/index.html", "a/c/index.html", LinkStyle.Files, "../c/index.html")]
    [InlineData("a/index.html", "a/x/index.html", LinkStyle.Files, "x/index.html")]
    [InlineData("a/index.html", "assets/css/site.css", LinkStyle.Directories, "../assets/css/site.css")]
    [InlineData("a/index.html", "a/index.html", LinkStyle.Files, "index.html")]
    [InlineData("a/index.html", "a/index.html", LinkStyle.Directories, "./")]
    [InlineData("a/b/c/d/index.html", "x.css", LinkStyle.Files, "../../../../x.css")]
    [InlineData("ab/index.html", "a/index.html", LinkStyle.Files, "../a/index.html")]
    public void Relative_urls_lead_from_one_output_to_another(string from, string to, LinkStyle style, string url) =>
        SiteUrls.Relative(from, to, style).ShouldBe(url);

    [Theory]
    [InlineData("faq", "../leitfaden/a.md", "leitfaden/a.md")]
    [InlineData("faq/x", "./b.md", "faq/x/b.md")]
    [InlineData("", "../etc/passwd", null)]
    [InlineData("faq", "../../etc/passwd", null)]
    [InlineData("a/b", "../../x/", "x/")]
    [InlineData("a/b", "..", "a")]
    [InlineData("a", "b/../../..", null)]
    [InlineData("a", "/x//y", "x/y")]
    [InlineData("", "", "")]
    [InlineData("a", "../", "")]
    [InlineData("a/./b", "c/./d/../e", "a/b/c/e")]
    public void Combine_stays_inside_the_content_folder(string folder, string relative, string? expected) =>
        SiteUrls.Combine(folder, relative).ShouldBe(expected);

    [Fact]
    public void Combine_handles_paths_deeper_than_its_buffer()
    {
        var deep = string.Join('/', Enumerable.Range(0, 100).Select(i => "d" + i));
        SiteUrls.Combine(deep, "../x.md").ShouldBe(string.Join('/', Enumerable.Range(0, 99).Select(i => "d" + i)) + "/x.md");
        SiteUrls.Combine("", string.Concat(Enumerable.Repeat("a/", 70)) + string.Concat(Enumerable.Repeat("../", 71))).ShouldBeNull();
    }
}

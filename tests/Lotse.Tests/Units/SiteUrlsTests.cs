using Lotse.Config;
using Lotse.Paths;

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
    public void Relative_urls_lead_from_one_output_to_another(string from, string to, LinkStyle style, string url) =>
        SiteUrls.Relative(from, to, style).ShouldBe(url);

    [Theory]
    [InlineData("faq", "../leitfaden/a.md", "leitfaden/a.md")]
    [InlineData("faq/x", "./b.md", "faq/x/b.md")]
    [InlineData("", "../etc/passwd", null)]
    [InlineData("faq", "../../etc/passwd", null)]
    public void Combine_stays_inside_the_content_folder(string folder, string relative, string? expected) =>
        SiteUrls.Combine(folder, relative).ShouldBe(expected);
}

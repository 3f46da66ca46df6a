using Lotse.Features.SiteSearch;

namespace Lotse.Tests.Units;

/// <summary>Issue 26: the search index splits 10k pages with one <see cref="HtmlSections"/> per thread, which keeps its
/// text buffers from page to page; what a page is split into must not depend on the pages before it.</summary>
public sealed class HtmlSectionsTests
{
    private const string Long =
        "<p>Der Antrag wird &amp; bleibt   geprüft.</p><h2 id=\"fristen\">Fristen <em>und</em> Termine</h2><p>" +
        "Eine Frist von vier Wochen, danach ein Bescheid.</p><script>var x = 1;</script><h3 id=\"k\">Kosten</h3><p>Keine.</p>";

    private const string Short = "<h2 id=\"a\">Nur</h2><p>Text</p>";

    private static string Shape(IReadOnlyList<HtmlSection> sections) =>
        string.Join(" | ", sections.Select(s => $"{s.Id}/{s.Heading}/{s.Text}"));

    [Fact]
    public void A_page_is_split_the_same_after_any_other_page()
    {
        var splitter = new HtmlSections();
        var longFirst = Shape(splitter.Split(Long));
        var shortAfterLong = Shape(splitter.Split(Short));
        var empty = Shape(splitter.Split(""));
        var longAgain = Shape(splitter.Split(Long));

        shortAfterLong.ShouldBe(Shape(new HtmlSections().Split(Short)));
        empty.ShouldBe(Shape(new HtmlSections().Split("")));
        longAgain.ShouldBe(longFirst);
        longFirst.ShouldBe("//Der Antrag wird & bleibt geprüft. | fristen/Fristen und Termine/Eine Frist von vier Wochen, danach ein Bescheid. | k/Kosten/Keine.");
    }

    [Fact]
    public void A_heading_left_open_does_not_leak_into_the_next_page()
    {
        var splitter = new HtmlSections();
        splitter.Split("<p>Vorher</p><h2 id=\"x\">Offene Überschrift");
        Shape(splitter.Split(Short)).ShouldBe(Shape(new HtmlSections().Split(Short)));
    }
}

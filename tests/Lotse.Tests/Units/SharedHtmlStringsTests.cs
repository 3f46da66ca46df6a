using Lotse.Site;
using Lotse.Site.Pipelines;
using Lotse.Tests.Testing;

namespace Lotse.Tests.Units;

/// <summary>Issue 26 (memory): the link check's facts of all pages stay alive until the end of a build, and most of a page's
/// ids and references are its neighbours' (header, navigation, footer): the pages of a build share one instance of each,
/// and the link check finds what it found before.</summary>
public sealed class SharedHtmlStringsTests
{
    private const string Site = """
        -- lotse.yml --
        title: Testseite
        -- themes/default/layouts/_base.html --
        <!DOCTYPE html><html lang="de"><head><title>{{ page.title }}</title></head><body><nav id="hauptnavigation"><a href="{{ rel }}index.html">Start</a>
        <a href="{{ rel }}leitfaden/a/index.html">A</a><a href="{{ rel }}leitfaden/b/index.html#fehlt">B</a></nav>{{ body }}</body></html>
        -- themes/default/layouts/page.html --
        <main><h1>{{ page.title }}</h1>{{ page.content }}</main>
        -- themes/default/layouts/section.html --
        <main><h1>{{ page.title }}</h1>{{ page.content }}</main>
        -- content/index.md --
        # Start
        -- content/leitfaden/a.md --
        # Seite A

        ## Teil

        ## Nur hier
        -- content/leitfaden/b.md --
        # Seite B

        ## Teil
        """;

    [Fact]
    public async Task Pages_share_one_instance_of_each_equal_id_and_reference_and_the_link_check_reports_as_before()
    {
        using var site = await TestSite.BuildAsync(Site);
        var pages = site.Result.Outputs.FromPipeline(nameof(ContentPipeline));
        var a = pages.Single(d => d.OutputPath == "leitfaden/a/index.html");
        var b = pages.Single(d => d.OutputPath == "leitfaden/b/index.html");
        var linksOfA = a.Metadata.Get<IReadOnlyList<string>>(ContentKeys.HtmlLinks).ShouldNotBeNull();
        var linksOfB = b.Metadata.Get<IReadOnlyList<string>>(ContentKeys.HtmlLinks).ShouldNotBeNull();
        linksOfA.ShouldBe(["../../index.html", "../../leitfaden/a/index.html", "../../leitfaden/b/index.html#fehlt"]);
        linksOfB.ShouldBe(linksOfA);
        linksOfA.Zip(linksOfB).ShouldAllBe(pair => ReferenceEquals(pair.First, pair.Second));
        var idsOfA = a.Metadata.Get<IReadOnlySet<string>>(ContentKeys.Anchors).ShouldNotBeNull();
        var idsOfB = b.Metadata.Get<IReadOnlySet<string>>(ContentKeys.Anchors).ShouldNotBeNull();
        idsOfA.ShouldBe(["hauptnavigation", "teil", "nur-hier"]);
        idsOfB.ShouldBe(["hauptnavigation", "teil"]);
        idsOfA.Zip(idsOfB).ShouldAllBe(pair => ReferenceEquals(pair.First, pair.Second));
        // The id of a heading of one page only is the instance the page's headings hold.
        var heading = a.Metadata.Get<IReadOnlyList<Lotse.Blocks.Markdown.Heading>>(ContentKeys.Headings).ShouldNotBeNull().Single(h => h.Id == "nur-hier");
        ReferenceEquals(idsOfA.Single(id => id == "nur-hier"), heading.Id).ShouldBeTrue();
        // The missing anchor is reported on every page that refers to it (the section page made for leitfaden/ too), as before.
        site.Result.Diagnostics.Where(d => d.Message.Contains("#fehlt", StringComparison.Ordinal)).Select(d => d.Path).ShouldBe(
            ["content/index.md", "content/leitfaden/a.md", "content/leitfaden/b.md", "content/leitfaden/index.md"], ignoreOrder: true);
    }
}

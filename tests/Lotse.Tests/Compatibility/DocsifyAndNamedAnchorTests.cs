using Lotse.Tests.Testing;

namespace Lotse.Tests.Compatibility;

/// <summary>Issue 20: docsify's links count from the docs root (<c>links_from_root: true</c>, with <c>?id=anker</c> as the
/// anchor); an <c>&lt;a name="x"&gt;</c> of older guides is a link target like an id.</summary>
public sealed class DocsifyAndNamedAnchorTests
{
    private const string Docsify = """
        -- content/index.md --
        # Start
        -- content/toots/sichtbarkeit.md --
        # Sichtbarkeit

        ## Öffentlich
        -- content/mastodon/crossposting.md --
        # Crossposting

        [a](toots/sichtbarkeit.md) [b](toots/sichtbarkeit.md?id=öffentlich) [c](../toots/sichtbarkeit.md)
        """;

    [Fact]
    public async Task With_links_from_root_a_relative_link_that_names_nothing_beside_its_file_is_taken_from_the_docs_root()
    {
        using var site = await TestSite.BuildAsync("-- lotse.yml --\nlinks_from_root: true\n" + Docsify);
        site.ShouldSucceedWithoutDiagnostics();
        site.AssertFile("mastodon/crossposting/index.html", "href=\"../../toots/sichtbarkeit/index.html\"", "sichtbarkeit/index.html#oeffentlich\"");
    }

    [Fact]
    public async Task Without_links_from_root_the_same_link_is_missing()
    {
        using var site = await TestSite.BuildAsync(Docsify);
        site.Diagnostics.ShouldContain(d => d.Contains("error LOT0401: Link 'toots/sichtbarkeit.md' points to 'content/mastodon/toots/sichtbarkeit.md'"));
    }

    [Fact]
    public async Task A_named_anchor_in_raw_html_is_a_link_target_and_a_missing_one_is_still_reported()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/index.md --
            # Start

            [Glossar](#glossar_hvd) [fehlt](#glossar_fehlt)

            **<a name="glossar_hvd">High-value Datasets</a>** sind …
            """);
        site.Diagnostics.ShouldHaveSingleItem().ShouldContain("error LOT0402: Link '#glossar_fehlt' points to a missing anchor");
    }
}

using Lotse.Tests.Testing;

namespace Lotse.Tests.Compatibility;

/// <summary>Issue 20, <c>exclude:</c> in <c>lotse.yml</c>: a guide's repository holds files its generator never
/// published (Quarto copies only what its pages render or reference: an old HTML edition, include snippets).
/// Excluded files are neither pages nor copied, and a link to one is reported.</summary>
public sealed class ContentExclusionTests
{
    [Fact]
    public async Task Excluded_folders_and_patterns_are_neither_pages_nor_copied()
    {
        using var site = await TestSite.BuildAsync("""
            -- lotse.yml --
            title: Handbuch
            exclude:
              - v1.0.0/
              - templates
              - "**/*.tex"
            -- content/index.md --
            # Start

            ![Logo](media/logo.png)
            -- content/media/logo.png --
            png
            -- content/media/druck.tex --
            \documentclass{book}
            -- content/druck.tex --
            \documentclass{book}
            -- content/v1.0.0/index.html --
            <html><body><a href="gibt-es-nicht.html">alt</a></body></html>
            -- content/v1.0.0/kapitel.md --
            # Altes Kapitel
            -- content/templates/contributors.md --
            # Schnipsel
            -- content/templates/chapters.html --
            <script>alert(1)</script>
            """);
        site.ShouldSucceedWithoutDiagnostics();
        site.Exists("media/logo.png").ShouldBeTrue();
        site.Exists("index.html").ShouldBeTrue();
        foreach (var left in new[] { "druck.tex", "media/druck.tex", "v1.0.0/index.html", "v1.0.0/kapitel/index.html",
                     "templates/contributors/index.html", "templates/chapters.html" })
            site.Exists(left).ShouldBeFalse(left);
    }

    [Fact]
    public async Task A_link_to_an_excluded_file_is_reported_like_a_missing_file()
    {
        using var site = await TestSite.BuildAsync("""
            -- lotse.yml --
            title: Handbuch
            exclude: alt/
            -- content/index.md --
            # Start

            [Die alte Ausgabe](alt/index.html)
            -- content/alt/index.html --
            <p>alt</p>
            """);
        site.Diagnostics.ShouldHaveSingleItem().ShouldContain("LOT0401");
    }

    [Fact]
    public async Task An_exclude_that_is_no_pattern_is_reported_at_the_setting()
    {
        using var site = await TestSite.BuildAsync("""
            -- lotse.yml --
            title: Handbuch
            exclude: { alt: true }
            -- content/index.md --
            # Start
            -- content/alt/index.html --
            <p>alt</p>
            """);
        site.Diagnostics.ShouldHaveSingleItem().ShouldContain("lotse.yml(2,10): error LOT0165");
        site.Diagnostics[0].ShouldContain("'exclude'");
    }
}

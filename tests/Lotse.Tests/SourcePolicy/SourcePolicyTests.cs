using Lotse.Blocks.Diagnostics;
using Lotse.Site;
using Lotse.Tests.Testing;

namespace Lotse.Tests.SourcePolicy;

/// <summary>Issue 23: the source policy of <c>lotse check</c> (<c>sources:</c> in lotse.yml) on whole mini-sites: refused
/// and allowed domains, bare homepages, and the <c>ungeprueft</c> marks of pages with unverified sources.</summary>
public sealed class SourcePolicyTests
{
    private const string Policy = """
        -- lotse.yml --
        title: Testseite
        sources:
          refused: [spiegel-der-gesetze.example, kanzlei.example]
          homepages: refused
          unverified:
            - https://gesetze.example/ozg/__1a.html
            - https://entwurf.example/ordner/*
            - url: https://alt.example/beschluss.pdf
              replacement: https://amtlich.example/beschluss.html

        """;

    private static string Page(string path, string sources, string extra = "") => $"""
        -- {path} --
        ---
        title: {Path.GetFileNameWithoutExtension(path)}
        description: Kurz.
        stand: 2026-01-01
        quellen:
        {sources}
        {extra}
        ---

        Text.

        """;

    /// <summary>Runs <c>lotse check</c> (strict when asked) and returns the policy's diagnostics (LOT072x) and the outcome.</summary>
    private static async Task<(List<string> Diagnostics, BuildResult Result)> CheckAsync(string files, bool strict = false)
    {
        using var site = await TestSite.BuildAsync(files, write: false);
        var result = await SiteBuilder.BuildAsync(new BuildOptions(site.Root, Write: false, Strict: strict, ContentChecks: true));
        return (result.Diagnostics.Where(d => d.Code.StartsWith("LOT072", StringComparison.Ordinal)).Select(d => d.ToString()).ToList(), result);
    }

    [Fact]
    public async Task Refused_domains_with_their_subdomains_and_bare_homepages_are_warnings_at_the_entry_line()
    {
        var (diagnostics, result) = await CheckAsync(Policy + Page("content/a.md", """
              - https://amtlich.example/seite.html
              - https://www.spiegel-der-gesetze.example/ozg/3
              - https://kanzlei.example/
              - https://amtlich.example/
              - https://amtlich.example/?id=7
              - Brief des Ministeriums vom 1. Januar 2024
            """), strict: true);
        diagnostics.ShouldBe([
            "content/a.md(7,1): warning LOT0720: Source 'https://www.spiegel-der-gesetze.example/ozg/3' is from 'spiegel-der-gesetze.example', which this site refuses ('sources.refused' in lotse.yml). Cite the original: the official page, the decision or the law itself.",
            "content/a.md(8,1): warning LOT0720: Source 'https://kanzlei.example/' is from 'kanzlei.example', which this site refuses ('sources.refused' in lotse.yml). Cite the original: the official page, the decision or the law itself.",
            "content/a.md(8,1): warning LOT0722: Source 'https://kanzlei.example/' is a homepage, which proves nothing. Cite the page that states the fact.",
            "content/a.md(9,1): warning LOT0722: Source 'https://amtlich.example/' is a homepage, which proves nothing. Cite the page that states the fact.",
        ]);
        result.Succeeded.ShouldBeFalse(); // warnings fail --strict
    }

    [Fact]
    public async Task With_an_allowed_list_only_those_domains_pass_and_homepages_may_be_allowed()
    {
        var (diagnostics, _) = await CheckAsync("""
            -- lotse.yml --
            title: T
            sources:
              allowed: [bund.example, fitko.example]
              homepages: allowed

            """ + Page("content/a.md", """
              - https://www.bund.example/a.html
              - https://docs.fitko.example/
              - https://firma.example/produkt
            """));
        diagnostics.ShouldBe([
            "content/a.md(8,1): warning LOT0721: Source 'https://firma.example/produkt' is from 'firma.example', which is not one of the allowed domains ('sources.allowed' in lotse.yml). Cite a source from an allowed domain, or add the domain there.",
        ]);
    }

    [Fact]
    public async Task A_marked_page_with_an_unverified_source_is_a_note_that_does_not_fail_strict()
    {
        var (diagnostics, result) = await CheckAsync(Policy + Page("content/a.md", """
              - https://amtlich.example/seite.html
              - http://gesetze.example/ozg/__1a.html/
              - https://entwurf.example/ordner/datei.pdf
            """, "ungeprueft: true"), strict: true);
        diagnostics.ShouldBe([
            "content/a.md(9,1): info LOT0723: The page is marked 'ungeprueft: true': 2 sources not yet checked in the original: http://gesetze.example/ozg/__1a.html/, https://entwurf.example/ordner/datei.pdf. Once checked, remove them from 'sources.unverified' in lotse.yml, and the mark.",
        ]);
        result.Succeeded.ShouldBeTrue(string.Join('\n', result.Diagnostics));
        result.Notes.Count().ShouldBe(1);
    }

    [Fact]
    public async Task A_stale_mark_an_unmarked_unverified_source_and_a_known_replacement_are_warnings()
    {
        var (diagnostics, _) = await CheckAsync(Policy
            + Page("content/stale.md", "  - https://amtlich.example/seite.html", "ungeprueft: true")
            + Page("content/unmarked.md", "  - https://gesetze.example/ozg/__1a.html")
            + Page("content/replaced.md", "  - https://alt.example/beschluss.pdf", "ungeprueft: true"));
        diagnostics.ShouldBe([
            "content/replaced.md(6,1): warning LOT0726: Source 'https://alt.example/beschluss.pdf' is not checked in the original, and a checked source replaces it: 'https://amtlich.example/beschluss.html'. Cite that instead.",
            "content/replaced.md(7,1): info LOT0723: The page is marked 'ungeprueft: true': 1 source not yet checked in the original: https://alt.example/beschluss.pdf. Once checked, remove it from 'sources.unverified' in lotse.yml, and the mark.",
            "content/stale.md(7,1): warning LOT0725: The page is marked 'ungeprueft: true', but none of its sources is unverified ('sources.unverified' in lotse.yml). Remove the mark, or list the unchecked source there.",
            "content/unmarked.md(6,1): warning LOT0724: Source 'https://gesetze.example/ozg/__1a.html' is not yet checked in the original ('sources.unverified' in lotse.yml), but the page is not marked. Add 'ungeprueft: true' to the front matter so editors see it, or cite a checked source.",
        ]);
    }

    [Fact]
    public async Task MarkedPages_warning_makes_a_marked_page_fail_strict()
    {
        var (diagnostics, result) = await CheckAsync(Policy + "  markedPages: warning\n"
            + Page("content/a.md", "  - https://gesetze.example/ozg/__1a.html", "ungeprueft: true"), strict: true);
        diagnostics.ShouldHaveSingleItem().ShouldStartWith("content/a.md(7,1): warning LOT0723: The page is marked 'ungeprueft: true'");
        result.Succeeded.ShouldBeFalse();
    }

    [Fact]
    public async Task Sources_in_flow_style_are_found_on_their_line()
    {
        var (diagnostics, _) = await CheckAsync(Policy + """
            -- content/a.md --
            ---
            title: A
            quellen: [https://amtlich.example/a.html, https://kanzlei.example/b.html]
            ---
            Text.
            """);
        diagnostics.ShouldHaveSingleItem().ShouldStartWith("content/a.md(3,1): warning LOT0720: Source 'https://kanzlei.example/b.html'");
    }

    [Fact]
    public async Task Pages_made_from_data_are_reported_once_at_their_pages_yml()
    {
        var (diagnostics, _) = await CheckAsync(Policy + """
            -- content/_data/felder.yml --
            - id: eins
              name: Eins
            - id: zwei
              name: Zwei
            -- content/felder/_pages.yml --
            data: felder
            key: id
            title: name
            layout: page
            quellen:
              - https://www.kanzlei.example/felder.html
            ungeprueft: true
            """);
        diagnostics.ShouldBe([
            "content/felder/_pages.yml(6,1): warning LOT0720: Source 'https://www.kanzlei.example/felder.html' is from 'kanzlei.example', which this site refuses ('sources.refused' in lotse.yml). Cite the original: the official page, the decision or the law itself.",
            "content/felder/_pages.yml(7,1): warning LOT0725: The page is marked 'ungeprueft: true', but none of its sources is unverified ('sources.unverified' in lotse.yml). Remove the mark, or list the unchecked source there.",
        ]);
    }

    [Fact]
    public async Task Without_a_policy_or_in_lotse_build_nothing_is_reported()
    {
        var page = Page("content/a.md", "  - https://kanzlei.example/", "ungeprueft: true");
        (await CheckAsync(page)).Diagnostics.ShouldBeEmpty();
        using var site = await TestSite.BuildAsync(Policy + page, strict: true);
        site.ShouldSucceedWithoutDiagnostics();
    }

    [Fact]
    public async Task A_policy_setting_that_is_not_understood_is_a_warning()
    {
        var (diagnostics, _) = await CheckAsync("""
            -- lotse.yml --
            title: T
            sources:
              refused: [https://kanzlei.example/]
              homepages: maybe
              forbidden: [x.example]

            """ + Page("content/a.md", "  - https://amtlich.example/a.html"));
        diagnostics.ShouldBe([
            "lotse.yml(3,13): warning LOT0727: 'sources.refused' holds 'https://kanzlei.example/', which is not a domain. Write domains such as 'example.org'.",
            "lotse.yml(4,14): warning LOT0727: 'sources.homepages: maybe' is unknown. Use 'refused' or 'allowed'.",
            "lotse.yml(5,3): warning LOT0727: 'sources.forbidden' is unknown. Use 'refused', 'allowed', 'homepages', 'unverified' or 'markedPages'.",
        ]);
    }

    [Fact]
    public async Task The_repository_site_passes_lotse_check_strict_with_its_policy_and_notes_its_marked_pages()
    {
        var result = await SiteBuilder.BuildAsync(new BuildOptions(TestSite.RepositoryRoot, Write: false, Strict: true, Today: TestSite.RepositoryCommitDay, ContentChecks: true));
        result.Succeeded.ShouldBeTrue(string.Join('\n', result.Diagnostics));
        result.Diagnostics.Where(d => d.Severity != Severity.Info).ShouldBeEmpty();
        var notes = result.Notes.ToList();
        notes.ShouldNotBeEmpty();
        notes.ShouldAllBe(d => d.Code == DiagnosticCodes.SourceUnverifiedMarked);
    }
}

using Lotse.Site;
using Lotse.Tests.Testing;

namespace Lotse.Tests.Compatibility;

/// <summary>Issue 20, point 9: the abbreviation check of <c>lotse check</c> flags abbreviations an editor must
/// explain, not product names, words in the author's own <c>&lt;abbr&gt;</c>, German words in capitals,
/// identifiers or roman numerals; a site allows its own terms and can switch the check off.</summary>
public sealed class AbbreviationCheckTests
{
    private static async Task<List<string>> CheckAsync(string files)
    {
        using var site = await TestSite.BuildAsync(files, write: false);
        var result = await SiteBuilder.BuildAsync(new BuildOptions(site.Root, Write: false, ContentChecks: true));
        return result.Diagnostics.Select(d => d.ToString()).Where(d => d.Contains("LOT0709")).ToList();
    }

    [Fact]
    public async Task Only_the_real_abbreviation_is_reported()
    {
        var diagnostics = await CheckAsync("""
            -- content/index.md --
            # Start

            Der Code liegt auf GitHub und GitLab, die Daten in PostgreSQL. Das <abbr title="Onlinezugangsgesetz">OZG</abbr> gilt.
            WICHTIG: Setzen Sie REPLACE_ME auf den Wert aus Teil II und Kapitel IV. Der SGB-Text steht im BGB.
            """);
        diagnostics.ShouldBe(["content/index.md(4,95): warning LOT0709: The abbreviation 'BGB' is not in the glossary (content/_data/glossar.yml). Add it there with its long form, or write it out."]);
    }

    [Fact]
    public async Task A_site_allows_its_own_terms_and_switches_the_check_off()
    {
        var allowed = await CheckAsync("""
            -- lotse.yml --
            checks:
              allowedAbbreviations: [BGB, MySQL]
            -- content/index.md --
            # Start

            Das BGB gilt, die Daten liegen in MySQL.
            """);
        allowed.ShouldBeEmpty();
        var off = await CheckAsync("""
            -- lotse.yml --
            diagnostics:
              LOT0709: off
            -- content/index.md --
            # Start

            Das BGB und die ZPO gelten.
            """);
        off.ShouldBeEmpty();
    }
}

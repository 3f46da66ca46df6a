using System.IO.Compression;
using System.Text.RegularExpressions;
using Lotse.Site;
using Lotse.Tests.Testing;

namespace Lotse.Tests.Compatibility;

/// <summary>Issue 20, point 8: the site's identity (title, claim, publisher, archive name, required front matter) comes
/// from its lotse.yml; the tool and the default theme bring nothing of the OZG site.</summary>
public sealed partial class SiteIdentityTests
{
    /// <summary>A small site of another publisher, built with the default theme that ships next to the tool.</summary>
    private const string OtherSite = """
        -- lotse.yml --
        title: Handbuch Stadtwerke Nordheim
        description: Anleitungen für die Kundschaft der Stadtwerke
        claim: Strom, Wasser und Wärme verständlich erklärt
        search: true
        footer: [impressum.md]
        publisher:
          name: Stadtwerke Nordheim GmbH
          address:
            - Hafenstraße 3
            - 24999 Nordheim
          email: kontakt@stadtwerke-nordheim.example
          phone: +49 4321 555-0
          responsible: Petra Beispiel, Redaktion
        -- content/index.md --
        ---
        title: Willkommen
        description: Die Startseite.
        ---
        Hier finden Sie Anleitungen.
        -- content/anleitungen/_dir.yml --
        bereich: anleitungen
        -- content/anleitungen/index.md --
        ---
        title: Anleitungen für Kunden
        description: Schritt für Schritt erklärt.
        ---
        Alle Anleitungen.
        -- content/anleitungen/zaehler.md --
        ---
        title: Zählerstand melden
        description: So melden Sie den Zählerstand.
        ---
        Lesen Sie den Zähler ab und melden Sie den Stand.
        -- content/faq/_dir.yml --
        bereich: faq
        layout: faq-frage
        -- content/faq/index.md --
        ---
        title: Häufige Fragen
        description: Antworten auf häufige Fragen.
        layout: faq-uebersicht
        ---
        Fragen und Antworten.
        -- content/faq/strom/index.md --
        ---
        title: Strom
        description: Fragen zum Strom.
        layout: faq-thema
        ---
        Alles zum Strom.
        -- content/faq/strom/abschlag.md --
        ---
        title: Wie ändere ich meinen Abschlag?
        description: Den monatlichen Abschlag anpassen.
        kurzantwort: Im Kundenportal oder mit einem Brief an uns.
        ---
        Sie können den Abschlag jederzeit anpassen.
        -- content/impressum.md --
        ---
        title: Impressum
        description: Wer diese Website herausgibt.
        layout: impressum
        nav: false
        ---
        ## Haftung

        Für Links auf andere Websites haften deren Anbieter.
        """;

    private static async Task<(string Root, BuildResult Result)> BuildWithDefaultThemeAsync(string files)
    {
        var root = Directory.CreateTempSubdirectory("lotse-identity-").FullName;
        foreach (var (path, content) in SiteFiles.Parse(files))
        {
            var full = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            await File.WriteAllTextAsync(full, content);
        }
        File.Exists(Path.Combine(root, "themes", "default", "layouts", "_base.html")).ShouldBeFalse("the site uses the theme shipped with the tool");
        return (root, await SiteBuilder.BuildAsync(new BuildOptions(root, Strict: true)));
    }

    private static string Read(string root, string sitePath) => File.ReadAllText(Path.Combine(root, "site", sitePath));

    [Fact]
    public async Task Another_site_gets_its_title_claim_and_publisher_in_header_footer_impressum_and_archive_name()
    {
        var (root, result) = await BuildWithDefaultThemeAsync(OtherSite);
        try
        {
            result.Diagnostics.Select(d => d.ToString()).ShouldBeEmpty();
            var page = System.Net.WebUtility.HtmlDecode(Read(root, "anleitungen/zaehler/index.html"));
            // Header: the title and the claim.
            page.ShouldContain("<span class=\"brand__name\">Handbuch Stadtwerke Nordheim</span><span class=\"brand__claim\">Strom, Wasser und Wärme verständlich erklärt</span>");
            // Footer: the publisher, and the archive named after the site's title.
            page.ShouldContain("<p class=\"site-footer__publisher\">Herausgeber: Stadtwerke Nordheim GmbH</p>");
            page.ShouldContain("href=\"../../download/handbuch-stadtwerke-nordheim-offline.zip\"");
            File.Exists(Path.Combine(root, "site", "download", "handbuch-stadtwerke-nordheim-offline.zip")).ShouldBeTrue();

            // Impressum: publisher, address, contact and the person responsible, then the page's own text.
            var impressum = System.Net.WebUtility.HtmlDecode(Read(root, "impressum/index.html"));
            impressum.ShouldContain("<h2 id=\"herausgeber\">Herausgeber</h2>");
            impressum.ShouldContain("Stadtwerke Nordheim GmbH<br>");
            impressum.ShouldContain("Hafenstraße 3<br>");
            impressum.ShouldContain("24999 Nordheim</p>");
            impressum.ShouldContain("<a href=\"mailto:kontakt@stadtwerke-nordheim.example\">kontakt@stadtwerke-nordheim.example</a>");
            impressum.ShouldContain("<a href=\"tel:+4943215550\">+49 4321 555-0</a>");
            impressum.ShouldContain("<p>Petra Beispiel, Redaktion</p>");
            impressum.IndexOf("Herausgeber</h2>", StringComparison.Ordinal)
                .ShouldBeLessThan(impressum.IndexOf("Für Links auf andere Websites", StringComparison.Ordinal));
        }
        finally { Directory.Delete(root, recursive: true); }
    }

    [Fact]
    public async Task A_generic_site_with_the_default_theme_says_nothing_of_the_OZG_site_anywhere_in_its_output()
    {
        var (root, result) = await BuildWithDefaultThemeAsync(OtherSite);
        try
        {
            result.Succeeded.ShouldBeTrue();
            var found = new List<string>();
            var textFiles = Directory.EnumerateFiles(Path.Combine(root, "site"), "*", SearchOption.AllDirectories)
                .Where(f => Path.GetExtension(f) is ".html" or ".js" or ".css" or ".json" or ".txt" or ".xml" or ".webmanifest" or "");
            foreach (var file in textFiles)
            {
                var text = System.Net.WebUtility.HtmlDecode(File.ReadAllText(file));
                foreach (Match m in OzgWords().Matches(text))
                    found.Add($"{Path.GetRelativePath(Path.Combine(root, "site"), file)}: {m.Value}");
            }
            // The names of files too (the archive, the downloads).
            foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "site"), "*", SearchOption.AllDirectories))
                if (OzgWords().IsMatch(Path.GetRelativePath(Path.Combine(root, "site"), file)))
                    found.Add("file name: " + Path.GetRelativePath(Path.Combine(root, "site"), file));
            // The ZIP's entries' names.
            var archive = Directory.EnumerateFiles(Path.Combine(root, "site", "download"), "*.zip").Single();
            using (var zip = ZipFile.OpenRead(archive))
                found.AddRange(zip.Entries.Where(e => OzgWords().IsMatch(e.FullName)).Select(e => "archive entry: " + e.FullName));
            found.ShouldBeEmpty();
        }
        finally { Directory.Delete(root, recursive: true); }
    }

    [Fact]
    public async Task Required_front_matter_keys_are_a_setting_reported_at_the_page_and_nothing_without_it()
    {
        const string Pages = """
            -- content/index.md --
            ---
            title: Start
            description: Die Startseite.
            stand: 2026-01-01
            quellen: [https://example.org/]
            ---
            Willkommen auf der Website.
            -- content/ohne.md --
            ---
            title: Ohne Datum
            description: Eine Seite ohne Stand und Quellen.
            ---
            Ein kurzer Text.
            """;
        using var without = await TestSite.BuildAsync("-- lotse.yml --\ntitle: T\n" + Pages, write: false, contentChecks: true);
        without.Diagnostics.ShouldNotContain(d => d.Contains("LOT0708"));

        using var with = await TestSite.BuildAsync("-- lotse.yml --\ntitle: T\nchecks:\n  required: [description, stand, quellen]\n" + Pages,
            write: false, contentChecks: true);
        with.Diagnostics.Where(d => d.Contains("LOT0708")).ShouldBe([
            "content/ohne.md(1,1): warning LOT0708: The front matter has no stand, quellen, which the site requires " +
            "('checks: required: [description, stand, quellen]' in lotse.yml). Add them to the page's front matter, or remove them from 'checks.required'.",
        ]);

        using var one = await TestSite.BuildAsync("-- lotse.yml --\ntitle: T\nchecks:\n  required: stand\n" + Pages, write: false, contentChecks: true);
        one.Diagnostics.Where(d => d.Contains("LOT0708")).ShouldBe([
            "content/ohne.md(1,1): warning LOT0708: The front matter has no stand, which the site requires " +
            "('checks: required: [stand]' in lotse.yml). Add it to the page's front matter, or remove it from 'checks.required'.",
        ]);
    }

    [Theory]
    [InlineData("Mein Leitfaden", "mein-leitfaden-offline.zip")]
    [InlineData("Bürgerservice Köln – Straßen", "buergerservice-koeln-strassen-offline.zip")]
    [InlineData("!!!", "website-offline.zip")]
    public void The_archive_name_without_a_setting_is_the_title_as_a_slug(string title, string expected) =>
        Lotse.Features.Offline.OfflineSettings.DefaultArchiveName(title).ShouldBe(expected);

    /// <summary>Words that belong to the OZG site and must not appear in another site's output: the term list of
    /// <see cref="NoSiteTermsInToolTests"/>.</summary>
    private static Regex OzgWords() => NoSiteTermsInToolTests.Terms;

    [Fact]
    public async Task The_search_labels_a_generic_site_s_areas_by_its_own_section_titles_or_its_areas_setting()
    {
        var (root, result) = await BuildWithDefaultThemeAsync(OtherSite);
        try
        {
            result.Diagnostics.Select(d => d.ToString()).ShouldBeEmpty();
            var search = System.Net.WebUtility.HtmlDecode(Read(root, "suche/index.html"));
            // Without 'areas' in lotse.yml: the title of the section page names the area; a page without area is "Allgemein".
            search.ShouldContain("<a href=\"../anleitungen/zaehler/index.html\">Zählerstand melden</a> <span class=\"search-result-area\">Anleitungen für Kunden</span>");
            search.ShouldContain("<a href=\"../faq/strom/abschlag/index.html\">Wie ändere ich meinen Abschlag?</a> <span class=\"search-result-area\">Häufige Fragen</span>");
            search.ShouldContain("<a href=\"../index.html\">Willkommen</a> <span class=\"search-result-area\">Allgemein</span>");
            var shards = string.Join("\n", Directory.EnumerateFiles(Path.Combine(root, "site", "assets", "search")).Select(Path.GetFileName));
            shards.ShouldContain("anleitungen-fuer-kunden");
        }
        finally { Directory.Delete(root, recursive: true); }

        var (named, namedResult) = await BuildWithDefaultThemeAsync(OtherSite.Replace("search: true\n", "search: true\nareas:\n  anleitungen: Ratgeber\n"));
        try
        {
            namedResult.Diagnostics.Select(d => d.ToString()).ShouldBeEmpty();
            System.Net.WebUtility.HtmlDecode(Read(named, "suche/index.html"))
                .ShouldContain("<a href=\"../anleitungen/zaehler/index.html\">Zählerstand melden</a> <span class=\"search-result-area\">Ratgeber</span>");
        }
        finally { Directory.Delete(named, recursive: true); }
    }
}

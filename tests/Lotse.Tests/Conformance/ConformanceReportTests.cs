using System.Text.Json;
using Lotse.Tests.Testing;

namespace Lotse.Tests.Conformance;

/// <summary>Issue 25, point 1: every build writes a report of all 50 WCAG 2.1 A/AA criteria; static checks of the built
/// HTML, checks by people (content/_data/pruefung.yml) and recorded browser tests decide each one's status.</summary>
public sealed class ConformanceReportTests
{
    private const string Theme = """
        -- themes/default/layouts/_base.html --
        <!DOCTYPE html><html lang="de"><head><title>{{ page.title }}</title></head><body><a href="#inhalt">Zum Inhalt</a><header><nav aria-label="Haupt"><a href="{{ page_url "index.md" }}">Start</a></nav><search><input type="search" aria-label="Suchbegriff"></search></header><main id="inhalt">{{ body }}</main><footer><nav aria-label="Service"><a href="{{ page_url "index.md" }}">Start</a></nav></footer></body></html>
        -- themes/default/layouts/page.html --
        <h1>{{ page.title }}</h1>{{ page.content }}
        -- themes/default/layouts/section.html --
        <h1>{{ page.title }}</h1>{{ page.content }}
        -- themes/default/layouts/pruefbericht.html --
        <h1>{{ page.title }}</h1><!--lotse:pruefbericht-->
        -- themes/default/layouts/barrierefreiheit.html --
        <h1>{{ page.title }}</h1><!--lotse:erklaerung-->
        """;

    private static JsonElement Criterion(TestBuild site, string number) =>
        JsonDocument.Parse(site.Read("barrierefreiheit/pruefbericht/pruefbericht.json")).RootElement
            .GetProperty("criteria").EnumerateArray().Single(c => c.GetProperty("number").GetString() == number);

    [Fact]
    public async Task Every_build_reports_all_50_criteria_and_an_image_without_alt_leaves_1_1_1_open()
    {
        // The Markdown's own images are checked (and refused) when the page is rendered; an image a layout writes
        // without alt reaches the output, and the report's static check finds it there.
        using var site = await TestSite.BuildAsync(Theme.Replace("<h1>{{ page.title }}</h1>{{ page.content }}",
            "<h1>{{ page.title }}</h1><img src=\"bild.png\">{{ page.content }}") + "\n" + """
            -- content/index.md --
            # Start
            -- content/bild.png --
            png
            """);
        var report = JsonDocument.Parse(site.Read("barrierefreiheit/pruefbericht/pruefbericht.json")).RootElement;
        Assert.Equal(50, report.GetProperty("criteria").GetArrayLength());
        Assert.Equal(50, report.GetProperty("criteria").EnumerateArray().Select(c => c.GetProperty("number").GetString()).Distinct().Count());
        var alt = Criterion(site, "1.1.1");
        Assert.Equal("open", alt.GetProperty("status").GetString());
        var check = alt.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "img-alt");
        Assert.False(check.GetProperty("passed").GetBoolean());
        Assert.Contains("index.html", check.GetProperty("detail").GetString());
        Assert.Equal("not-applicable", Criterion(site, "1.2.1").GetProperty("status").GetString());
        Assert.Equal("automatic", Criterion(site, "2.4.1").GetProperty("status").GetString());
        site.AssertFile("barrierefreiheit/pruefbericht/index.html", "<caption>Erfolgskriterien der WCAG 2.1", "<th scope=\"row\">1.1.1</th>", "! <!--lotse:");
    }

    [Fact]
    public async Task A_video_makes_the_media_criteria_applicable_and_open()
    {
        using var site = await TestSite.BuildAsync(Theme + "\n" + """
            -- content/index.md --
            # Start

            <video src="film.mp4"></video>
            """);
        Assert.Equal("open", Criterion(site, "1.2.2").GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_check_by_a_person_counts_until_it_expires_and_strict_fails_on_an_open_criterion_unless_it_is_a_known_limitation()
    {
        using var site = await TestSite.BuildAsync(Theme + "\n" + """
            -- content/index.md --
            # Start
            -- content/erklaerung.md --
            ---
            title: Erklärung
            layout: barrierefreiheit
            ---
            -- content/_data/pruefung.yml --
            pruefungen:
              - kriterium: "1.3.3"
                wer: Erika Prüferin
                wann: 2026-01-01
                was: Alle Seiten auf Anweisungen nur über Form, Farbe oder Lage durchgesehen
                ergebnis: bestanden
                gueltig_bis: 2099-01-01
              - kriterium: "1.4.5"
                wer: Erika Prüferin
                wann: 2020-01-01
                was: Bilder auf Text durchgesehen
                ergebnis: bestanden
                gueltig_bis: 2021-01-01
              - kriterium: "9.9.9"
                wer: x
                wann: 2026-01-01
                was: x
                ergebnis: bestanden
                gueltig_bis: 2099-01-01
            bekannte_einschraenkungen:
              - titel: Bilder noch nicht geprüft
                grund: Die Prüfung steht aus.
                kriterien: ["2.5.1"]
            """);
        Assert.Equal("person", Criterion(site, "1.3.3").GetProperty("status").GetString());
        var expired = Criterion(site, "1.4.5");
        Assert.Equal("open", expired.GetProperty("status").GetString());
        Assert.Contains("gültig bis 01.01.2021", expired.GetProperty("open")[0].GetString());
        Assert.Contains(site.Diagnostics, d => d.Contains("LOT0801") && d.Contains("9.9.9"));
        Assert.True(site.Result.Succeeded);
        // A build or serve does not turn red the day evidence expires; 'lotse check' warns, so --strict fails.
        Assert.DoesNotContain(site.Diagnostics, d => d.Contains("LOT0800"));
        using var strict = await TestSite.BuildAsync("", strict: true, write: false, reuse: site, contentChecks: true);
        Assert.Contains(strict.Diagnostics, d => d.Contains("LOT0800") && d.Contains("1.4.5"));
        Assert.DoesNotContain(strict.Diagnostics, d => d.Contains("LOT0800") && d.Contains("criterion 2.5.1 "));
        Assert.False(strict.Result.Succeeded);
    }

    [Fact]
    public async Task The_statement_states_the_status_the_limitations_and_links_the_report()
    {
        using var site = await TestSite.BuildAsync(Theme + "\n" + """
            -- content/index.md --
            # Start
            -- content/erklaerung.md --
            ---
            title: Erklärung
            layout: barrierefreiheit
            ---
            -- content/_data/pruefung.yml --
            bekannte_einschraenkungen:
              - titel: Keine Gebärdensprache
                grund: Videos in DGS fehlen noch.
            """);
        site.AssertFile("erklaerung/index.html", "<strong>nicht barrierefrei</strong>", "<h3>Keine Gebärdensprache</h3>", "<p>Videos in DGS fehlen noch.</p>",
            "href=\"../barrierefreiheit/pruefbericht/index.html\">Prüfbericht zur Barrierefreiheit</a>", "! <!--lotse:");
    }

    [Fact]
    public async Task Browser_results_count_for_the_theme_they_ran_with_and_only_while_fresh()
    {
        using var first = await TestSite.BuildAsync(Theme + "\n" + """
            -- content/index.md --
            # Start
            """);
        var theme = JsonDocument.Parse(first.Read("barrierefreiheit/pruefbericht/pruefbericht.json")).RootElement.GetProperty("theme").GetString();
        var today = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ");
        first.Write("barrierefreiheit-browsertests.json",
            $$"""{ "date": "{{today}}", "commit": "abc", "theme": "{{theme}}", "tests": { "reflow-320": { "passed": true, "detail": "12 Seitenarten" }, "zoom-200": { "passed": false, "detail": "Tabelle abgeschnitten" } } }""");
        using var second = await TestSite.BuildAsync("", reuse: first);
        Assert.Equal("automatic", Criterion(second, "1.4.10").GetProperty("status").GetString());
        Assert.Equal("open", Criterion(second, "1.4.4").GetProperty("status").GetString());
        // A criterion whose browser test is missing from the run (here axe, for contrast) is open, not passed.
        var contrast = Criterion(second, "1.4.3");
        Assert.Equal("open", contrast.GetProperty("status").GetString());
        Assert.Contains("im letzten Lauf nicht ausgeführt", contrast.GetProperty("open")[0].GetString());

        second.Write("themes/default/layouts/page.html", "<h1>{{ page.title }}</h1><div>{{ page.content }}</div>");
        using var third = await TestSite.BuildAsync("", reuse: first);
        var reflow = Criterion(third, "1.4.10");
        Assert.Equal("open", reflow.GetProperty("status").GetString());
        Assert.Contains("anderen Stand des Themes", reflow.GetProperty("open")[0].GetString());
    }

    [Fact]
    public async Task The_statement_says_it_is_a_self_assessment_and_who_checked_and_claims_full_conformance_only_without_open_criteria_or_limitations()
    {
        using var site = await TestSite.BuildAsync(Theme + "\n" + """
            -- content/index.md --
            # Start
            -- content/erklaerung.md --
            ---
            title: Erklärung
            layout: barrierefreiheit
            ---
            -- content/_data/pruefung.yml --
            pruefungen:
              - kriterium: "1.3.3"
                wer: Ein KI-Assistent
                wann: 2026-01-01
                was: Alle Seiten auf Anweisungen nur über Form, Farbe oder Lage durchgesehen
                ergebnis: bestanden
                gueltig_bis: 2099-01-01
              - kriterium: "1.4.5"
                wer: Erika Prüferin
                wann: 2026-01-01
                was: Bilder auf Text durchgesehen
                ergebnis: bestanden
                gueltig_bis: 2099-01-01
            """);
        // No browser results and most manual checks missing: open criteria, so not "vollständig".
        site.AssertFile("erklaerung/index.html", "Die Bewertung ist eine Selbstbewertung, keine Prüfung durch eine unabhängige Prüfstelle.",
            "2 wurden manuell geprüft (durch Ein KI-Assistent: 1, Erika Prüferin: 1)",
            "ein gültiges Ergebnis der Tests im Browser liegt für diesen Stand nicht vor",
            "<strong>nicht barrierefrei</strong>", "! <strong>vollständig barrierefrei</strong>", "! vollständig vereinbar", "! von einer Person geprüft");
        site.AssertFile("barrierefreiheit/pruefbericht/index.html", "Manuelle Prüfung durch Ein KI-Assistent,", "Kriterien manuell geprüft (durch Ein KI-Assistent: 1, Erika Prüferin: 1)",
            "! von einer Person geprüft");
        Assert.Equal("Ein KI-Assistent", Criterion(site, "1.3.3").GetProperty("evidence").GetProperty("who").GetString());
    }

    [Fact]
    public void Every_browser_test_the_report_names_is_recorded_by_a_browser_test_and_the_committed_results_name_no_other()
    {
        var sources = string.Concat(Directory.EnumerateFiles(Path.Combine(TestSite.RepositoryRoot, "tests", "Lotse.BrowserTests", "Conformance"), "*.cs")
            .Select(File.ReadAllText));
        var recorded = System.Text.RegularExpressions.Regex.Matches(sources, "ConformanceRecorder\\.RunAsync\\(site, \"([a-z0-9-]+)\"")
            .Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var named = Lotse.Features.Conformance.WcagCatalogue.All.SelectMany(c => c.BrowserTests).ToHashSet(StringComparer.Ordinal);
        Assert.Empty(named.Except(recorded));
        Assert.Equal(Lotse.Features.Conformance.BrowserTestIds.Descriptions.Keys.Order(StringComparer.Ordinal), recorded.Order(StringComparer.Ordinal));

        var results = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestSite.RepositoryRoot, "barrierefreiheit-browsertests.json"))).RootElement;
        Assert.Empty(results.GetProperty("tests").EnumerateObject().Select(t => t.Name).Except(recorded));
    }
}

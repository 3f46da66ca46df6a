
using Lotse.Tests.Testing;

namespace Lotse.Tests.Offline;

/// <summary>Issue 7, point 3: the single-file FAQ with every question, in-file links and inline search.</summary>
public sealed class SingleFileFaqTests
{
    private const string Site = """
        -- content/index.md --
        # Start
        -- content/leitfaden/a.md --
        # Seite A
        -- content/faq/index.md --
        ---
        title: FAQ für Kommunen
        stand: 2026-01-10
        ---
        Fragen.
        -- content/faq/thema/index.md --
        ---
        title: Erstes Thema
        description: Worum es geht.
        ---
        -- content/faq/thema/frage-eins.md --
        ---
        title: Was ist die erste Frage?
        kurzantwort: Die erste Antwort.
        order: 1
        ---
        ## Mehr dazu {#mehr}

        Siehe [zweite Frage](frage-zwei.md), [hier](#mehr) und [Seite A](../../leitfaden/a.md) sowie [extern](https://example.org/).
        -- content/faq/thema/frage-zwei.md --
        ---
        title: Wie lautet die zweite Frage?
        order: 2
        ---
        Die Bauantragsfrist beträgt </script> nichts.
        """;

    [Fact]
    public async Task It_holds_every_question_with_in_file_links_and_its_search_inline()
    {
        using var site = await TestSite.BuildAsync(Site);
        site.ShouldSucceedWithoutDiagnostics();
        var html = site.Read("download/faq.html");
        html.ShouldContain("<html lang=\"de\">");
        html.ShouldContain("<h2 id=\"thema-thema\">Erstes Thema</h2>");
        html.ShouldContain("<h3 id=\"frage-thema-frage-eins-frage\">Was ist die erste Frage?</h3>");
        html.ShouldContain("<strong>Kurz gesagt:</strong> Die erste Antwort.");
        html.IndexOf("Was ist die erste Frage?", StringComparison.Ordinal).ShouldBeLessThan(html.IndexOf("Wie lautet die zweite Frage?", StringComparison.Ordinal));
        // Headings go below the question; ids get the question's prefix; links stay in the file.
        html.ShouldContain("<h4 id=\"frage-thema-frage-eins-mehr\">Mehr dazu</h4>");
        html.ShouldContain("<a href=\"#frage-thema-frage-zwei\">zweite Frage</a>");
        html.ShouldContain("<a href=\"#frage-thema-frage-eins-mehr\">hier</a>");
        html.ShouldContain("<span>Seite A</span>"); // no base URL: a link into the site becomes text
        html.ShouldContain("<a href=\"https://example.org/\">extern</a>");
        // Nothing loads from elsewhere: styles and scripts inline, the search index included.
        html.ShouldNotContain("<script src");
        html.ShouldNotContain("<link rel=\"stylesheet\"");
        html.ShouldContain("<style>");
        html.ShouldContain("lunr.Index.load");
        html.ShouldContain("LotseSearchManifest");
        html.ShouldContain("Lotse search shard \"faq\"");
        // A "</script>" in the content cannot end a script element early.
        html.Split("</script>").Length.ShouldBe(html.Split("<script>").Length);
    }

    [Fact]
    public async Task Its_search_has_the_glossary_synonyms_like_the_site_search()
    {
        using var site = await TestSite.BuildAsync(Site + "\n-- content/_data/glossar.yml --\n" + """
            - begriff: BAF
              langform: Bauantragsfrist
              erklaerung: Die Frist für Bauanträge.
            """);
        site.ShouldSucceedWithoutDiagnostics();
        var html = site.Read("download/faq.html");
        // The group in the manifest (query side: "BAF" finds "syn0") …
        html.ShouldContain("\"synonyms\":[\n{\"token\":\"syn0\",\"members\":[[\"baf\"],");
        // … and the group's token in the FAQ index where "Bauantragsfrist" stands (index side), as in the site's index.
        // (the compact index lists its vocabulary once, front-coded: the token is one of its terms)
        var terms = System.Text.RegularExpressions.Regex.Match(html, "\"terms\":(\"(?:[^\"\\\\]|\\\\.)*\")").Groups[1].Value;
        Lotse.Search.CompactIndexSerializer.ReadTerms(System.Text.Json.JsonSerializer.Deserialize<string>(terms)!).ShouldContain("syn0");
    }

    [Fact]
    public async Task With_a_base_url_links_into_the_site_point_online()
    {
        using var site = await TestSite.BuildAsync("-- lotse.yml --\ntitle: T\nbaseUrl: https://ozg.example.org/\n" + Site);
        site.ShouldSucceedWithoutDiagnostics();
        site.Read("download/faq.html").ShouldContain("<a href=\"https://ozg.example.org/leitfaden/a/\">Seite A</a>");
    }

    [Fact]
    public async Task A_site_without_FAQ_has_no_single_file_FAQ_but_an_archive()
    {
        using var site = await TestSite.BuildAsync("-- content/index.md --\n# Start\n");
        site.ShouldSucceedWithoutDiagnostics();
        site.Exists("download/faq.html").ShouldBeFalse();
        site.Exists("download/testseite-offline.zip").ShouldBeTrue();
    }
}

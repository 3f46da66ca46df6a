
using Lotse.Site;
using Lotse.Tests.Testing;

namespace Lotse.Tests.Editors;

/// <summary>Issue 8, point 5: content checks for German text, each with its exact message and position.
/// They run in <c>lotse check</c> (<see cref="BuildOptions.ContentChecks"/>); images without alt text are an error in every build.</summary>
public sealed class ContentCheckTests
{
    private const string FrontMatter = """
        ---
        title: Seite
        description: Kurz.
        stand: 2026-01-01
        quellen: [https://example.org/]
        ---
        """;

    private static async Task<List<string>> CheckAsync(string files)
    {
        using var site = await TestSite.BuildAsync(files, write: false);
        var result = await SiteBuilder.BuildAsync(new BuildOptions(site.Root, Write: false, ContentChecks: true));
        return result.Diagnostics.Select(d => d.ToString()).ToList();
    }

    [Fact]
    public async Task A_sentence_over_30_words_is_reported_at_its_first_word()
    {
        var diagnostics = await CheckAsync("-- content/a.md --\n" + FrontMatter + "\n" + """
            Kurzer Satz. Dieser Satz hat viel zu viele Wörter, denn er zählt eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn zwanzig und hört nicht auf.
            """);
        diagnostics.ShouldBe([
            "content/a.md(7,14): warning LOT0702: This sentence has 34 words (at most 30): 'Dieser Satz hat viel zu viele Wörter, denn er zählt eins…'. Split it into shorter sentences.",
        ]);
    }

    [Fact]
    public async Task Abbreviations_like_z_B_and_ordinals_do_not_end_a_sentence_and_the_limit_is_configurable()
    {
        var diagnostics = await CheckAsync("-- lotse.yml --\ntitle: T\nchecks:\n  sentenceWords: 8\n-- content/a.md --\n" + FrontMatter + "\n" + """
            Am 1. Januar gilt z. B. die neue Regel für alle. Das ist gut.
            Der zweite Satz steht auf einer neuen Zeile und ist lang genug.
            """);
        diagnostics.ShouldBe([
            "content/a.md(7,1): warning LOT0702: This sentence has 11 words (at most 8): 'Am 1. Januar gilt z. B. die neue Regel für alle.'. Split it into shorter sentences.",
            "content/a.md(8,1): warning LOT0702: This sentence has 12 words (at most 8): 'Der zweite Satz steht auf einer neuen Zeile und ist lang…'. Split it into shorter sentences.",
        ]);
    }

    [Fact]
    public async Task An_abbreviation_inside_a_glossary_term_of_several_words_or_in_parentheses_with_a_name_is_known()
    {
        var diagnostics = await CheckAsync("-- content/_data/glossar.yml --\n" + """
            - begriff: DIN SPEC
              langform: Spezifikation des Deutschen Instituts für Normung
              erklaerung: Eine schnell erarbeitete Norm.
            """ + "\n-- content/a.md --\n" + FrontMatter + "\n" + """
            Der Standard ist die Grundlage der DIN SPEC 66336. Auch die Justiz (BLK Justiz) arbeitet mit.
            Die SPEC ist danach bekannt, die XYZ nicht. Daten (XML, eine Sprache) fließen.
            """ + "\n-- content/b.md --\n" + FrontMatter.Replace("title: Seite", "title: B") + "\n" + """
            Die SPEC allein ist unbekannt.
            """);
        diagnostics.ShouldBe([
            "content/a.md(8,34): warning LOT0709: The abbreviation 'XYZ' is not in the glossary (content/_data/glossar.yml). Add it there with its long form, or write it out.",
            "content/a.md(8,52): warning LOT0709: The abbreviation 'XML' is not in the glossary (content/_data/glossar.yml). Add it there with its long form, or write it out.",
            "content/b.md(7,5): warning LOT0709: The abbreviation 'SPEC' is not in the glossary (content/_data/glossar.yml). Add it there with its long form, or write it out.",
        ]);
    }

    [Fact]
    public async Task A_paragraph_heavy_with_passive_voice_is_reported_but_future_tense_is_not_passive()
    {
        var diagnostics = await CheckAsync("-- content/a.md --\n" + FrontMatter + "\n" + """
            Der Antrag wird geprüft. Danach wird der Bescheid verschickt. Das Amt hilft gern.

            Die Kommune wird den Antrag prüfen. Sie wird ihn dann bearbeiten. Das Land hilft.
            """);
        diagnostics.ShouldBe([
            "content/a.md(7,1): warning LOT0703: 2 of the 3 sentences of this paragraph are in the passive voice. Say who does what: 'Das Amt prüft den Antrag' instead of 'Der Antrag wird geprüft'.",
        ]);
    }

    [Fact]
    public async Task Readability_below_the_configured_threshold_is_reported_per_page()
    {
        const string hard = "Verwaltungsdigitalisierungsvorhaben erfordern interdisziplinäre Zusammenarbeit. " +
                            "Informationssicherheitsanforderungen beeinflussen Architekturentscheidungen grundlegend. " +
                            "Nachnutzungsvereinbarungen regeln Finanzierungsverantwortlichkeiten verbindlich. " +
                            "Registermodernisierungsmaßnahmen ermöglichen automatisierte Datenübermittlungen zwischen Behörden. " +
                            "Interoperabilitätsstandards gewährleisten Kommunikationsfähigkeit unterschiedlicher Fachverfahren. " +
                            "Digitalisierungsprogramme benötigen kontinuierliche und dokumentierte Erfolgskontrolle.";
        var diagnostics = await CheckAsync("-- content/schwer.md --\n" + FrontMatter + "\n" + hard + "\n" +
            "-- content/leicht.md --\n" + FrontMatter.Replace("title: Seite", "title: Leicht") + "\n" +
            "Sie stellen den Antrag online. Das Amt prüft ihn. Dann bekommen Sie einen Bescheid. Das geht schnell. " +
            "Sie müssen nicht ins Amt gehen. Alles läuft im Netz. Sie sparen Zeit und Wege. Bei Fragen hilft das Amt gern. " +
            "Die Nummer steht auf der Seite. Rufen Sie an.\n");
        diagnostics.Count.ShouldBe(1, string.Join('\n', diagnostics));
        // 29 words in 6 sentences, 169 syllables: 180 − 29/6 − 58.5 × 169/29 = −165.7
        diagnostics[0].ShouldBe("content/schwer.md(7,1): warning LOT0701: The text is hard to read: Flesch-Amstad score -166 " +
                                "(at least 30; 4.8 words per sentence, 5.83 syllables per word). Use shorter sentences and shorter, common words.");
    }

    [Fact]
    public async Task Headings_titles_links_front_matter_abbreviations_and_gender_terms_are_checked()
    {
        var diagnostics = await CheckAsync("""
            -- lotse.yml --
            title: T
            checks:
              required: [description, stand, quellen]
              genderTerms:
                Mitarbeiter: Mitarbeitende
                Bürger: Bürgerinnen und Bürger
            -- content/_data/glossar.yml --
            - begriff: OZG
              langform: Onlinezugangsgesetz
              erklaerung: Das Gesetz.
            -- content/b.md --
            ---
            title: Seite
            ---
            Text.
            -- content/a.md --
            """ + "\n" + FrontMatter + "\n" + """
            ## Zwei

            #### Vier

            Das OZG und das XÖV helfen, die Föderale IT-Kooperation (FITKO) auch. Das XÖV bleibt.
            Die Mitarbeiter helfen den Bürgern und jedem Bürger.
            Ein [](b.md) leerer Link und [einer ohne Ziel]().
            """);
        diagnostics.ShouldBe([
            "content/a.md(1,1): warning LOT0706: The title 'Seite' is also the title of content/b.md. Give each page its own title, so readers can tell them apart in navigation and search.",
            "content/a.md(9,1): warning LOT0705: The heading 'Vier' is level 4 after level 2. Use level 3 (###), so screen reader users get the page's structure right.",
            "content/a.md(11,17): warning LOT0709: The abbreviation 'XÖV' is not in the glossary (content/_data/glossar.yml). Add it there with its long form, or write it out.",
            "content/a.md(12,5): warning LOT0710: 'Mitarbeiter' is not gender-neutral. Write 'Mitarbeitende' instead.",
            "content/a.md(12,46): warning LOT0710: 'Bürger' is not gender-neutral. Write 'Bürgerinnen und Bürger' instead.",
            "content/a.md(13,5): warning LOT0707: The link to '../b/index.html' has no text. Write what the reader finds there: [Text](../b/index.html).",
            "content/a.md(13,30): warning LOT0707: The link 'einer ohne Ziel' has no target. Add the page or address in the parentheses: [einer ohne Ziel](ziel.md).",
            "content/b.md(1,1): warning LOT0706: The title 'Seite' is also the title of content/a.md. Give each page its own title, so readers can tell them apart in navigation and search.",
            "content/b.md(1,1): warning LOT0708: The front matter has no description, stand, quellen, which the site requires ('checks: required: [description, stand, quellen]' in lotse.yml). Add them to the page's front matter, or remove them from 'checks.required'.",
        ]);
    }

    [Fact]
    public async Task An_image_without_alt_text_is_an_error_in_every_build_and_text_checks_run_only_in_check()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/bild.png --
            x
            -- content/a.md --
            Ein Bild: ![](bild.png) und ein sehr langer Satz mit eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn zwanzig Wörtern.
            """);
        site.Diagnostics.ShouldBe([
            "content/a.md(1,11): error LOT0704: The image '../bild.png' has no alt text. Describe what it shows: ![Beschreibung](../bild.png); for a purely decorative image, leave it out of the content.",
        ]);
    }
}

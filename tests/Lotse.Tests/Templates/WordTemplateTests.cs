using DocumentFormat.OpenXml.Packaging;
using Lotse.Tests.Testing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Lotse.Tests.Templates;

/// <summary>Issue 23: templates that download as Word. Each Markdown file that <c>templates:</c> in lotse.yml names is
/// also published as an editable .docx (read back here with DocumentFormat.OpenXml), linked from pages like any file,
/// listed on the download page with its Markdown and CSV files and their sizes, and the same bytes in every build.</summary>
public sealed class WordTemplateTests
{
    private const string Site = """
        -- lotse.yml --
        title: Testseite
        templates: "**/*-vorlage.markdown"
        -- themes/default/layouts/_base.html --
        <!DOCTYPE html><html lang="de"><head><title>{{ page.title }}</title></head><body>{{ body }}</body></html>
        -- themes/default/layouts/page.html --
        <main><h1>{{ page.title }}</h1>{{ page.content }}</main>
        -- themes/default/layouts/section.html --
        <main><h1>{{ page.title }}</h1>{{ page.content }}</main>
        -- themes/default/layouts/downloads.html --
        <main>{{ for t in page.vorlagen }}<section><h2>{{ t.title }}</h2>{{ for f in t.files }}<a href="{{ f.url }}">{{ f.format }} {{ f.size }}</a>{{ end }}</section>{{ end }}</main>
        -- content/index.md --
        ---
        title: Start
        ---
        Start.
        -- content/werkzeuge/steckbrief.md --
        ---
        title: Steckbrief
        ---
        Laden Sie die [Vorlage als Word-Datei](steckbrief-vorlage.docx) oder [als CSV-Datei](steckbrief-vorlage.csv).
        -- content/werkzeuge/steckbrief-vorlage.csv --
        Angabe;Inhalt
        Titel;
        -- content/werkzeuge/notizen.markdown --
        # Keine Vorlage

        Nicht im Muster.
        -- content/werkzeuge/steckbrief-vorlage.markdown --
        # Projektsteckbrief

        Füllen Sie **jedes Feld** aus, *kurz* und ***klar***.

        ## 1. Beteiligte

        | Rolle | Stelle |
        |---|---|
        | Koordination | Amt 10 |
        | Fachamt | |

        ## 2. Vorgehen

        - Labor
        - Werkbank
          - mit Land
        1. Erstens
        2. Zweitens

        > Hinweis: Mehr im [Leitfaden](https://example.org/leitfaden).
        """;

    [Fact]
    public async Task The_template_becomes_a_Word_file_with_its_headings_text_lists_and_table()
    {
        using var site = await TestSite.BuildAsync(Site, strict: true);
        site.ShouldSucceedWithoutDiagnostics();
        site.Exists("werkzeuge/notizen.docx").ShouldBeFalse();

        using var word = WordprocessingDocument.Open(Path.Combine(site.Output, "werkzeuge/steckbrief-vorlage.docx"), false);
        word.PackageProperties.Title.ShouldBe("Projektsteckbrief");
        new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(word)
            .Select(e => $"{e.Description} ({e.Path?.XPath})").ShouldBeEmpty();
        var body = word.MainDocumentPart!.Document!.Body!;
        var paragraphs = body.Elements<W.Paragraph>().ToList();

        Headings(paragraphs).ShouldBe([("Heading1", "Projektsteckbrief"), ("Heading2", "1. Beteiligte"), ("Heading2", "2. Vorgehen")]);
        word.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<W.Style>().Select(s => s.StyleId?.Value)
            .ShouldContain("Heading1");

        var text = paragraphs[1];
        text.InnerText.ShouldBe("Füllen Sie jedes Feld aus, kurz und klar.");
        Runs(text).ShouldBe([
            ("Füllen Sie ", false, false), ("jedes Feld", true, false), (" aus, ", false, false),
            ("kurz", false, true), (" und ", false, false), ("klar", true, true), (".", false, false),
        ]);

        var table = body.Elements<W.Table>().ShouldHaveSingleItem();
        table.Elements<W.TableRow>().Select(r => r.Elements<W.TableCell>().Select(c => c.InnerText).ToList()).ToList().ShouldBe([
            ["Rolle", "Stelle"], ["Koordination", "Amt 10"], ["Fachamt", ""],
        ]);
        table.Elements<W.TableRow>().First().Descendants<W.Bold>().Count().ShouldBe(2); // the header row is bold

        var items = paragraphs.Where(p => p.ParagraphProperties?.NumberingProperties is not null).ToList();
        items.Select(p => (p.InnerText, (int)p.ParagraphProperties!.NumberingProperties!.NumberingLevelReference!.Val!.Value)).ShouldBe([
            ("Labor", 0), ("Werkbank", 0), ("mit Land", 1), ("Erstens", 0), ("Zweitens", 0),
        ]);
        var bulletId = items[0].ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value;
        var numberedId = items[3].ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value;
        numberedId.ShouldNotBe(bulletId);
        var numbering = word.MainDocumentPart.NumberingDefinitionsPart!.Numbering!;
        Format(numbering, bulletId).ShouldBe(W.NumberFormatValues.Bullet);
        Format(numbering, numberedId).ShouldBe(W.NumberFormatValues.Decimal);

        var quote = paragraphs.Last();
        quote.ParagraphProperties!.ParagraphStyleId!.Val!.Value.ShouldBe("Quote");
        var link = quote.Descendants<W.Hyperlink>().ShouldHaveSingleItem();
        link.InnerText.ShouldBe("Leitfaden");
        word.MainDocumentPart.HyperlinkRelationships.Single(r => r.Id == link.Id).Uri.ShouldBe(new Uri("https://example.org/leitfaden"));
    }

    [Fact]
    public async Task Pages_link_the_Word_file_and_the_download_page_lists_all_formats_with_their_sizes()
    {
        using var site = await TestSite.BuildAsync(Site, strict: true);
        site.ShouldSucceedWithoutDiagnostics();
        site.AssertFile("werkzeuge/steckbrief/index.html", "<a href=\"../steckbrief-vorlage.docx\">Vorlage als Word-Datei</a>");
        var docx = new FileInfo(Path.Combine(site.Output, "werkzeuge/steckbrief-vorlage.docx")).Length;
        var kilobytes = (int)Math.Ceiling(docx / 1024.0);
        site.AssertFile("download/index.html",
            "<h2>Projektsteckbrief</h2>",
            $"<a href=\"../werkzeuge/steckbrief-vorlage.docx\">DOCX {kilobytes} KB</a>",
            "<a href=\"../werkzeuge/steckbrief-vorlage.markdown\">Markdown ",
            "<a href=\"../werkzeuge/steckbrief-vorlage.csv\">CSV 21 Byte</a>",
            "! Keine Vorlage");
    }

    [Fact]
    public async Task Two_builds_give_the_same_bytes()
    {
        using var first = await TestSite.BuildAsync(Site);
        await Task.Delay(1100); // another second on the clock, which must not reach the file
        using var second = await TestSite.BuildAsync(Site);
        var a = await File.ReadAllBytesAsync(Path.Combine(first.Output, "werkzeuge/steckbrief-vorlage.docx"));
        var b = await File.ReadAllBytesAsync(Path.Combine(second.Output, "werkzeuge/steckbrief-vorlage.docx"));
        b.ShouldBe(a);
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(a));
        zip.Entries.ShouldAllBe(e => e.LastWriteTime.Year == 2000);
        zip.Entries[0].FullName.ShouldBe("[Content_Types].xml");
    }

    [Fact]
    public async Task Without_the_setting_there_is_no_Word_file_and_a_link_to_one_is_an_error()
    {
        using var site = await TestSite.BuildAsync(Site.Replace("templates: \"**/*-vorlage.markdown\"\n", ""));
        site.Result.Succeeded.ShouldBeFalse();
        site.Diagnostics.ShouldContain(d => d.Contains("LOT0401") && d.Contains("steckbrief-vorlage.docx"));
    }

    [Fact]
    public async Task A_Word_file_in_the_way_and_a_bad_pattern_are_warnings()
    {
        using var site = await TestSite.BuildAsync(Site.Replace("templates: \"**/*-vorlage.markdown\"", "templates: [\"**/*-vorlage.markdown\", \"/abs\"]")
            + "\n-- content/werkzeuge/steckbrief-vorlage.docx --\nschon da\n");
        site.Diagnostics.ShouldBe([
            "content/werkzeuge/steckbrief-vorlage.markdown: warning LOT0731: 'werkzeuge/steckbrief-vorlage.docx' exists already, so the template gets no Word file. Rename one of them.",
            "lotse.yml(2,38): warning LOT0730: 'templates' holds '/abs', which is not a pattern of files in content/. Write e.g. '**/*-vorlage.markdown'.",
        ]);
    }

    [Fact]
    public async Task Every_template_of_the_repository_site_gets_a_valid_Word_file()
    {
        var result = await Lotse.SiteBuilder.BuildAsync(new Lotse.Site.BuildOptions(TestSite.RepositoryRoot, Write: false));
        result.Errors.ShouldBeEmpty();
        var words = result.Outputs.FromPipeline(nameof(Lotse.Site.Pipelines.AssetsPipeline))
            .Where(d => d.OutputPath.EndsWith(".docx", StringComparison.Ordinal)).ToList();
        words.Select(d => d.OutputPath).ShouldBe([
            "werkzeugkasten/aufwandschaetzung-vorlage.docx", "werkzeugkasten/projektsteckbrief-vorlage.docx",
            "werkzeugkasten/umsetzungsprojektplan-vorlage.docx", "werkzeugkasten/verwaltungsabkommen-gliederung.docx",
        ], ignoreOrder: true);
        foreach (var doc in words)
        {
            var bytes = System.Buffers.BuffersExtensions.ToArray(((Lotse.Kernel.Utf8Body)doc.Body).Bytes);
            using var word = WordprocessingDocument.Open(new MemoryStream(bytes), false);
            new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(word)
                .Select(e => $"{doc.OutputPath}: {e.Description}").ShouldBeEmpty();
            word.MainDocumentPart!.Document!.Body!.Elements<W.Paragraph>().First().ParagraphProperties!.ParagraphStyleId!.Val!.Value.ShouldBe("Heading1");
            word.MainDocumentPart.Document.Body.Elements<W.Table>().ShouldNotBeEmpty();
        }
    }

    private static List<(string Style, string Text)> Headings(IEnumerable<W.Paragraph> paragraphs) => paragraphs
        .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value?.StartsWith("Heading", StringComparison.Ordinal) == true)
        .Select(p => (p.ParagraphProperties!.ParagraphStyleId!.Val!.Value!, p.InnerText))
        .ToList();

    private static List<(string Text, bool Bold, bool Italic)> Runs(W.Paragraph paragraph) => paragraph.Elements<W.Run>()
        .Select(r => (r.InnerText, r.RunProperties?.Bold is not null, r.RunProperties?.Italic is not null))
        .ToList();

    private static W.NumberFormatValues? Format(W.Numbering numbering, int numId)
    {
        var abstractId = numbering.Elements<W.NumberingInstance>().Single(n => n.NumberID?.Value == numId).AbstractNumId!.Val!.Value;
        return numbering.Elements<W.AbstractNum>().Single(a => a.AbstractNumberId?.Value == abstractId)
            .Elements<W.Level>().First().NumberingFormat!.Val?.Value;
    }
}

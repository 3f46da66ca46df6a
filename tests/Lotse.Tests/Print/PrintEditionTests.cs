using System.Text.RegularExpressions;
using Lotse.Tests.Testing;

namespace Lotse.Tests.Print;

/// <summary>Issue 11: the Gesamtausgabe of each top-level part, from inline mini-sites.</summary>
public sealed class PrintEditionTests
{
    /// <summary>A theme that prints what the Gesamtausgabe layout gets, plus the part: a section with pages in a
    /// sub-folder, the same heading on two pages, links inside the part, out of it and to the web.</summary>
    private const string Site = """
        -- lotse.yml --
        title: Testseite
        baseUrl: https://example.org/lotse
        -- themes/default/layouts/_base.html --
        <!DOCTYPE html><html lang="de"><head><title>{{ page.title }}</title></head><body>{{ body }}</body></html>
        -- themes/default/layouts/page.html --
        <main id="inhalt"><h1>{{ page.title }}</h1>{{ page.content }}{{ if page.gesamtausgabe }}<a class="drucken" href="{{ page.gesamtausgabe.url }}">Als Ganzes drucken</a>{{ end }}</main>
        -- themes/default/layouts/gesamtausgabe.html --
        {{ func liste(items) }}<ol>{{ for k in items }}<li><a href="#{{ k.id }}">{{ k.title }}</a>{{ liste k.children }}</li>{{ end }}</ol>{{ end }}
        <main id="inhalt"><h1>{{ page.title }}</h1><p class="stand">Stand: {{ page.stand }}</p><p class="quelle">Quelle: {{ page.quelle }}</p>
        <nav>{{ liste page.kapitel }}</nav>
        {{ page.content }}</main>
        -- content/index.md --
        ---
        title: Start
        ---
        ## Willkommen

        Hallo.
        -- content/impressum.md --
        ---
        title: Impressum
        ---
        Angaben.
        -- content/teil/index.md --
        ---
        title: Der Teil
        stand: 2024-01-01
        ---
        Siehe [Details von Beta](b.md#details), [Gamma](unter/c.md), [die Startseite](../index.md#willkommen), [das Impressum](../impressum.md) und [extern](https://example.com/x).
        -- content/teil/a.md --
        ---
        title: Alpha
        order: 2
        stand: 2025-03-04
        ---
        ## Details

        Zurück zu [meinen Details](#details) und [Beta](b.md).

        ### Tiefer
        -- content/teil/b.md --
        ---
        title: Beta
        order: 1
        stand: 2023-12-31
        ---
        ## Details

        Text.
        -- content/teil/unter/index.md --
        ---
        title: Unterteil
        order: 3
        ---
        Unten.
        -- content/teil/unter/c.md --
        ---
        title: Gamma
        ---
        ## Details

        Mehr.
        """;

    private const string Edition = "teil/gesamtausgabe/index.html";

    [Fact]
    public async Task The_Gesamtausgabe_holds_every_page_of_the_part_in_navigation_order()
    {
        using var site = await TestSite.BuildAsync(Site);
        site.ShouldSucceedWithoutDiagnostics();
        var html = site.Read(Edition);
        var positions = new[] { "kapitel-teil", "kapitel-b", "kapitel-a", "kapitel-unter", "kapitel-unter-c" }
            .Select(id => html.IndexOf($"<section class=\"kapitel\" id=\"{id}\"", StringComparison.Ordinal)).ToList();
        positions.ShouldAllBe(p => p >= 0);
        positions.ShouldBeInOrder();
        html.ShouldNotContain("Hallo.");
        html.ShouldNotContain("Angaben.");
        // The table of contents follows the navigation tree.
        site.AssertFile(Edition, """<ol><li><a href="#kapitel-teil">Der Teil</a><ol><li><a href="#kapitel-b">Beta</a>""",
            """<li><a href="#kapitel-unter">Unterteil</a><ol><li><a href="#kapitel-unter-c">Gamma</a>""");
    }

    /// <summary>A part larger than Scriban's default string limit (1 Mi characters): nested folders without
    /// <c>index.md</c>, three levels deep, with several long pages each. Scriban cut the Gesamtausgabe after its
    /// first MiB, so the chapters of the deeper folders were missing while the table of contents still linked them.</summary>
    [Fact]
    public async Task A_large_part_with_nested_folders_without_index_keeps_every_chapter()
    {
        var paragraph = string.Concat(Enumerable.Repeat("Die Behörde prüft den Antrag und stellt den Bescheid digital zu. ", 160));
        var files = new System.Text.StringBuilder(Site[..Site.IndexOf("-- content/index.md --", StringComparison.Ordinal)]);
        files.Append("-- themes/default/layouts/section.html --\n<main id=\"inhalt\"><h1>{{ page.title }}</h1>{{ page.content }}</main>\n");
        files.Append("-- content/index.md --\n# Start\n-- content/teil/index.md --\n---\ntitle: Der Teil\n---\nEinleitung.\n");
        var folders = new[] { "", "ebene1/", "ebene1/ebene2/", "ebene1/ebene2/ebene3/" };
        var expected = new List<string> { "kapitel-teil" };
        foreach (var folder in folders)
        {
            if (folder.Length > 0) expected.Add("kapitel-" + folder.TrimEnd('/').Replace('/', '-'));
            for (var n = 1; n <= 5; n++)
            {
                files.Append($"-- content/teil/{folder}seite{n}.md --\n---\ntitle: Seite {n} in {folder}\n---\n");
                for (var k = 1; k <= 6; k++) files.Append($"## Abschnitt {k}\n\n{paragraph}\n\n");
                files.Append($"Ende von {folder}seite{n}.\n");
                expected.Add("kapitel-" + (folder + "seite" + n).Replace('/', '-'));
            }
        }

        using var site = await TestSite.BuildAsync(files.ToString());
        site.ShouldSucceedWithoutDiagnostics(); // every link of the table of contents finds its chapter
        var html = site.Read(Edition);
        html.Length.ShouldBeGreaterThan(1024 * 1024);
        var chapters = Regex.Matches(html, "<section class=\"kapitel\" id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        chapters.ShouldBe(expected, ignoreOrder: true);
        html.ShouldContain("Ende von ebene1/ebene2/ebene3/seite5.");
        html.TrimEnd().ShouldEndWith("</html>");
    }

    [Theory]
    [InlineData("{{ page.content }}<footer>{{ page.content | string.size }} Zeichen</footer>")]
    [InlineData("{{ page.content | string.replace \"Text.\" \"Text!\" }}")]
    public async Task A_layout_that_uses_the_chapters_more_than_once_or_changed_gets_the_chapters_themselves(string use)
    {
        var layout = "-- themes/default/layouts/gesamtausgabe.html --\n";
        var start = Site.IndexOf(layout, StringComparison.Ordinal);
        var end = Site.IndexOf("-- content/index.md --", StringComparison.Ordinal);
        using var site = await TestSite.BuildAsync(Site[..start] + layout + "<main id=\"inhalt\"><h1>{{ page.title }}</h1>" + use + "</main>\n" + Site[end..]);
        site.ShouldSucceedWithoutDiagnostics();
        var html = site.Read(Edition);
        html.ShouldContain("<h3 id=\"b--details\">Details</h3>");
        html.ShouldNotContain("lotse-kapitel");
        if (use.Contains("string.size"))
            int.Parse(Regex.Match(html, "<footer>([0-9]+) Zeichen").Groups[1].Value).ShouldBeGreaterThan(html.Length / 2);
        else
            html.ShouldContain("Text!");
    }

    /// <summary>The chapters are spliced into the layout's output as UTF-8 (no string of the whole edition is made, and it
    /// is not encoded again): the file holds the same bytes as the layout's text with the chapters in it, umlauts and
    /// characters outside the BMP included, and the build keeps it as UTF-8 in one piece.</summary>
    [Fact]
    public async Task The_Gesamtausgabe_is_spliced_as_UTF8_with_every_character_intact()
    {
        var text = Site.Replace("Text.", "Grüße aus Köln 🚢 – „Straße“.");
        using var site = await TestSite.BuildAsync(text);
        site.ShouldSucceedWithoutDiagnostics();
        var bytes = File.ReadAllBytes(Path.Combine(site.Output, Edition));
        var html = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        html.ShouldContain("Grüße aus Köln 🚢 – „Straße“.");
        html.ShouldStartWith("<!DOCTYPE html>");
        html.TrimEnd().ShouldEndWith("</body></html>");
        // Built into a new folder, the edition was streamed into its file as it was made: its document holds no bytes.
        var document = site.Result.Outputs.FromPipeline("PrintEditionPipeline").Single(d => d.OutputPath == Edition);
        document.Body.ShouldBe(Lotse.Kernel.DocumentBody.Streamed);
        document.Content.ShouldBeEmpty();

        // Built without writing (lotse check; lotse serve writes in place once all is checked), it is held as UTF-8 in one array.
        using var unwritten = await TestSite.BuildAsync(text, write: false);
        var held = unwritten.Result.Outputs.FromPipeline("PrintEditionPipeline").Single(d => d.OutputPath == Edition);
        held.Body.ShouldBeOfType<Lotse.Kernel.Utf8Body>().Bytes.IsSingleSegment.ShouldBeTrue();
        held.Text.ShouldBe(html);
    }

    /// <summary>An edition that states the offline archive's size (known only once the archive is written) is not streamed
    /// early: it is held until the archive's module writes it with the size in place.</summary>
    [Fact]
    public async Task A_Gesamtausgabe_that_states_the_archive_size_is_written_with_the_size()
    {
        using var site = await TestSite.BuildAsync(Site.Replace("<body>{{ body }}</body>", "<body>{{ body }}<footer>ZIP ({{ site.offline.archive_size }})</footer></body>"));
        site.ShouldSucceedWithoutDiagnostics();
        var html = File.ReadAllText(Path.Combine(site.Output, Edition));
        html.ShouldContain("<footer>ZIP (");
        html.ShouldNotContain("@@lotse-archive-size@@");
        html.ShouldContain(" KB)</footer>");
        site.Result.Outputs.FromPipeline("PrintEditionPipeline").Single(d => d.OutputPath == Edition).Body.ShouldBeOfType<Lotse.Kernel.Utf8Body>();
    }

    /// <summary>The link check's facts of a Gesamtausgabe (ids, references) are taken from its pieces, not from a string of the
    /// whole edition: they are those of the whole, also when a chapter's raw HTML leaves a comment open (which, in the whole,
    /// hides the chapters after it: then the edition is analysed whole).</summary>
    [Theory]
    [InlineData("Text.")]
    [InlineData("Text.\n\n<!-- offen\n")]
    [InlineData("<a name=\"alt\" href=\"#details\">Text</a>\n\n<script>var x = '<a id=\"nicht\">';</script>\n")]
    public async Task The_Gesamtausgabe_s_ids_and_references_are_those_of_its_whole_HTML(string betaText)
    {
        // Not written, so that the edition is held (one built into a new folder is streamed into its file).
        using var site = await TestSite.BuildAsync(Site.Replace("Text.", betaText), write: false);
        var document = site.Result.Outputs.FromPipeline("PrintEditionPipeline").Single(d => d.OutputPath == Edition);
        var whole = new Lotse.Blocks.Html.HtmlAnalyzer().Analyze(document.Text);
        var ids = document.Metadata.Get<IReadOnlySet<string>>(Lotse.Site.ContentKeys.Anchors).ShouldNotBeNull();
        ids.ShouldBe(whole.Ids.ToList()); // in the same order
        ids.ShouldContain("b--details");
        document.Metadata.Get<IReadOnlyList<string>>(Lotse.Site.ContentKeys.HtmlLinks).ShouldBe(whole.References);
    }

    /// <summary>A script or style a page holds in its text (a data block, a page's own style) comes into the Gesamtausgabe
    /// with its content, as the page has it.</summary>
    [Fact]
    public async Task A_page_s_inline_script_and_style_keep_their_content_in_the_Gesamtausgabe()
    {
        const string Raw = "<style>.b > p { color: #333 }</style>\n\n<script type=\"application/json\" id=\"daten\">{\"a\": \"<b>\", \"b\": 1}</script>\n";
        using var site = await TestSite.BuildAsync(Site.Replace("Text.", Raw));
        var html = File.ReadAllText(Path.Combine(site.Output, Edition));
        html.ShouldContain("<style>.b > p { color: #333 }</style>");
        html.ShouldContain("{\"a\": \"<b>\", \"b\": 1}</script>");
    }

    [Theory]
    [InlineData("<p>x</p>", true)]
    [InlineData("<p>x <!-- offen", false)]
    [InlineData("<script>if (a < b) {", false)]
    [InlineData("<p title=\"offen>x</p>", false)]
    public void A_piece_gives_its_facts_only_when_the_analyzer_comes_out_of_it_at_its_end(string piece, bool closed) =>
        (Lotse.Features.Print.PieceFacts.OfClosed(piece + Lotse.Features.Print.PieceFacts.Sentinel) is not null).ShouldBe(closed);

    [Fact]
    public void The_default_theme_s_Gesamtausgabe_shows_the_chapters_once_as_they_are_so_they_are_put_in_after_the_layout()
    {
        var theme = Path.Combine(TestSite.RepositoryRoot, "themes", "default");
        var templates = Lotse.Blocks.Templates.TemplateSet.Load([theme], p => p, new Lotse.Blocks.Diagnostics.DiagnosticBag());
        Lotse.Blocks.Templates.VerbatimUse.IsShownOnceAsIs(templates, "gesamtausgabe", "content").ShouldBeTrue();
        Lotse.Blocks.Templates.VerbatimUse.IsShownOnceAsIs(templates, "page", "title").ShouldBeFalse(); // twice there and in _base
    }

    [Fact]
    public async Task Headings_move_one_level_down_and_every_id_is_unique()
    {
        using var site = await TestSite.BuildAsync(Site);
        site.AssertFile(Edition,
            """<h2 class="kapitel__titel" id="kapitel-a-titel">Alpha</h2>""",
            """<h3 id="a--details">Details</h3>""",
            """<h4 id="a--tiefer">Tiefer</h4>""",
            """<h3 id="b--details">Details</h3>""",
            """<h3 id="unter-c--details">Details</h3>""",
            "! <h2 id=\"a--details\"");
        var html = site.Read(Edition);
        Regex.Matches(html, "<h1[ >]").Count.ShouldBe(1);
        var ids = Regex.Matches(html, "\\sid=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        ids.GroupBy(id => id).Where(g => g.Count() > 1).Select(g => g.Key).ShouldBeEmpty();
    }

    /// <summary>Issue 26: the attributes that name ids follow the renamed ids, found by name in any case, the first of a
    /// repeated attribute as the browser reads it (the merger looks them up without a delegate per look-up now).</summary>
    [Fact]
    public async Task Attributes_that_refer_to_ids_follow_the_renamed_ids_whatever_the_case_of_their_name()
    {
        var site = Site.Replace("## Details\n\nText.", "## Details\n\n<p id=\"hilfe\">Hilfe</p>\n<label FOR=\"feld\">Name</label> <input ID=\"feld\" "
            + "Aria-DescribedBy=\"hilfe fremd\" aria-describedby=\"hilfe\">\n\nText.", StringComparison.Ordinal);
        site.ShouldNotBe(Site);
        using var built = await TestSite.BuildAsync(site);
        built.AssertFile(Edition,
            "<p id=\"b--hilfe\">Hilfe</p>",
            "<label FOR=\"b--feld\">Name</label>",
            "<input ID=\"b--feld\" Aria-DescribedBy=\"b--hilfe fremd\" aria-describedby=\"hilfe\">");
    }

    /// <summary>Issue 26: the merger reads a page's tags as positions in its text and writes the chapter as UTF-8 straight
    /// away. Every tag is written anew as before: values entity-decoded, then escaped in double quotes, a '/' as " />";
    /// the text between tags and comments stay as they are.</summary>
    [Fact]
    public async Task Each_tag_of_a_chapter_is_written_anew_with_its_values_decoded_and_escaped_in_double_quotes()
    {
        var site = Site.Replace("## Details\n\nText.", "## Details\n\n<div   class=kasten data-x='a\"b' hidden><span TITLE=\"&Auml;rger &amp; &lt;mehr&gt;\"/>Text<br/></div>\n\n"
            + "<H3 ID=\"Gross\">Groß &amp; klein</H3>\n\n<!-- <a id=\"nicht\"> bleibt -->\n\nText.", StringComparison.Ordinal);
        site.ShouldNotBe(Site);
        using var built = await TestSite.BuildAsync(site);
        built.AssertFile(Edition,
            "<div class=\"kasten\" data-x=\"a&quot;b\" hidden><span TITLE=\"Ärger &amp; &lt;mehr&gt;\" />Text<br /></div>",
            "<h4 ID=\"b--Gross\">Groß &amp; klein</h4>",
            "<!-- <a id=\"nicht\"> bleibt -->");
    }

    /// <summary>A chapter's id comes from its file name: lower case, every character but a-z and 0-9 a '-', none at either end.</summary>
    [Fact]
    public async Task A_chapter_s_id_is_its_file_name_in_lower_case_letters_and_digits()
    {
        using var site = await TestSite.BuildAsync(Site + "\n-- content/teil/Ärger Groß 2.MD --\n---\ntitle: Ärger\n---\nText.\n"
            + "-- content/teil/ä.md --\n---\ntitle: Umlaut\n---\nText.\n");
        site.AssertFile(Edition, "<section class=\"kapitel\" id=\"kapitel-rger-gro--2\"", "<section class=\"kapitel\" id=\"kapitel-seite\"");
    }

    [Fact]
    public async Task Links_inside_the_part_become_anchors_and_links_out_of_it_absolute_with_a_base_url()
    {
        using var site = await TestSite.BuildAsync(Site);
        site.ShouldSucceedWithoutDiagnostics(); // the link check of the whole site found every anchor
        site.AssertFile(Edition,
            """<a href="#b--details">Details von Beta</a>""",
            """<a href="#kapitel-unter-c">Gamma</a>""",
            // Links out of the part become absolute: the site has a base URL, and on paper a relative link says nothing.
            """<a href="https://example.org/lotse/#willkommen">die Startseite</a>""",
            """<a href="https://example.org/lotse/impressum/">das Impressum</a>""",
            """<a href="https://example.com/x">extern</a>""",
            """<a href="#a--details">meinen Details</a>""",
            """<a href="#kapitel-b">Beta</a>""");
        var html = site.Read(Edition);
        foreach (Match link in Regex.Matches(html, "href=\"#([^\"]+)\""))
            html.ShouldContain($"id=\"{link.Groups[1].Value}\"", customMessage: $"anchor #{link.Groups[1].Value} has no target");
    }

    [Fact]
    public async Task The_title_page_shows_the_newest_Stand_and_the_source_URL_and_every_page_links_to_it()
    {
        using var site = await TestSite.BuildAsync(Site);
        site.AssertFile(Edition, "<h1>Der Teil</h1>", "Stand: 2025-03-04", "Quelle: https://example.org/lotse/teil/gesamtausgabe/");
        site.AssertFile("teil/a/index.html", """<a class="drucken" href="../gesamtausgabe/index.html">Als Ganzes drucken</a>""");
        site.AssertFile("teil/unter/c/index.html", """<a class="drucken" href="../../gesamtausgabe/index.html">""");
        site.AssertFile("teil/index.html", """<a class="drucken" href="gesamtausgabe/index.html">""");
        site.AssertFile("impressum/index.html", "! Als Ganzes drucken");
    }

    [Fact]
    public async Task A_part_can_opt_out_and_a_theme_without_the_layout_makes_none()
    {
        using var optOut = await TestSite.BuildAsync(Site.Replace("title: Der Teil\n", "title: Der Teil\ngesamtausgabe: false\n"));
        optOut.ShouldSucceedWithoutDiagnostics();
        optOut.Exists(Edition).ShouldBeFalse();
        optOut.AssertFile("teil/a/index.html", "! Als Ganzes drucken");

        using var plain = await TestSite.BuildAsync("""
            -- content/teil/index.md --
            # Teil
            -- content/teil/a.md --
            # A
            """);
        plain.ShouldSucceedWithoutDiagnostics();
        plain.Exists(Edition).ShouldBeFalse();
    }

    [Fact]
    public async Task Print_false_in_lotse_yml_makes_no_Gesamtausgabe_and_no_link_to_one()
    {
        using var site = await TestSite.BuildAsync(Site.Replace("title: Testseite\n", "title: Testseite\nprint: false\n"));
        site.ShouldSucceedWithoutDiagnostics();
        site.Exists(Edition).ShouldBeFalse();
        site.Exists("download/index.html").ShouldBeFalse();
        site.AssertFile("teil/a/index.html", "! Als Ganzes drucken");
    }

    [Fact]
    public async Task A_page_in_the_way_of_the_Gesamtausgabe_is_reported()
    {
        using var site = await TestSite.BuildAsync(Site + """

            -- content/teil/gesamtausgabe.md --
            # Im Weg
            """);
        site.Result.Succeeded.ShouldBeFalse();
        site.Diagnostics.ShouldContain(d => d.Contains("error LOT0104") && d.Contains("teil/gesamtausgabe/index.html"));
    }

    [Fact]
    public async Task A_PDF_in_the_PDF_folder_is_copied_and_listed_with_size_and_date_on_the_download_page()
    {
        var files = Site + """

            -- themes/default/layouts/downloads.html --
            <main id="inhalt"><h1>{{ page.title }}</h1><ul>{{ for e in page.gesamtausgaben }}<li><a href="{{ e.url }}">{{ e.title }}</a>{{ if e.pdf }} <a class="pdf" href="{{ e.pdf.url }}">PDF</a> {{ e.pdf.size }} {{ e.pdf.date }}{{ end }}</li>{{ end }}</ul></main>
            """;
        using var without = await TestSite.BuildAsync(files);
        without.ShouldSucceedWithoutDiagnostics();
        without.AssertFile("download/index.html", """<a href="../teil/gesamtausgabe/index.html">Der Teil</a>""", "! class=\"pdf\"");
        without.Exists("download/teil.pdf").ShouldBeFalse();

        var pdf = Path.Combine(without.Root, "druck", "teil.pdf");
        Directory.CreateDirectory(Path.GetDirectoryName(pdf)!);
        await File.WriteAllBytesAsync(pdf, new byte[3000]);
        File.SetLastWriteTimeUtc(pdf, new DateTime(2025, 5, 6, 12, 0, 0, DateTimeKind.Utc));
        without.Write("lotse.yml", "title: Testseite\npdfFolder: druck\n");
        using var with = await TestSite.BuildAsync("", reuse: without);
        with.ShouldSucceedWithoutDiagnostics();
        with.Exists("download/teil.pdf").ShouldBeTrue();
        new FileInfo(Path.Combine(with.Output, "download", "teil.pdf")).Length.ShouldBe(3000);
        with.AssertFile("download/index.html", """<a class="pdf" href="teil.pdf">PDF</a> 3 KB 2025-05-06""");
    }
}

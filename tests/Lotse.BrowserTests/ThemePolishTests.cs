using System.IO.Compression;
using System.Text.RegularExpressions;
using Lotse.Site;
using Microsoft.Playwright;

namespace Lotse.BrowserTests;

/// <summary>
/// A small fixed site with the real default theme (<c>themes/default</c>, copied), built with a fixed "today" and fixed
/// file times, so its pages look the same on every run: the screenshots of <see cref="ThemePolishTests"/> compare it,
/// not the repository's content, which changes every week.
/// </summary>
public sealed class MiniSiteFixture : IAsyncLifetime
{
    public const string OnlineAddress = "https://lotse.example.org/";

    private static readonly DateTime FileTime = new(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc);
    private readonly SiteFixture _host = new();

    public string Root { get; private set; } = "";
    public string SiteFolder { get; private set; } = "";
    public string BaseUrl { get; private set; } = "";
    public IBrowser Browser => _host.Browser;
    public string RepoRoot => _host.RepoRoot;

    public static readonly IReadOnlyDictionary<string, string> Files = new Dictionary<string, string>
    {
        ["lotse.yml"] = $"""
            title: Testlotse
            claim: Ein kleiner Leitfaden für die Tests des Themes
            description: Eine kleine Website, an der die Tests das Standard-Theme prüfen
            language: de
            baseUrl: {OnlineAddress}
            theme: default
            search: true
            links: files
            footer:
              - impressum.md
              - datenschutz.md
            checklists:
              dimensions:
                organisatorisch: Organisatorische Aufgaben
                rechtlich: Rechtliche Aufgaben
                finanziell: Finanzielle Aufgaben
                technisch: Technische Aufgaben
            """,
        ["content/index.md"] = """
            ---
            title: Testlotse – Leitfaden zur Umsetzung des Onlinezugangsgesetzes
            description: Orientierung für Bund, Länder und Kommunen bei der Digitalisierung von Verwaltungsleistungen.
            layout: home
            order: 0
            stand: 2026-11-01
            einstiege:
              - titel: Leitfaden
                text: Ziele, Rechtsrahmen und Vorgehen, vom Reifegradmodell bis zur Finanzierung.
                link: leitfaden/index.md
              - titel: FAQ für Kommunen
                text: Kurze Antworten auf häufige Fragen von Städten, Gemeinden und Kreisen.
                link: faq/index.md
            ---
            Der **EfA**-Wegweiser und der **EfA-Wegweiser** erklären das Prinzip „Einer für Alle“ (**EfA**). Unbekannte Begriffe erklärt das [Glossar](glossar.md).
            """,
        ["content/leitfaden/index.md"] = """
            ---
            title: Leitfaden
            description: Alle Kapitel des Leitfadens von den Grundlagen bis zur Checkliste.
            layout: section
            order: 1
            stand: 2026-11-01
            ---
            Der Leitfaden führt Schritt für Schritt durch die Umsetzung.
            """,
        ["content/leitfaden/grundlagen.md"] = """
            ---
            title: Grundlagen
            description: Worum es geht, in wenigen Absätzen.
            order: 10
            stand: 2026-11-01
            ---
            Jede Behörde bietet ihre Leistungen auch online an. Das Prinzip EfA spart dabei Arbeit.

            ## Zweite Ebene

            Text unter der zweiten Ebene.

            ### Dritte Ebene

            Text unter der dritten Ebene.

            #### Vierte Ebene

            Text unter der vierten Ebene.

            ##### Fünfte Ebene

            Text unter der fünften Ebene.

            ###### Sechste Ebene

            Text unter der sechsten Ebene.
            """,
        ["content/leitfaden/zusammenarbeit.md"] = """
            ---
            title: Zusammenarbeit im Themenfeld und mit den federführenden Ländern bei der Digitalisierungsplanung
            description: Wer mit wem plant.
            order: 20
            stand: 2026-11-01
            ---
            Die Länder planen gemeinsam.
            """,
        ["content/leitfaden/onlinezugangsgesetz.md"] = """
            ---
            title: Änderungen des Onlinezugangsgesetzes
            description: Was sich geändert hat.
            order: 30
            stand: 2026-11-01
            ---
            Das Gesetz wurde 2024 geändert.
            """,
        ["content/leitfaden/checkliste.md"] = """
            ---
            title: Checkliste Anschluss
            description: Was vor dem Anschluss zu tun ist.
            order: 40
            stand: 2026-11-01
            ---
            ::: checkliste id="anschluss" titel="Anschluss an einen Online-Dienst"
            - [ ] Zuständigkeiten im Redaktionssystem pflegen {#zustaendigkeit-pflegen rollen="kommune" dimension="technisch"}
            - [ ] Kostenanteil im Haushalt einplanen und mit der Kämmerei abstimmen, bevor der Vertrag unterschrieben wird {#kostenanteil rollen="fachreferat kommune" dimension="finanziell"}
            - [ ] Ansprechperson benennen {#ansprechperson rollen="fachreferat" dimension="organisatorisch"}
            :::
            """,
        ["content/faq/index.md"] = """
            ---
            title: FAQ für Kommunen
            description: Kurze Antworten auf häufige Fragen.
            layout: faq-uebersicht
            order: 2
            stand: 2026-11-01
            ---
            Die Fragen sind nach Themen geordnet.
            """,
        ["content/faq/grundlagen/index.md"] = """
            ---
            title: Grundlagen
            description: Fragen zu Zweck und Begriffen.
            layout: faq-thema
            order: 10
            stand: 2026-11-01
            ---
            Hier finden Sie die Grundbegriffe.
            """,
        ["content/faq/grundlagen/was-ist-das-ozg.md"] = """
            ---
            title: Was ist das Onlinezugangsgesetz?
            description: Das Gesetz in einem Satz.
            kurzantwort: Ein Gesetz, nach dem Verwaltungsleistungen auch online angeboten werden.
            layout: faq-frage
            order: 10
            stand: 2026-11-01
            ---
            Das Gesetz verpflichtet Bund und Länder.
            """,
        ["content/faq/grundlagen/was-heisst-efa.md"] = """
            ---
            title: Was heißt „Einer für Alle“?
            description: Das Prinzip in einem Satz.
            kurzantwort: Ein Land baut einen Online-Dienst, die anderen nutzen ihn mit.
            layout: faq-frage
            order: 20
            stand: 2026-11-01
            ---
            So muss nicht jedes Land alles selbst bauen.
            """,
        ["content/faq/grundlagen/wer-zahlt.md"] = """
            ---
            title: Wer zahlt den Betrieb?
            description: Die Kosten in einem Satz.
            kurzantwort: Die Länder teilen sich die Kosten nach einem Schlüssel.
            layout: faq-frage
            order: 30
            stand: 2026-11-01
            ---
            Der Schlüssel steht im Vertrag.
            """,
        ["content/glossar.md"] = """
            ---
            title: Glossar
            description: Begriffe von A bis Z.
            layout: glossar
            order: 50
            stand: 2026-11-01
            ---
            Die wichtigsten Begriffe.
            """,
        ["content/_data/glossar.yml"] = """
            - begriff: EfA
              langform: Einer für Alle
              erklaerung: Ein Land baut einen Online-Dienst, die anderen nutzen ihn mit.
            - begriff: Kommune
              erklaerung: Stadt, Gemeinde oder Kreis.
            """,
        ["content/_data/rollen.yml"] = """
            - id: kommune
              name: "Kommune"
              kurz: "K"
              beschreibung: "Stadt, Gemeinde oder Kreis."
            - id: fachreferat
              name: "Fachreferat"
              kurz: "FR"
              beschreibung: "Zuständig für das Fachrecht."
            """,
        ["content/impressum.md"] = """
            ---
            title: Impressum
            description: Wer diese Website herausgibt.
            nav: false
            stand: 2026-11-01
            ---
            Herausgeber: Testbehörde.
            """,
        ["content/datenschutz.md"] = """
            ---
            title: Datenschutzerklärung
            description: Welche Daten anfallen.
            nav: false
            stand: 2026-11-01
            ---
            Diese Website setzt keine Cookies.
            """,
    };

    public async Task InitializeAsync()
    {
        Root = _host.NewTempFolder("lotse-theme-minisite");
        foreach (var (path, text) in Files) Write(path, text);
        CopyFolder(Path.Combine(RepoRoot, "themes", "default"), Path.Combine(Root, "themes", "default"));
        CopyFolder(Path.Combine(RepoRoot, "node_modules"), Path.Combine(Root, "node_modules")); // lunr for the search page (npm ci has put it there)
        // "Zuletzt geändert" comes from the file time outside git: the same on every run.
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Root, "content"), "*", SearchOption.AllDirectories))
            File.SetLastWriteTimeUtc(file, FileTime);

        SiteFolder = Path.Combine(Root, "site");
        var result = await SiteBuilder.BuildAsync(new BuildOptions(Root, SiteFolder, Today: new DateOnly(2026, 11, 2)));
        if (!result.Succeeded)
            throw new InvalidOperationException("The mini-site did not build:\n" + string.Join("\n", result.Errors.Select(e => e.ToString())));
        await _host.StartBrowserOnlyAsync();
        BaseUrl = _host.Serve(SiteFolder);
    }

    public Task DisposeAsync() => _host.DisposeAsync();

    public string NewTempFolder(string prefix) => _host.NewTempFolder(prefix);

    private void Write(string path, string text)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text.ReplaceLineEndings("\n") + "\n");
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}

/// <summary>
/// Issue 27, the theme polish a reader notices at first sight: one assertion per point, on the fixed mini-site
/// (<see cref="MiniSiteFixture"/>), and screenshots of the main page types at 375 and 1280 px compared with the
/// reviewed PNGs in <c>Screenshots/</c> next to this file. A screenshot that differs in more than
/// <see cref="MaxChangedShare"/> of its pixels fails and writes the new screenshot and a diff image (changed pixels
/// in red) to <c>Screenshots/actual/</c>. After an intended change: run with LOTSE_UPDATE_SCREENSHOTS=1, look at the
/// PNGs and commit them.
/// </summary>
public sealed class ThemePolishTests(MiniSiteFixture site) : IClassFixture<MiniSiteFixture>
{
    /// <summary>Share of pixels that may differ (antialiasing, font hinting) before a screenshot fails.</summary>
    private const double MaxChangedShare = 0.005;
    /// <summary>A pixel counts as changed when one colour channel differs by more than this.</summary>
    private const int ChannelTolerance = 40;

    private async Task<IPage> OpenAsync(string page, int width, int height = 800, bool javaScript = true, ForcedColors? forcedColors = null)
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            DeviceScaleFactor = 1,
            JavaScriptEnabled = javaScript,
            Locale = "de-DE",
            ReducedMotion = ReducedMotion.Reduce,
            ForcedColors = forcedColors ?? ForcedColors.None,
        });
        var tab = await context.NewPageAsync();
        var response = await tab.GotoAsync(site.BaseUrl + page);
        response.ShouldNotBeNull().Status.ShouldBe(200);
        return tab;
    }

    // ---------- Screenshots ----------

    public static readonly TheoryData<string, string, int> Shots = new()
    {
        { "home", "index.html", 375 }, { "home", "index.html", 1280 },
        { "section", "leitfaden/index.html", 375 }, { "section", "leitfaden/index.html", 1280 },
        { "page", "leitfaden/grundlagen/index.html", 375 }, { "page", "leitfaden/grundlagen/index.html", 1280 },
        { "long-title", "leitfaden/onlinezugangsgesetz/index.html", 375 }, { "long-title", "leitfaden/onlinezugangsgesetz/index.html", 1280 },
        { "checklist", "leitfaden/checkliste/index.html", 375 }, { "checklist", "leitfaden/checkliste/index.html", 1280 },
        { "faq-topic", "faq/grundlagen/index.html", 375 }, { "faq-topic", "faq/grundlagen/index.html", 1280 },
        { "faq-question", "faq/grundlagen/was-ist-das-ozg/index.html", 375 }, { "faq-question", "faq/grundlagen/was-ist-das-ozg/index.html", 1280 },
        { "glossary", "glossar/index.html", 375 }, { "glossary", "glossar/index.html", 1280 },
        { "search", "suche/index.html?q=Gesetz", 375 }, { "search", "suche/index.html?q=Gesetz", 1280 },
    };

    [Theory]
    [MemberData(nameof(Shots))]
    public async Task The_page_looks_as_reviewed(string name, string page, int width)
    {
        var tab = await OpenAsync(page, width);
        try
        {
            if (name == "search") await tab.Locator("[data-lotse-search-results] li").First.WaitForAsync();
            await tab.EvaluateAsync("() => document.fonts.ready");
            var png = await tab.ScreenshotAsync(new PageScreenshotOptions
            {
                Animations = ScreenshotAnimations.Disabled, Caret = ScreenshotCaret.Hide, Scale = ScreenshotScale.Css,
            });
            await CompareAsync(tab, $"{name}-{width}", png);
        }
        finally { await tab.Context.CloseAsync(); }
    }

    private async Task CompareAsync(IPage tab, string name, byte[] png)
    {
        var folder = Path.Combine(site.RepoRoot, "tests", "Lotse.BrowserTests", "Screenshots");
        var reference = Path.Combine(folder, name + ".png");
        var update = Environment.GetEnvironmentVariable("LOTSE_UPDATE_SCREENSHOTS") == "1";
        if (update || !File.Exists(reference))
        {
            Directory.CreateDirectory(folder);
            await File.WriteAllBytesAsync(reference, png);
            if (!update) Assert.Fail($"No reviewed screenshot yet; wrote {reference}. Look at it and commit it.");
            return;
        }
        // The browser compares the two images (no image library needed): changed pixels and a diff image. In a blank
        // page, because the site's Content-Security-Policy does not allow data: images.
        var blank = await tab.Context.NewPageAsync();
        var result = await blank.EvaluateAsync<DiffResult>("""
            async ([want, got, tolerance]) => {
              const load = src => new Promise((resolve, reject) => { const i = new Image(); i.onload = () => resolve(i); i.onerror = reject; i.src = src; });
              const [a, b] = await Promise.all([load(want), load(got)]);
              const w = Math.max(a.width, b.width), h = Math.max(a.height, b.height);
              const pixels = img => { const c = document.createElement('canvas'); c.width = w; c.height = h; const x = c.getContext('2d'); x.drawImage(img, 0, 0); return x.getImageData(0, 0, w, h); };
              const pa = pixels(a), pb = pixels(b);
              const out = document.createElement('canvas'); out.width = w; out.height = h;
              const ctx = out.getContext('2d'); const diff = ctx.createImageData(w, h);
              let changed = 0;
              for (let i = 0; i < pa.data.length; i += 4) {
                const d = Math.max(Math.abs(pa.data[i] - pb.data[i]), Math.abs(pa.data[i + 1] - pb.data[i + 1]), Math.abs(pa.data[i + 2] - pb.data[i + 2]), Math.abs(pa.data[i + 3] - pb.data[i + 3]));
                const grey = (pb.data[i] + pb.data[i + 1] + pb.data[i + 2]) / 3;
                if (d > tolerance) { changed++; diff.data.set([255, 0, 0, 255], i); }
                else diff.data.set([grey, grey, grey, 64], i);
              }
              ctx.putImageData(diff, 0, 0);
              return { changed, total: w * h, sameSize: a.width === b.width && a.height === b.height, diff: out.toDataURL('image/png') };
            }
            """, new object[] { DataUrl(await File.ReadAllBytesAsync(reference)), DataUrl(png), ChannelTolerance });
        var share = (double)result.Changed / result.Total;
        if (result.SameSize && share <= MaxChangedShare) return;
        var actual = Path.Combine(folder, "actual");
        Directory.CreateDirectory(actual);
        await File.WriteAllBytesAsync(Path.Combine(actual, name + ".png"), png);
        var diffFile = Path.Combine(actual, name + "-diff.png");
        await File.WriteAllBytesAsync(diffFile, Convert.FromBase64String(result.Diff[(result.Diff.IndexOf(',') + 1)..]));
        Assert.Fail($"{name}: {result.Changed} of {result.Total} pixels changed ({share:P2}, allowed {MaxChangedShare:P2})" +
                    (result.SameSize ? "" : ", and the size changed") + $"; see {diffFile}. If intended: LOTSE_UPDATE_SCREENSHOTS=1, review, commit.");
    }

    private static string DataUrl(byte[] png) => "data:image/png;base64," + Convert.ToBase64String(png);

    public sealed class DiffResult
    {
        public int Changed { get; set; }
        public int Total { get; set; }
        public bool SameSize { get; set; }
        public string Diff { get; set; } = "";
    }

    // ---------- One assertion per point of the issue ----------

    [Fact]
    public async Task A_FAQ_topic_page_lists_each_question_once()
    {
        var tab = await OpenAsync("faq/grundlagen/index.html", 1280);
        try
        {
            string[] questions = ["Was ist das Onlinezugangsgesetz?", "Was heißt „Einer für Alle“?", "Wer zahlt den Betrieb?"];
            var main = tab.Locator("main");
            foreach (var question in questions)
            {
                var count = await main.EvaluateAsync<int>(
                    "(m, q) => [...m.querySelectorAll('a, summary, li, h2, h3')].filter(e => e.children.length === 0 || e.matches('summary')).filter(e => e.textContent.trim() === q).length", question);
                count.ShouldBe(1, $"'{question}' must be listed once");
            }
            (await tab.Locator("main details.disclosure").CountAsync()).ShouldBe(questions.Length);
            (await tab.Locator("main .disclosure__body a").CountAsync()).ShouldBe(questions.Length, "each short answer links to its full answer");
        }
        finally { await tab.Context.CloseAsync(); }
    }

    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task In_the_pager_labels_and_long_titles_share_their_left_edge(int width)
    {
        // The page between a long title (prev) and another page (next).
        var tab = await OpenAsync("leitfaden/onlinezugangsgesetz/index.html", width);
        try
        {
            var edges = await tab.EvaluateAsync<double[][]>("""
                () => [...document.querySelectorAll('.pager a')].map(a => {
                  const label = a.querySelector('.pager__label').getBoundingClientRect();
                  const range = document.createRange();
                  range.setStartAfter(a.querySelector('.pager__label'));
                  range.setEnd(a, a.childNodes.length);
                  const lines = [...range.getClientRects()].filter(r => r.width > 1);
                  return [label.left, ...lines.map(r => r.left), lines.length];
                })
                """);
            edges.Length.ShouldBe(2, "the page has a previous and a next page");
            edges.Any(e => e[^1] > 1).ShouldBeTrue("the long title wraps, so the test sees more than one line");
            foreach (var e in edges)
                foreach (var left in e[1..^1]) left.ShouldBe(e[0], 1.5, "every line of the title starts where the label starts");
        }
        finally { await tab.Context.CloseAsync(); }
    }

    [Fact]
    public async Task Footer_pages_are_in_the_footer_and_not_in_the_main_navigation()
    {
        var tab = await OpenAsync("index.html", 1280);
        try
        {
            var main = await tab.Locator("#hauptnavigation a").AllTextContentsAsync();
            main.Select(t => t.Trim()).ShouldBe(["Leitfaden", "FAQ für Kommunen", "Glossar"]);
            var footer = await tab.Locator("footer .footer-nav a").AllTextContentsAsync();
            footer.Select(t => t.Trim()).ShouldBe(["Impressum", "Datenschutzerklärung"]);
            (await tab.Locator("footer .footer-nav a").First.GetAttributeAsync("href")).ShouldBe("impressum/index.html");
            // Nor in the pager: the last page of the guide's reading order is not followed by the imprint.
            await tab.GotoAsync(site.BaseUrl + "glossar/index.html");
            (await tab.Locator(".pager a[rel=next]").CountAsync()).ShouldBe(0);
        }
        finally { await tab.Context.CloseAsync(); }
    }

    [Theory]
    [InlineData(1280, false)]
    [InlineData(375, false)]
    [InlineData(1280, true)]
    public async Task Checklist_checkboxes_are_24_px_targets_with_clickable_labels(int width, bool forced)
    {
        var tab = await OpenAsync("leitfaden/checkliste/index.html", width, forcedColors: forced ? ForcedColors.Active : ForcedColors.None);
        try
        {
            var boxes = tab.Locator("[data-checklist] [data-item] input[type=checkbox]");
            (await boxes.CountAsync()).ShouldBe(3);
            for (var i = 0; i < 3; i++)
            {
                var box = boxes.Nth(i);
                var label = tab.Locator($"label[for='{await box.GetAttributeAsync("id")}']");
                foreach (var expectChecked in new[] { true, false })
                {
                    await label.ClickAsync(); // the label toggles the box, checked or not
                    (await box.IsCheckedAsync()).ShouldBe(expectChecked);
                    var size = (await box.BoundingBoxAsync()).ShouldNotBeNull();
                    size.Width.ShouldBeGreaterThanOrEqualTo(24);
                    size.Height.ShouldBeGreaterThanOrEqualTo(24);
                }
            }
            var radios = tab.Locator("[data-checklist] input[type=radio]");
            for (var i = 0; i < await radios.CountAsync(); i++)
            {
                var size = (await radios.Nth(i).BoundingBoxAsync()).ShouldNotBeNull();
                size.Width.ShouldBeGreaterThanOrEqualTo(24);
                size.Height.ShouldBeGreaterThanOrEqualTo(24);
            }
        }
        finally { await tab.Context.CloseAsync(); }
    }

    [Fact]
    public async Task Glossary_links_are_whole_words_and_keep_emphasis_intact()
    {
        var tab = await OpenAsync("index.html", 1280);
        try
        {
            var html = await tab.Locator("main .prose").InnerHTMLAsync();
            html.ShouldContain("Der <strong>EfA</strong>-Wegweiser und der <strong>EfA-Wegweiser</strong> erklären");
            html.ShouldContain("(<strong><a href=\"glossar/index.html#efa\" class=\"glossary-term\"><abbr title=\"Einer für Alle\">EfA</abbr></a></strong>)");
            // In general: no glossary link is part of a longer word, and emphasis around it holds the link alone.
            var bad = await tab.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('a.glossary-term')].filter(a => {
                  let n = a; while (n.parentElement && /^(STRONG|EM|B|I)$/.test(n.parentElement.tagName) && n.parentElement.textContent.trim() === a.textContent.trim()) n = n.parentElement;
                  if (/^(STRONG|EM|B|I)$/.test(a.parentElement.tagName) && a.parentElement.textContent.trim() !== a.textContent.trim()) return true;
                  const after = (n.nextSibling && n.nextSibling.textContent) || '';
                  const before = (n.previousSibling && n.previousSibling.textContent) || '';
                  return /^[-\u2011]?[\p{L}\p{N}]/u.test(after) || /[\p{L}\p{N}][-\u2011]?$/u.test(before);
                }).map(a => a.parentElement.outerHTML)
                """);
            bad.ShouldBeEmpty();
        }
        finally { await tab.Context.CloseAsync(); }
    }

    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task Headings_h5_and_h6_are_not_smaller_than_body_text(int width)
    {
        var tab = await OpenAsync("leitfaden/grundlagen/index.html", width);
        try
        {
            var sizes = await tab.EvaluateAsync<double[]>(
                "() => ['.prose p', '.prose h4', '.prose h5', '.prose h6'].map(s => parseFloat(getComputedStyle(document.querySelector(s)).fontSize))");
            sizes[2].ShouldBeGreaterThanOrEqualTo(sizes[0], "h5");
            sizes[3].ShouldBeGreaterThanOrEqualTo(sizes[0], "h6");
            sizes[0].ShouldBe(18, 0.01);
        }
        finally { await tab.Context.CloseAsync(); }
    }

    [Fact]
    public async Task The_search_page_has_one_search_field_and_it_holds_the_query()
    {
        var tab = await OpenAsync("index.html", 1280);
        try
        {
            (await tab.Locator("input[type=search]").CountAsync()).ShouldBe(1, "the header search on other pages");
            await tab.Locator("header input[type=search]").FillAsync("Gesetz");
            await tab.Locator("header input[type=search]").PressAsync("Enter");
            await tab.WaitForURLAsync(new Regex("suche/index\\.html\\?q=Gesetz"));
            (await tab.Locator("input[type=search]").CountAsync()).ShouldBe(1, "no second, empty field in the header");
            (await tab.Locator("input[type=search]").InputValueAsync()).ShouldBe("Gesetz");
            (await tab.Locator("[role=search]").CountAsync()).ShouldBe(1);
        }
        finally { await tab.Context.CloseAsync(); }
    }

    [Theory]
    [InlineData(375, 800, "index.html")]
    [InlineData(320, 640, "leitfaden/grundlagen/index.html")]
    [InlineData(375, 800, "suche/index.html")]
    public async Task On_a_phone_the_header_is_short_and_title_menu_and_search_are_reachable(int width, int height, string page)
    {
        var tab = await OpenAsync(page, width, height);
        try
        {
            var header = (await tab.Locator("header.site-header").BoundingBoxAsync()).ShouldNotBeNull();
            header.Height.ShouldBeLessThanOrEqualTo(120, "the header takes at most 120 of the screen's height");
            foreach (var selector in new[] { "a.brand", "button.nav-toggle", "input[type=search]" })
            {
                var element = tab.Locator(selector).First;
                (await element.IsVisibleAsync()).ShouldBeTrue(selector);
                var box = (await element.BoundingBoxAsync()).ShouldNotBeNull();
                ((double)box.X + box.Width).ShouldBeLessThanOrEqualTo(width + 0.5, selector);
                ((double)box.Y).ShouldBeLessThan(height, selector);
            }
            (await tab.Locator(".brand__name").IsVisibleAsync()).ShouldBeTrue();
            (await tab.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= innerWidth")).ShouldBeTrue("no sideways scrolling");
            await tab.Locator("button.nav-toggle").ClickAsync();
            (await tab.Locator("#hauptnavigation").IsVisibleAsync()).ShouldBeTrue();
        }
        finally { await tab.Context.CloseAsync(); }
    }

    [Fact]
    public async Task The_ZIP_link_goes_to_the_online_address_also_in_the_unzipped_copy()
    {
        var tab = await OpenAsync("index.html", 1280);
        try
        {
            var href = await tab.Locator("a[data-offline-archive-link]").First.GetAttributeAsync("href");
            href.ShouldNotBeNull().ShouldStartWith(MiniSiteFixture.OnlineAddress + "download/");
            href.ShouldEndWith(".zip");
            (await tab.Locator("[data-offline-archive]").TextContentAsync() ?? "").ShouldNotContain("Offline-Fassung", Case.Sensitive, "online, the link is just a link");

            var archive = Path.Combine(site.SiteFolder, href[MiniSiteFixture.OnlineAddress.Length..]);
            File.Exists(archive).ShouldBeTrue();
            var folder = site.NewTempFolder("lotse-theme-unzipped");
            ZipFile.ExtractToDirectory(archive, folder);
            File.Exists(Path.Combine(folder, href[MiniSiteFixture.OnlineAddress.Length..])).ShouldBeFalse("the ZIP is not part of itself");
            foreach (var page in new[] { "index.html", "faq/index.html" })
            {
                await tab.GotoAsync(new Uri(Path.Combine(folder, page)).AbsoluteUri);
                var links = tab.Locator("a[data-offline-archive-link]");
                (await links.CountAsync()).ShouldBeGreaterThan(0, page);
                for (var i = 0; i < await links.CountAsync(); i++)
                    (await links.Nth(i).GetAttributeAsync("href")).ShouldBe(href, page);
                await Assertions.Expect(tab.Locator("[data-offline-archive]")).ToContainTextAsync("Offline-Fassung");
            }
        }
        finally { await tab.Context.CloseAsync(); }
    }

    [Theory]
    [InlineData("index.html", 320)]
    [InlineData("index.html", 375)]
    [InlineData("leitfaden/onlinezugangsgesetz/index.html", 320)]
    public async Task A_page_title_breaks_long_words_only_at_syllables(string page, int width)
    {
        var tab = await OpenAsync(page, width);
        try
        {
            (await tab.EvaluateAsync<string>("() => document.documentElement.lang")).ShouldBe("de");
            (await tab.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('h1')).hyphens")).ShouldBe("auto");
            var text = await tab.Locator("h1").TextContentAsync();
            text.ShouldNotBeNull().ShouldContain("\u00AD", customMessage: "soft hyphens in the long compound");
            // Lines end only at a space, a hyphen or a soft hyphen: no piece of text between two of those spans two lines.
            var breaks = await tab.EvaluateAsync<string[]>("""
                () => {
                  const bad = [];
                  const walker = document.createTreeWalker(document.querySelector('h1'), NodeFilter.SHOW_TEXT);
                  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    const pieces = /[^\s\u00AD\-–]+/g;
                    for (let m = pieces.exec(node.data); m; m = pieces.exec(node.data)) {
                      const range = document.createRange();
                      range.setStart(node, m.index); range.setEnd(node, m.index + m[0].length);
                      let rects = [...range.getClientRects()].filter(r => r.width > 0);
                      // After a soft hyphen where the line broke, Chromium adds the drawn hyphen at the end of the line above.
                      if (node.data[m.index - 1] === '\u00AD' && rects.length > 1) rects = rects.slice(1);
                      if (new Set(rects.map(r => Math.round(r.top))).size > 1) bad.push(m[0]);
                    }
                  }
                  return bad;
                }
                """);
            breaks.ShouldBeEmpty();
            (await tab.EvaluateAsync<bool>("() => { const h = document.querySelector('h1'); return h.scrollWidth <= h.clientWidth; }")).ShouldBeTrue();
        }
        finally { await tab.Context.CloseAsync(); }
    }

    [Fact]
    public async Task Axe_finds_no_violations_on_the_mini_site_at_375_and_1280_px()
    {
        var failures = new List<string>();
        await using var scanner = await PageScanner.CreateAsync(site.Browser, site.BaseUrl);
        string[] pages =
        [
            "index.html", "leitfaden/index.html", "leitfaden/grundlagen/index.html", "leitfaden/zusammenarbeit/index.html",
            "leitfaden/checkliste/index.html", "faq/index.html", "faq/grundlagen/index.html", "faq/grundlagen/was-ist-das-ozg/index.html",
            "glossar/index.html", "suche/index.html?q=Gesetz", "impressum/index.html",
        ];
        foreach (var width in new[] { 375, 1280 })
        {
            await scanner.Page.SetViewportSizeAsync(width, 800);
            foreach (var page in pages)
            {
                await scanner.Page.GotoAsync(site.BaseUrl + page);
                var toggle = scanner.Page.Locator("button.nav-toggle");
                if (await toggle.IsVisibleAsync()) await toggle.ClickAsync();
                foreach (var v in await PageScanner.AxeViolationsAsync(scanner.Page)) failures.Add($"{page} at {width} px: {v}");
            }
        }
        if (failures.Count > 0) Assert.Fail(string.Join("\n", failures));
    }
}

using Microsoft.Playwright;

namespace Lotse.BrowserTests.Conformance;

/// <summary>
/// Issue 25, point 2: the WCAG criteria axe cannot see, tested in Chromium on the built repository site, one page of
/// each type, and recorded for the conformance report (<see cref="ConformanceRecorder"/>).
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class ConformanceBrowserTests(SiteFixture site)
{
    /// <summary>One page of each type the default theme renders.</summary>
    public static readonly (string Type, string Page)[] PageTypes =
    [
        ("start", "index.html"),
        ("bereich", "leitfaden/index.html"),
        ("seite", "leitfaden/reifegradmodell/index.html"),
        ("faq-frage", "faq/grundlagen/was-ist-der-portalverbund/index.html"),
        ("glossar", "glossar/index.html"),
        ("suche", "suche/index.html"),
        ("checkliste", "efa-wegweiser/checklisten/kommune/index.html"),
        ("erklaerung", "erklaerung-barrierefreiheit/index.html"),
        ("pruefbericht", "barrierefreiheit/pruefbericht/index.html"),
    ];

    private async Task<IPage> OpenAsync(string page, int width, int height = 800, float scale = 1, bool userStyles = false)
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height }, DeviceScaleFactor = scale, Locale = "de-DE",
            BypassCSP = userStyles, // a reader's own style sheet (text spacing) is not the site's inline style
        });
        var tab = await context.NewPageAsync();
        (await tab.GotoAsync(site.UrlOf(page))).ShouldNotBeNull().Status.ShouldBe(200);
        return tab;
    }

    /// <summary>The page types whose structure does not depend on the conformance report itself (the Erklärung and the
    /// report list what is open, so their outline changes with the evidence; their headings are checked statically).</summary>
    private static readonly string[] ReportPages = ["erklaerung", "pruefbericht"];

    private async Task ForEachTypeAsync(int width, int height, Func<IPage, string, Task> check, float scale = 1, bool userStyles = false, bool withReportPages = true)
    {
        foreach (var (type, page) in PageTypes.Where(p => withReportPages || !ReportPages.Contains(p.Type)))
        {
            var tab = await OpenAsync(page, width, height, scale, userStyles);
            try { await check(tab, type); }
            finally { await tab.Context.CloseAsync(); }
        }
    }

    /// <summary>Elements wider than the viewport or text cut off by overflow: hidden/clip (what a reader would lose).</summary>
    private const string LostContent = """
        () => {
          const problems = [];
          const root = document.documentElement;
          if (root.scrollWidth > root.clientWidth + 1) problems.push('waagerechtes Scrollen: ' + root.scrollWidth + ' > ' + root.clientWidth);
          for (const el of document.body.querySelectorAll('*')) {
            const s = getComputedStyle(el);
            if (s.display === 'none' || s.visibility === 'hidden' || el.closest('.visually-hidden, .skip-link, [hidden]')) continue;
            if (el.closest('.table-scroll, pre')) continue; // scroll containers a reader can scroll (keyboard-focusable)
            const box = el.getBoundingClientRect();
            if (box.width <= 1 || box.height <= 1) continue; // visually hidden on purpose (for screen readers only)
            const clips = v => v === 'hidden' || v === 'clip';
            if (!el.textContent.trim()) continue;
            if ((clips(s.overflowX) && el.scrollWidth > el.clientWidth + 2) || (clips(s.overflowY) && el.scrollHeight > el.clientHeight + 2))
              problems.push('abgeschnitten: <' + el.tagName.toLowerCase() + ' class="' + el.className + '">');
          }
          return problems.slice(0, 5);
        }
        """;

    [Fact]
    public async Task Axe_finds_no_violation_on_any_page() => await ConformanceRecorder.RunAsync(site, "axe", async () =>
    {
        var scan = await site.ScanAsync();
        var failing = scan.Pages.Where(p => p.AxeViolations.Count > 0).Select(p => p.Page + ": " + string.Join(", ", p.AxeViolations)).ToList();
        failing.ShouldBeEmpty();
        return $"{scan.Pages.Count} Seiten, 0 Verstöße";
    });

    [Fact]
    public async Task Focus_moves_in_document_order_is_always_visible_and_changes_no_context() => await ConformanceRecorder.RunAsync(site, "focus-visible", async () =>
    {
        var stops = 0;
        await ConformanceRecorder.RunAsync(site, "focus-order", async () =>
        {
            await ForEachTypeAsync(1280, 900, async (tab, type) =>
            {
                var url = tab.Url;
                for (var i = 0; i < 40; i++)
                {
                    await tab.Keyboard.PressAsync("Tab");
                    var state = await tab.EvaluateAsync<string>("""
                        () => {
                          const a = document.activeElement;
                          if (!a || a === document.body) return 'end';
                          const s = getComputedStyle(a);
                          const ring = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || (s.boxShadow && s.boxShadow !== 'none');
                          const prev = window.__lastFocus;
                          const ordered = !prev || !!(prev.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING);
                          window.__lastFocus = a;
                          return (ring ? 'ring' : 'noring:' + a.outerHTML.slice(0, 80)) + '|' + (ordered ? 'ordered' : 'back:' + a.outerHTML.slice(0, 80));
                        }
                        """);
                    if (state == "end") break;
                    stops++;
                    state.ShouldStartWith("ring|", customMessage: $"{type}: focused element without a visible focus indicator");
                    state.ShouldEndWith("|ordered", customMessage: $"{type}: focus moved backwards in the document");
                    tab.Url.ShouldBe(url, $"{type}: moving the focus changed the page");
                }
            });
            return $"{PageTypes.Length} Seitenarten, je bis zu 40 Tab-Schritte in Dokumentreihenfolge ohne Kontextwechsel";
        });
        return $"{stops} fokussierte Elemente auf {PageTypes.Length} Seitenarten mit Fokusrahmen (mindestens 2 px oder Schatten)";
    });

    [Fact]
    public async Task Tab_reaches_every_control_and_leaves_the_page_without_a_trap() => await ConformanceRecorder.RunAsync(site, "no-keyboard-trap", async () =>
    {
        var total = 0;
        await ConformanceRecorder.RunAsync(site, "keyboard", async () =>
        {
            await ForEachTypeAsync(1280, 900, async (tab, type) =>
            {
                // The content of a closed <details> is not rendered (Chromium still gives it boxes); its summary is.
                await tab.EvaluateAsync("() => { window.inClosedDetails = e => { const d = e.closest('details:not([open])'); return !!d && !(e.tagName === 'SUMMARY' && e.parentElement === d); }; }");
                var tabbable = await tab.EvaluateAsync<int>("""
                    () => [...document.querySelectorAll('a[href], button, input:not([type=radio]), input[type=radio]:checked, select, textarea, summary, [tabindex]:not([tabindex="-1"])')]
                      .filter(e => !e.disabled && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden' && !inClosedDetails(e)).length
                    """);
                await tab.EvaluateAsync("() => { window.__seen = new Set(); document.addEventListener('focusin', e => window.__seen.add(e.target)); }");
                var left = false;
                for (var i = 0; i < tabbable + 10 && !left; i++)
                {
                    await tab.Keyboard.PressAsync("Tab");
                    left = await tab.EvaluateAsync<bool>("() => document.activeElement === document.body || document.activeElement === null");
                }
                left.ShouldBeTrue($"{type}: after {tabbable + 10} Tabs the focus is still in the page (keyboard trap?)");
                var unseen = await tab.EvaluateAsync<string[]>("""
                    () => [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])')]
                      .filter(e => !e.disabled && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden' && !inClosedDetails(e) && !window.__seen.has(e))
                      // a radio group is one Tab stop; the arrow keys move inside it
                      .filter(e => !(e.type === 'radio' && [...window.__seen].some(s => s.type === 'radio' && s.name === e.name)))
                      .map(e => e.outerHTML.slice(0, 100))
                    """);
                unseen.ShouldBeEmpty($"{type}: Tab did not reach these visible controls");
                total += tabbable;
            });
            return $"{total} sichtbare Bedienelemente auf {PageTypes.Length} Seitenarten mit Tab erreicht";
        });
        return $"auf {PageTypes.Length} Seitenarten verlässt der Fokus die Seite nach dem letzten Element";
    });

    [Fact]
    public async Task At_320_pixels_nothing_scrolls_sideways_or_is_cut_off() => await ConformanceRecorder.RunAsync(site, "reflow-320", async () =>
    {
        await ForEachTypeAsync(320, 640, async (tab, type) =>
            (await tab.EvaluateAsync<string[]>(LostContent)).ShouldBeEmpty($"{type} at 320 px"));
        return $"{PageTypes.Length} Seitenarten bei 320 × 640 CSS-Pixeln";
    });

    [Fact]
    public async Task At_200_percent_zoom_nothing_scrolls_sideways_or_is_cut_off() => await ConformanceRecorder.RunAsync(site, "zoom-200", async () =>
    {
        // A 1280 × 800 window at 200 % zoom lays out 640 × 400 CSS pixels at twice the device pixels.
        await ForEachTypeAsync(640, 400, async (tab, type) =>
            (await tab.EvaluateAsync<string[]>(LostContent)).ShouldBeEmpty($"{type} at 200 %"), scale: 2);
        return $"{PageTypes.Length} Seitenarten bei 640 × 400 CSS-Pixeln mit Pixelverhältnis 2 (1280er Fenster bei 200 %)";
    });

    [Fact]
    public async Task With_the_text_spacing_of_WCAG_1_4_12_no_text_is_cut_off() => await ConformanceRecorder.RunAsync(site, "text-spacing", async () =>
    {
        foreach (var width in new[] { 1280, 375 })
            await ForEachTypeAsync(width, 800, async (tab, type) =>
            {
                await tab.AddStyleTagAsync(new() { Content = "* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }" });
                (await tab.EvaluateAsync<string[]>(LostContent)).ShouldBeEmpty($"{type} at {width} px with WCAG 1.4.12 spacing");
            }, userStyles: true);
        return $"{PageTypes.Length} Seitenarten bei 1280 und 375 px mit Zeilenhöhe 1,5, Absatzabstand 2, Zeichenabstand 0,12, Wortabstand 0,16";
    });

    [Fact]
    public async Task Hover_and_focus_show_no_extra_content() => await ConformanceRecorder.RunAsync(site, "hover-content", async () =>
    {
        var tab = await OpenAsync("leitfaden/reifegradmodell/index.html", 1280);
        try
        {
            // Rules that show or hide something else on :hover or :focus (a tooltip, a flyout): each would need Escape to dismiss it.
            var revealing = await tab.EvaluateAsync<string[]>("""
                () => {
                  const found = [];
                  const walk = rules => { for (const r of rules) {
                    if (r.cssRules && !r.selectorText) walk(r.cssRules);
                    if (!r.selectorText || !r.style) continue;
                    const reveals = /:(hover|focus|focus-within|focus-visible)\b[^,]*[\s>+~]\S/.test(r.selectorText);
                    const shows = ['display', 'visibility', 'opacity', 'clip', 'clip-path', 'max-height', 'transform'].some(p => r.style.getPropertyValue(p));
                    if (reveals && shows) found.push(r.selectorText);
                  } };
                  for (const sheet of document.styleSheets) walk(sheet.cssRules);
                  return found;
                }
                """);
            revealing.ShouldBeEmpty("content shown on hover or focus must be dismissable with Escape; test it here");
            var titles = await tab.EvaluateAsync<int>("() => document.querySelectorAll('[title]').length");
            return $"keine CSS-Regel blendet bei Hover oder Fokus Inhalte ein; {titles} title-Attribute (Tooltips des Browsers)";
        }
        finally { await tab.Context.CloseAsync(); }
    });

    [Fact]
    public async Task Every_page_type_works_in_portrait_and_landscape() => await ConformanceRecorder.RunAsync(site, "orientation", async () =>
    {
        foreach (var (width, height) in new[] { (375, 667), (667, 375) })
            await ForEachTypeAsync(width, height, async (tab, type) =>
            {
                (await tab.EvaluateAsync<string[]>(LostContent)).ShouldBeEmpty($"{type} at {width}×{height}");
                (await tab.Locator("main").BoundingBoxAsync()).ShouldNotBeNull().Width.ShouldBeGreaterThan((float)(width * 0.8), $"{type}: main uses the width at {width}×{height}");
            });
        var locked = await File.ReadAllTextAsync(Path.Combine(site.SiteFolder, "assets", "css", "site.css"));
        locked.ShouldNotContain("orientation", customMessage: "the theme's CSS must not lock an orientation");
        return $"{PageTypes.Length} Seitenarten im Hoch- (375 × 667) und Querformat (667 × 375)";
    });

    [Fact]
    public async Task Headings_and_landmarks_of_each_page_type_match_their_golden_outline() => await ConformanceRecorder.RunAsync(site, "outline", async () =>
    {
        var folder = Path.Combine(site.RepoRoot, "tests", "Lotse.BrowserTests", "Conformance", "Outlines");
        var update = Environment.GetEnvironmentVariable("LOTSE_UPDATE_OUTLINES") == "1";
        await ForEachTypeAsync(1280, 900, async (tab, type) =>
        {
            var snapshot = await tab.Locator("body").AriaSnapshotAsync();
            var outline = string.Join("\n", snapshot.Split('\n')
                .Where(l => System.Text.RegularExpressions.Regex.IsMatch(l.TrimStart(), @"^- '?(banner|navigation|main|article|contentinfo|complementary|search|region|heading)\b"))
                .Select(l => System.Text.RegularExpressions.Regex.Replace(l, ":$", ""))) + "\n";
            var golden = Path.Combine(folder, type + ".txt");
            if (update) await File.WriteAllTextAsync(golden, outline);
            File.Exists(golden).ShouldBeTrue($"{golden} is missing (LOTSE_UPDATE_OUTLINES=1 writes it; review it before committing)");
            outline.ShouldBe(await File.ReadAllTextAsync(golden), $"outline of {type}");
        }, withReportPages: false);
        return $"{PageTypes.Length - ReportPages.Length} Seitenarten stimmen mit den geprüften Umrissen überein";
    });

    [Fact]
    public async Task Foreign_words_marked_in_Markdown_carry_their_language() => await ConformanceRecorder.RunAsync(site, "language-of-parts", async () =>
    {
        var tab = await OpenAsync("werkzeugkasten/nutzerreisen/index.html", 1280);
        try
        {
            var foreign = tab.Locator("main [lang='en']");
            (await foreign.CountAsync()).ShouldBeGreaterThan(0);
            (await foreign.First.InnerTextAsync()).ShouldBe("User Journey");
            (await tab.EvaluateAsync<string>("() => document.documentElement.lang")).ShouldBe("de");
            return "„User Journey“ auf werkzeugkasten/nutzerreisen/ trägt lang=\"en\" aus dem Markdown-Attribut {lang=en}";
        }
        finally { await tab.Context.CloseAsync(); }
    });

    [Fact]
    public async Task Header_navigation_and_footer_are_the_same_on_every_page_type() => await ConformanceRecorder.RunAsync(site, "consistent-navigation", async () =>
    {
        string? first = null;
        await ForEachTypeAsync(1280, 900, async (tab, type) =>
        {
            var shape = await tab.EvaluateAsync<string>("""
                () => {
                  const names = sel => [...document.querySelectorAll(sel)].map(a => a.textContent.trim().replace(/\s+/g, ' ')).join(' | ');
                  const top = sel => { const e = document.querySelector(sel); return e ? Math.round(e.getBoundingClientRect().top + scrollY) : -1; };
                  return ['header: ' + names('body > header a'), 'nav: ' + names('#hauptnavigation > ul > li > a, #hauptnavigation > ul > li > span, #hauptnavigation > ul > li > details > summary'),
                          'footer: ' + names('body > footer nav a'), 'header-top: ' + top('body > header')].join('\n');
                }
                """);
            first ??= shape;
            shape.ShouldBe(first, $"{type} differs from {PageTypes[0].Type}");
        });
        return $"Kopfzeile, Hauptnavigation (oberste Ebene) und Fußnavigation gleich auf {PageTypes.Length} Seitenarten";
    });

    [Fact]
    public async Task Search_count_and_checklist_progress_are_announced_in_live_regions() => await ConformanceRecorder.RunAsync(site, "status-messages", async () =>
    {
        var search = await OpenAsync("suche/index.html?q=Reifegradmodell", 1280);
        string count;
        try
        {
            var status = search.Locator("[data-lotse-search-status]");
            (await status.GetAttributeAsync("role")).ShouldBe("status");
            await Assertions.Expect(status).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"\d+ (Treffer|Ergebnis)"));
            count = (await status.InnerTextAsync()).Trim();
        }
        finally { await search.Context.CloseAsync(); }

        var checklist = await OpenAsync("efa-wegweiser/checklisten/kommune/index.html", 1280);
        try
        {
            var live = checklist.Locator("[data-page-count][aria-live='polite']");
            var before = (await live.InnerTextAsync()).Trim();
            await checklist.Locator("input.checklist-box").First.CheckAsync();
            await Assertions.Expect(live).Not.ToHaveTextAsync(before);
            return $"Suche: „{count}“ in role=status; Checkliste: „{before}“ → „{(await live.InnerTextAsync()).Trim()}“ in aria-live=polite";
        }
        finally { await checklist.Context.CloseAsync(); }
    });

    [Fact]
    public async Task A_search_without_hits_says_so_in_text() => await ConformanceRecorder.RunAsync(site, "error-identification", async () =>
    {
        var tab = await OpenAsync("suche/index.html?q=xqzzyvw", 1280);
        try
        {
            var status = tab.Locator("[data-lotse-search-status]");
            await Assertions.Expect(status).ToContainTextAsync(new System.Text.RegularExpressions.Regex("[Kk]eine|0 Treffer"));
            return $"Suche ohne Treffer: „{(await status.InnerTextAsync()).Trim()}“ als Text in role=status";
        }
        finally { await tab.Context.CloseAsync(); }
    });
}

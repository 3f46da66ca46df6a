using Microsoft.Playwright;

namespace Lotse.BrowserTests;

/// <summary>Keyboard use: the skip link, the collapsible navigation on small screens, the FAQ disclosures,
/// and that the navigation is there without JavaScript.</summary>
[Collection(SiteCollection.Name)]
public sealed class KeyboardTests(SiteFixture site)
{
    private const string DeepPage = "leitfaden/reifegradmodell/index.html";

    private async Task<IPage> OpenAsync(string page, int width, int height = 900, bool javaScript = true)
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            JavaScriptEnabled = javaScript,
            Locale = "de-DE",
        });
        var tab = await context.NewPageAsync();
        var response = await tab.GotoAsync(site.UrlOf(page));
        response.ShouldNotBeNull().Status.ShouldBe(200);
        return tab;
    }

    private static Task<string> ActiveAsync(IPage tab) => tab.EvaluateAsync<string>(
        "() => { const a = document.activeElement; return a ? a.tagName.toLowerCase() + (a.id ? '#' + a.id : '') + (a.className && typeof a.className === 'string' ? '.' + a.className.split(' ').join('.') : '') : 'none'; }");

    [Theory]
    [InlineData("index.html", 1280)]
    [InlineData(DeepPage, 1280)]
    [InlineData(DeepPage, 320)]
    public async Task The_first_Tab_reaches_the_visible_skip_link_and_it_moves_focus_to_main(string page, int width)
    {
        var tab = await OpenAsync(page, width);
        try
        {
            await tab.Keyboard.PressAsync("Tab");
            (await ActiveAsync(tab)).ShouldBe("a.skip-link");
            var box = (await tab.Locator("a.skip-link").BoundingBoxAsync()).ShouldNotBeNull();
            box.Y.ShouldBeGreaterThanOrEqualTo(0, "the focused skip link must be on screen");
            (box.X + box.Width).ShouldBeLessThanOrEqualTo(width);
            (await tab.Locator("a.skip-link").InnerTextAsync()).ShouldBe("Zum Inhalt springen");

            await tab.Keyboard.PressAsync("Enter");
            (await ActiveAsync(tab)).ShouldBe("main#inhalt");
            // The next Tab continues inside main, not back in the header.
            await tab.Keyboard.PressAsync("Tab");
            (await tab.EvaluateAsync<bool>("() => !!document.activeElement.closest('main')")).ShouldBeTrue();
        }
        finally { await tab.Context.CloseAsync(); }
    }

    [Fact]
    public async Task The_mobile_navigation_opens_and_closes_with_the_keyboard_and_gives_focus_back()
    {
        var tab = await OpenAsync(DeepPage, 375, 800);
        try
        {
            var toggle = tab.Locator("button.nav-toggle");
            var nav = tab.Locator("nav#hauptnavigation");
            (await toggle.IsVisibleAsync()).ShouldBeTrue("the menu button is shown on small screens");
            (await toggle.GetAttributeAsync("aria-controls")).ShouldBe("hauptnavigation");
            (await toggle.GetAttributeAsync("aria-expanded")).ShouldBe("false");
            (await nav.IsVisibleAsync()).ShouldBeFalse("the navigation starts collapsed");

            // Reach the button with Tab only.
            for (var i = 0; i < 10 && await ActiveAsync(tab) != "button.nav-toggle"; i++) await tab.Keyboard.PressAsync("Tab");
            (await ActiveAsync(tab)).ShouldBe("button.nav-toggle");

            await tab.Keyboard.PressAsync("Enter");
            (await toggle.GetAttributeAsync("aria-expanded")).ShouldBe("true");
            (await nav.IsVisibleAsync()).ShouldBeTrue();
            (await nav.Locator("[aria-current=page]").IsVisibleAsync()).ShouldBeTrue("the current page is marked in the open navigation");

            // Tab moves into the navigation.
            await tab.Keyboard.PressAsync("Tab");
            (await tab.EvaluateAsync<bool>("() => !!document.activeElement.closest('#hauptnavigation')")).ShouldBeTrue();

            // Escape closes it and gives focus back to the button.
            await tab.Keyboard.PressAsync("Escape");
            (await toggle.GetAttributeAsync("aria-expanded")).ShouldBe("false");
            (await nav.IsVisibleAsync()).ShouldBeFalse();
            (await ActiveAsync(tab)).ShouldBe("button.nav-toggle");

            // Space toggles it too.
            await tab.Keyboard.PressAsync("Space");
            (await toggle.GetAttributeAsync("aria-expanded")).ShouldBe("true");
            await tab.Keyboard.PressAsync("Space");
            (await toggle.GetAttributeAsync("aria-expanded")).ShouldBe("false");
            (await nav.IsVisibleAsync()).ShouldBeFalse();
            (await ActiveAsync(tab)).ShouldBe("button.nav-toggle");
        }
        finally { await tab.Context.CloseAsync(); }
    }

    [Fact]
    public async Task On_wide_screens_the_navigation_is_always_shown_and_the_menu_button_is_hidden()
    {
        var tab = await OpenAsync(DeepPage, 1280);
        try
        {
            (await tab.Locator("nav#hauptnavigation").IsVisibleAsync()).ShouldBeTrue();
            (await tab.Locator("button.nav-toggle").IsVisibleAsync()).ShouldBeFalse();
        }
        finally { await tab.Context.CloseAsync(); }
    }

    [Fact]
    public async Task Without_JavaScript_the_navigation_is_shown_on_small_screens()
    {
        var tab = await OpenAsync(DeepPage, 375, 800, javaScript: false);
        try
        {
            (await tab.Locator("nav#hauptnavigation").IsVisibleAsync()).ShouldBeTrue();
            (await tab.Locator("button.nav-toggle").IsVisibleAsync()).ShouldBeFalse("a button that does nothing must not be shown");
            (await tab.Locator("nav#hauptnavigation [aria-current=page]").IsVisibleAsync()).ShouldBeTrue();
        }
        finally { await tab.Context.CloseAsync(); }
    }

    [Fact]
    public async Task FAQ_disclosures_open_and_close_with_the_keyboard()
    {
        var topic = site.Pages.First(p => p.StartsWith("faq/", StringComparison.Ordinal) && p.Count(c => c == '/') == 2
                                          && File.ReadAllText(Path.Combine(site.SiteFolder, p)).Contains("<details", StringComparison.Ordinal));
        var tab = await OpenAsync(topic, 1280);
        try
        {
            var details = tab.Locator("details.disclosure").First;
            var summary = details.Locator("summary");
            (await details.GetAttributeAsync("open")).ShouldBeNull();
            (await details.Locator(".disclosure__body").IsVisibleAsync()).ShouldBeFalse();
            await summary.FocusAsync();
            await tab.Keyboard.PressAsync("Enter");
            (await details.GetAttributeAsync("open")).ShouldNotBeNull();
            (await details.Locator(".disclosure__body").IsVisibleAsync()).ShouldBeTrue();
            (await details.Locator(".disclosure__body a").CountAsync()).ShouldBe(1);
            await tab.Keyboard.PressAsync("Space");
            (await details.GetAttributeAsync("open")).ShouldBeNull();
        }
        finally { await tab.Context.CloseAsync(); }
    }

    /// <summary>The per-page scan runs axe at 1280 px; here one page of each layout is checked at 320 px
    /// with the navigation open, where other parts of the theme are visible.</summary>
    [Fact]
    public async Task One_page_of_each_layout_has_no_axe_violations_at_320_px_with_the_menu_open()
    {
        string[] samples =
        [
            "index.html", "leitfaden/index.html", "leitfaden/reifegradmodell/index.html", "leitfaden/themenfelder/index.html",
            "leitfaden/themenfelder/bauen-wohnen/index.html", "werkzeugkasten/personas/index.html", "faq/index.html",
            "faq/grundlagen/index.html", "faq/grundlagen/was-ist-eine-ozg-leistung/index.html", "glossar/index.html",
            "leichte-sprache/index.html", "erklaerung-barrierefreiheit/index.html", "404.html",
        ];
        var failures = new List<string>();
        await using var scanner = await PageScanner.CreateAsync(site.Browser, site.BaseUrl);
        await scanner.Page.SetViewportSizeAsync(320, 720);
        foreach (var sample in samples.Where(s => site.Pages.Contains(s)))
        {
            await scanner.Page.GotoAsync(site.UrlOf(sample));
            var toggle = scanner.Page.Locator("button.nav-toggle");
            if (await toggle.IsVisibleAsync()) await toggle.ClickAsync();
            foreach (var v in await PageScanner.AxeViolationsAsync(scanner.Page)) failures.Add($"{sample}: {v}");
        }
        samples.Count(s => site.Pages.Contains(s)).ShouldBeGreaterThan(8, "the sample pages moved; update the list");
        if (failures.Count > 0) Assert.Fail(string.Join("\n", failures));
    }

    [Fact]
    public async Task Focus_is_visible_on_links_and_buttons()
    {
        var tab = await OpenAsync(DeepPage, 375, 800);
        try
        {
            // Compare each focused element with its unfocused look: outline, box-shadow or background must change.
            const string script = """
                async (selector) => {
                  const el = document.querySelector(selector);
                  const look = () => { const s = getComputedStyle(el); return [s.outlineStyle + s.outlineWidth + s.outlineColor, s.boxShadow, s.backgroundColor].join('|'); };
                  document.activeElement && document.activeElement.blur && document.activeElement.blur();
                  const before = look();
                  el.focus({ focusVisible: true });
                  return before !== look();
                }
                """;
            foreach (var selector in new[] { "a.skip-link", "a.brand", "button.nav-toggle", ".prose a", ".site-footer a", ".pager a" })
            {
                // :focus-visible applies after keyboard use, so press a key first.
                await tab.Keyboard.PressAsync("Shift");
                (await tab.EvaluateAsync<bool>(script, selector)).ShouldBeTrue($"no visible focus change on {selector}");
            }
        }
        finally { await tab.Context.CloseAsync(); }
    }
}

using Lotse.Site;
using Microsoft.Playwright;

namespace Lotse.BrowserTests;

/// <summary>Issue 19, point 1 in Chromium: a mini-site with the repository's theme whose every name, title,
/// description, tag, source, glossary term, role, checklist item, nav.yml entry and setting shown to readers is hostile.
/// Every payload sets <c>window.__pwned</c> or calls <c>alert</c>. Opened from disk (file://) and over HTTP with the
/// generator's server, no page runs a payload (trap, dialogs, console) and no attribute holds a URL with a scheme
/// other than http, https, mailto, tel (file:// from disk), nor an event handler. Also the search page with a hostile
/// query and with hits on hostile titles, the checklist pages, the print edition and the single-file FAQ.</summary>
public sealed class HostileSiteBrowserTests : IClassFixture<HostileSiteBrowserTests.HostileSite>
{
    private readonly HostileSite _site;

    public HostileSiteBrowserTests(HostileSite site) => _site = site;

    /// <summary>A payload per place (numbered so that a failure names the place), each a different trick.</summary>
    private static string P(int n) => (n % 8) switch
    {
        0 => $"<script>__pwned={n}</script>",
        1 => $"\"><img src=x onerror=__pwned={n}>",
        2 => $"'><svg onload=__pwned={n}>",
        3 => $"</textarea></title></script><script>alert({n})</script>",
        4 => $"&lt;img src=x onerror=__pwned={n}&gt;",
        5 => $"&#60;script&#62;__pwned={n}&#60;/script&#62;",
        6 => $"＜script＞__pwned={n}＜/script＞ javascript:__pwned={n}",
        _ => $"\" onmouseover=\"__pwned={n}\" x=\"",
    };

    /// <summary>YAML's double-quoted form of a payload.</summary>
    private static string Y(int n) => "\"" + P(n).Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    /// <summary>Names the file system and LOT0161 allow (no &lt; &gt; " ' &amp; # ? % : \ ` | *): script words, spaces,
    /// '=', parentheses, Unicode look-alikes of '&lt;', '&gt;', ':' and '/'.</summary>
    private static readonly string[] HostileNames =
    [
        "javascript",
        "x onmouseover=__pwned=40 y",
        "＜script＞__pwned=41＜／script＞",
        "ｊａｖａｓｃｒｉｐｔ：__pwned=42",
        "(__pwned=43);",
        "javascript﹕__pwned=44",
    ];

    public static Dictionary<string, string> Files()
    {
        var files = new Dictionary<string, string>
        {
            ["lotse.yml"] = $"""
                title: {Y(1)}
                description: {Y(2)}
                claim: {Y(3)}
                language: de
                theme: default
                search: true
                links: files
                editUrl: "https://git.example.org/edit/{"{path}"}?x=\"><svg onload=__pwned=4>"
                footer: [impressum.md]
                html: {"{ sanitize: true }"}
                """,
            ["content/index.md"] = $"""
                ---
                title: {Y(5)}
                description: {Y(6)}
                tags: [{Y(7)}, {Y(8)}]
                quellen:
                  - "https://example.org/?q=\"><script>__pwned=9</script>"
                  - "https://example.org/'><svg onload=__pwned=10>"
                ---
                Willkommen beim OZG. Text mit &lt;script&gt;__pwned=11&lt;/script&gt; und `<script>__pwned=12</script>`.

                ## {P(13)}

                [{P(14)}](javascript/index.md)

                <img alt="" onerror="__pwned=15">
                """,
            ["content/impressum.md"] = $"---\ntitle: {Y(16)}\n---\nImpressum.\n",
            ["content/suche.md"] = "---\ntitle: Suche\nlayout: suche\nnav: false\n---\nSuchen.\n",
            ["content/glossar.md"] = $"---\ntitle: Glossar\nlayout: glossar\ndescription: {Y(17)}\n---\nBegriffe.\n",
            ["content/_data/glossar.yml"] = $"""
                - begriff: OZG
                  langform: {Y(18)}
                  erklaerung: {Y(19)}
                  synonyme: [{Y(20)}]
                - begriff: {Y(21)}
                  erklaerung: {Y(22)}
                """,
            ["content/_data/rollen.yml"] = $"""
                - id: kommune
                  name: {Y(23)}
                  kurz: {Y(24)}
                  beschreibung: {Y(25)}
                - id: land
                  name: {Y(26)}
                  kurz: {Y(27)}
                  beschreibung: {Y(28)}
                """,
            ["content/_data/nav.yml"] = $"""
                - javascript
                - {Y(29)}
                - faq
                """,
            ["content/javascript/index.md"] = $"---\ntitle: {Y(31)}\ndescription: {Y(32)}\ntags: [{Y(33)}]\n---\nDer Teil über das OZG.\n",
            ["content/javascript/checklisten/index.md"] = $"---\ntitle: {Y(34)}\nlayout: checklisten\n---\nAlle Listen.\n",
            ["content/javascript/checklisten/liste.md"] = $"""
                ---
                title: {Y(35)}
                ---
                Eine Liste.

                ::: checkliste id="liste-a" titel="＜img src=x onerror=__pwned=36＞ &lt;script&gt;__pwned=37&lt;/script&gt;"
                - [ ] {P(38)} tun {"{"}#item-a rollen="kommune" dimension="organisatorisch"{"}"}
                - [ ] {P(39)} prüfen {"{"}#item-b rollen="kommune land" dimension="technisch"{"}"}
                - [ ] &lt;img src=x onerror=__pwned=45&gt; klären {"{"}#item-c rollen="land" dimension="rechtlich"{"}"}
                :::
                """,
            ["content/faq/index.md"] = $"---\ntitle: FAQ\ndescription: {Y(46)}\n---\nFragen.\n",
            ["content/faq/thema/index.md"] = $"---\ntitle: {Y(47)}\ndescription: {Y(48)}\n---\n",
            ["content/faq/thema/frage.md"] = $"""
                ---
                title: {Y(49)}
                kurzantwort: {Y(50)}
                tags: [{Y(51)}]
                ---
                Die Antwort zum OZG </script><script>__pwned=52</script> und {P(53)}.

                ## {P(54)}
                """,
        };
        for (var i = 0; i < HostileNames.Length; i++)
            files[$"content/javascript/{HostileNames[i]}.md"] = $"---\ntitle: {Y(60 + i)}\ndescription: {Y(70 + i)}\n---\nSeite {i} über das OZG.\n";
        files["content/javascript/data/seite.md"] = $"---\ntitle: {Y(80)}\n---\nOrdner.\n";
        return files;
    }

    [Fact]
    public async Task The_hostile_site_builds_with_its_refusals_told_and_every_kind_of_page_is_there()
    {
        _site.Diagnostics.ShouldNotContain(d => d.Contains(": error ", StringComparison.Ordinal), string.Join('\n', _site.Diagnostics));
        _site.Diagnostics.ShouldContain(d => d.Contains("LOT0306", StringComparison.Ordinal), "raw HTML is cleaned and told");
        foreach (var page in new[]
        {
            "index.html", "suche/index.html", "glossar/index.html", "javascript/gesamtausgabe/index.html",
            "javascript/checklisten/index.html", "javascript/checklisten/liste/index.html", "download/faq.html", "javascript/data/seite/index.html",
        })
            _site.Pages.ShouldContain(page);
        _site.Pages.ShouldContain(p => p.StartsWith("javascript/checklisten/kommune", StringComparison.Ordinal), "a role's checklist page");
        foreach (var name in HostileNames) _site.Pages.ShouldContain($"javascript/{name}/index.html");
    }

    [Fact]
    public async Task No_page_runs_a_payload_or_holds_a_script_url_from_disk() =>
        await EveryPageAsync(page => new Uri(Path.Combine(_site.Folder, page)).AbsoluteUri);

    [Fact]
    public async Task No_page_runs_a_payload_or_holds_a_script_url_over_http() =>
        await EveryPageAsync(page => _site.BaseUrl + string.Join('/', page.Split('/').Select(Uri.EscapeDataString)));

    [Fact]
    public async Task The_search_page_with_a_hostile_query_and_hits_on_hostile_titles_runs_nothing()
    {
        foreach (var origin in new[] { new Uri(Path.Combine(_site.Folder, "suche/index.html")).AbsoluteUri, _site.BaseUrl + "suche/index.html" })
        {
            foreach (var query in new[] { "<img src=x onerror=__pwned=90>", "\"><svg onload=alert(91)>", "javascript:__pwned=92", "pwned", "script", "OZG", "onerror" })
            {
                var probe = await OpenAsync(origin + "?q=" + Uri.EscapeDataString(query));
                if (query is "pwned" or "OZG")
                {
                    await probe.Page.Locator("[data-lotse-search-results] a[href]").First.WaitForAsync(new() { Timeout = 15_000 });
                    (await probe.Page.Locator("[data-lotse-search-results] a[href]").CountAsync()).ShouldBeGreaterThan(0, $"{query}: hits on hostile pages");
                }
                else await probe.Page.WaitForTimeoutAsync(300);
                await probe.AssertCleanAsync($"search {query} ({origin})");
            }
        }
    }

    [Fact]
    public async Task The_single_file_FAQ_searched_for_hostile_words_runs_nothing()
    {
        var probe = await OpenAsync(new Uri(Path.Combine(_site.Folder, "download/faq.html")).AbsoluteUri);
        foreach (var query in new[] { "pwned", "<img src=x onerror=__pwned=93>", "script", "OZG" })
        {
            await probe.Page.Locator("input[type=search]").First.FillAsync(query);
            await probe.Page.WaitForTimeoutAsync(300);
        }
        (await probe.Page.Locator("[data-faq-results] a").CountAsync()).ShouldBeGreaterThan(0, "OZG finds the hostile question");
        await probe.AssertCleanAsync("single-file FAQ");
    }

    [Fact]
    public async Task Ticking_every_checklist_item_and_choosing_a_role_runs_nothing()
    {
        foreach (var page in _site.Pages.Where(p => p.Contains("checklisten", StringComparison.Ordinal)))
        {
            var probe = await OpenAsync(new Uri(Path.Combine(_site.Folder, page)).AbsoluteUri);
            foreach (var box in await probe.Page.Locator("input[type=checkbox]").AllAsync())
                if (await box.IsVisibleAsync()) await box.CheckAsync();
            foreach (var select in await probe.Page.Locator("select").AllAsync())
                if (await select.IsVisibleAsync())
                    foreach (var value in await select.Locator("option").EvaluateAllAsync<string[]>("os => os.map(o => o.value)"))
                        await select.SelectOptionAsync(value);
            await probe.Page.ReloadAsync();
            await probe.AssertCleanAsync(page);
        }
    }

    private async Task EveryPageAsync(Func<string, string> urlOf)
    {
        var failures = new List<string>();
        foreach (var page in _site.Pages)
        {
            var probe = await OpenAsync(urlOf(page));
            // Hover and focus everything that could carry a handler, so an injected attribute would fire.
            foreach (var element in (await probe.Page.Locator("main a, nav a, h1, h2, abbr, dfn, li, p").AllAsync()).Take(40))
                try { await element.HoverAsync(new() { Timeout = 300 }); } catch (PlaywrightException) { } catch (TimeoutException) { }
            failures.AddRange(await probe.ProblemsAsync(page));
            await probe.Page.Context.CloseAsync();
        }
        failures.ShouldBeEmpty(string.Join('\n', failures));
    }

    private async Task<Probe> OpenAsync(string url)
    {
        var context = await _site.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "de-DE" });
        // The trap: every payload assigns __pwned (or alerts); the setter records it whatever the page does later.
        await context.AddInitScriptAsync("""
            window.__hits = [];
            Object.defineProperty(window, '__pwned', { configurable: false, get() { return undefined; }, set(v) { window.__hits.push(String(v)); } });
            """);
        var page = await context.NewPageAsync();
        var probe = new Probe(page, url);
        page.Dialog += async (_, dialog) => { lock (probe.Events) probe.Events.Add($"dialog {dialog.Type}: {dialog.Message}"); await dialog.DismissAsync(); };
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("pwned", StringComparison.OrdinalIgnoreCase) || message.Text.Contains("Refused to", StringComparison.Ordinal))
                lock (probe.Events) probe.Events.Add($"console {message.Type}: {message.Text}");
        };
        page.PageError += (_, error) => { lock (probe.Events) probe.Events.Add($"page error: {error}"); };
        (await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Load })).ShouldNotBeNull(url);
        return probe;
    }

    private sealed record Probe(IPage Page, string Url)
    {
        public List<string> Events { get; } = [];

        /// <summary>What went wrong on the page: payloads that ran, dialogs, console messages about a payload or a
        /// refused script, script URLs in any URL attribute, event-handler attributes, frames and plug-ins.</summary>
        public async Task<IReadOnlyList<string>> ProblemsAsync(string name)
        {
            var problems = new List<string>();
            var found = await Page.EvaluateAsync<string[]>("""
                () => {
                  const bad = [];
                  for (const h of window.__hits) bad.push('payload ran: __pwned=' + h);
                  const allowed = ['http:', 'https:', 'mailto:', 'tel:', 'file:'];
                  for (const e of document.querySelectorAll('*')) {
                    for (const a of e.attributes) {
                      const n = a.name.toLowerCase();
                      if (n.startsWith('on')) bad.push(`handler <${e.localName} ${n}="${a.value}">`);
                      if (['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'srcset', 'cite', 'background'].includes(n)) {
                        let protocol;
                        try { protocol = new URL(a.value, document.baseURI).protocol; } catch { protocol = 'unparsable:'; }
                        const icon = e.localName === 'link' && e.rel === 'icon' && a.value === 'data:,'; // the single file's "no icon"
                        if (!allowed.includes(protocol) && !icon) bad.push(`${protocol} URL <${e.localName} ${n}="${a.value}">`);
                      }
                      if (n === 'srcdoc') bad.push(`srcdoc on <${e.localName}>`);
                      if (n === 'http-equiv' && a.value.toLowerCase() === 'refresh' && /url\s*=\s*(javascript|data)/i.test(e.getAttribute('content') || '')) bad.push('meta refresh to a script URL');
                    }
                  }
                  for (const e of document.querySelectorAll('iframe, object, embed, base')) bad.push('element <' + e.localName + '>');
                  for (const a of document.links) if (!allowed.includes(a.protocol)) bad.push('clickable ' + a.protocol + ' link: ' + a.href);
                  return bad;
                }
                """);
            problems.AddRange(found.Select(f => $"{name}: {f}"));
            lock (Events) problems.AddRange(Events.Select(e => $"{name}: {e}"));
            return problems;
        }

        public async Task AssertCleanAsync(string name)
        {
            var problems = await ProblemsAsync(name);
            await Page.Context.CloseAsync();
            problems.ShouldBeEmpty(string.Join('\n', problems));
        }
    }

    /// <summary>Builds the hostile site with the repository's theme into a temp folder, serves it with the generator's
    /// server and starts Chromium.</summary>
    public sealed class HostileSite : IAsyncLifetime
    {
        private readonly SiteFixture _browser = new();

        public string Folder { get; private set; } = "";
        public string BaseUrl { get; private set; } = "";
        public IBrowser Browser => _browser.Browser;
        public IReadOnlyList<string> Pages { get; private set; } = [];
        public IReadOnlyList<string> Diagnostics { get; private set; } = [];

        public async Task InitializeAsync()
        {
            var root = _browser.NewTempFolder("lotse-hostile-site");
            foreach (var file in Directory.EnumerateFiles(Path.Combine(_browser.RepoRoot, "themes"), "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(root, "themes", Path.GetRelativePath(Path.Combine(_browser.RepoRoot, "themes"), file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
            foreach (var (path, text) in Files())
            {
                var full = Path.Combine(root, path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                await File.WriteAllTextAsync(full, text.Replace("\r\n", "\n") + "\n");
            }
            Folder = Path.Combine(root, "site");
            var result = await SiteBuilder.BuildAsync(new BuildOptions(root, Folder, Today: new DateOnly(2026, 12, 1)));
            Diagnostics = result.Diagnostics.Select(d => d.ToString()).ToList();
            if (!result.Succeeded) throw new InvalidOperationException("The hostile site did not build:\n" + string.Join('\n', Diagnostics));
            Pages = Directory.EnumerateFiles(Folder, "*.html", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(Folder, f).Replace('\\', '/'))
                .OrderBy(p => p, StringComparer.Ordinal).ToList();
            BaseUrl = _browser.Serve(Folder);
            await _browser.StartBrowserOnlyAsync();
        }

        public Task DisposeAsync() => _browser.DisposeAsync();
    }
}

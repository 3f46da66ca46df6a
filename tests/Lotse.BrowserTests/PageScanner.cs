using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Lotse.BrowserTests;

/// <summary>What one page showed: axe violations, requests to other hosts, console errors,
/// horizontal overflow at 320 px, and the bytes of HTML, CSS and JS it loaded.</summary>
public sealed record PageFindings(
    string Page,
    string? LoadError,
    IReadOnlyList<string> AxeViolations,
    IReadOnlyList<string> ForeignRequests,
    IReadOnlyList<string> ConsoleErrors,
    string? Overflow320,
    long HtmlCssJsBytes,
    IReadOnlyList<string> StructureProblems);

public sealed record SiteScan(IReadOnlyList<PageFindings> Pages, TimeSpan Elapsed);

/// <summary>
/// Checks pages in one reused browser context and tab: load at 1280 px, run axe-core (WCAG 2.0/2.1 A and AA),
/// then narrow the same tab to 320 px and measure horizontal overflow. Every request to a host other than the
/// test server is recorded and aborted, so nothing leaves the machine.
/// </summary>
public sealed class PageScanner : IAsyncDisposable
{
    public static readonly string[] AxeTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
    private const int Desktop = 1280, DesktopHeight = 900, Narrow = 320, NarrowHeight = 720;

    private readonly IBrowserContext _context;
    private readonly List<string> _foreign = [];
    private readonly List<string> _console = [];
    private readonly object _gate = new();
    private readonly Uri _origin;

    public IPage Page { get; }

    private PageScanner(IBrowserContext context, IPage page, Uri origin)
    {
        _context = context;
        Page = page;
        _origin = origin;
    }

    public static async Task<PageScanner> CreateAsync(IBrowser browser, string baseUrl)
    {
        var origin = new Uri(baseUrl);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = Desktop, Height = DesktopHeight },
            Locale = "de-DE",
        });
        var page = await context.NewPageAsync();
        var scanner = new PageScanner(context, page, origin);
        context.Request += (_, request) =>
        {
            if (!scanner.IsLocal(request.Url)) lock (scanner._gate) scanner._foreign.Add(request.Url);
        };
        await context.RouteAsync(url => !scanner.IsLocal(url), route => route.AbortAsync());
        // axe-core as shipped by Deque.AxeCore (the same build RunAxe injects), added to every document up front:
        // running it is then a single call (~0.1 s) instead of a fresh injection per page (~1 s with RunAxe).
        await context.AddInitScriptAsync(AxeSource.Value);
        page.Console += (_, message) =>
        {
            if (message.Type == "error") lock (scanner._gate) scanner._console.Add(message.Text);
        };
        page.PageError += (_, error) => { lock (scanner._gate) scanner._console.Add("uncaught: " + error); };
        return scanner;
    }

    private bool IsLocal(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)) return true;
        return uri.Scheme switch
        {
            "data" or "blob" or "about" => true,
            "http" or "https" or "ws" or "wss" => uri.Host == _origin.Host && uri.Port == _origin.Port,
            _ => false,
        };
    }

    public async Task<PageFindings> ScanAsync(string name, string url)
    {
        lock (_gate) { _foreign.Clear(); _console.Clear(); }
        await Page.SetViewportSizeAsync(Desktop, DesktopHeight);
        string? loadError = null;
        try
        {
            var response = await Page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load, Timeout = 30_000 });
            if (response is null || response.Status != 200) loadError = $"HTTP {response?.Status.ToString() ?? "no response"}";
        }
        catch (PlaywrightException e)
        {
            loadError = e.Message.Split('\n')[0];
        }

        var violations = new List<string>();
        var structure = new List<string>();
        string? overflow = null;
        long bytes = 0;
        if (loadError is null)
        {
            violations.AddRange(await AxeViolationsAsync(Page));
            bytes = await Page.EvaluateAsync<long>(WeightScript);
            structure.AddRange(await Page.EvaluateAsync<string[]>(StructureScript));

            await Page.SetViewportSizeAsync(Narrow, NarrowHeight);
            var o = await Page.EvaluateAsync<JsonElement>(OverflowScript);
            var scrollWidth = o.GetProperty("scrollWidth").GetInt32();
            var clientWidth = o.GetProperty("clientWidth").GetInt32();
            if (scrollWidth > clientWidth)
                overflow = $"scrollWidth {scrollWidth} > {clientWidth}: " +
                           string.Join(", ", o.GetProperty("offenders").EnumerateArray().Select(e => e.GetString()));
        }

        // Console messages and request events arrive asynchronously; give them a moment.
        await Page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => setTimeout(r, 20)))");
        lock (_gate)
            return new PageFindings(name, loadError, violations, [.. _foreign.Distinct()], [.. _console.Distinct()], overflow, bytes, structure);
    }

    /// <summary>Scans every page of the fixture's site with two tabs in parallel (two cores).</summary>
    public static async Task<SiteScan> ScanSiteAsync(SiteFixture site)
    {
        var clock = Stopwatch.StartNew();
        var queue = new ConcurrentQueue<string>(site.Pages);
        var results = new ConcurrentBag<PageFindings>();
        var workers = Enumerable.Range(0, Math.Clamp(Environment.ProcessorCount, 1, 3)).Select(async _ =>
        {
            await using var scanner = await CreateAsync(site.Browser, site.BaseUrl);
            while (queue.TryDequeue(out var page))
                results.Add(await scanner.ScanAsync(page, site.UrlOf(page)));
        });
        await Task.WhenAll(workers);
        return new SiteScan([.. results.OrderBy(r => r.Page, StringComparer.Ordinal)], clock.Elapsed);
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();

    private static readonly Lazy<string> AxeSource = new(() =>
    {
        using var stream = typeof(AxeResult).Assembly.GetManifestResourceStream("Deque.AxeCore.Commons.Resources.axe.min.js")
            ?? throw new InvalidOperationException("axe.min.js is not embedded in Deque.AxeCore.Commons any more");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>Runs axe-core in the page for the WCAG 2.0/2.1 A and AA tags; one line per violated rule.</summary>
    public static async Task<IReadOnlyList<string>> AxeViolationsAsync(IPage page)
    {
        var result = await page.EvaluateAsync<JsonElement>("""
            async (tags) => {
              if (!window.axe) return { error: 'axe-core is not in the page' };
              const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
              return { violations: r.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help, count: v.nodes.length,
                targets: v.nodes.slice(0, 3).map(n => n.target.join(' ')) })) };
            }
            """, AxeTags);
        if (result.TryGetProperty("error", out var error)) throw new InvalidOperationException(error.GetString());
        return [.. result.GetProperty("violations").EnumerateArray().Select(v =>
            $"{v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}, {v.GetProperty("count").GetInt32()} node(s)): " +
            $"{v.GetProperty("help").GetString()} – " + string.Join(" | ", v.GetProperty("targets").EnumerateArray().Select(t => t.GetString()))) ];
    }

    /// <summary>Body bytes of the document and of every stylesheet and script it loaded (a search index excluded).</summary>
    private const string WeightScript = """
        () => {
          const nav = performance.getEntriesByType('navigation')[0];
          let total = nav ? (nav.encodedBodySize || nav.decodedBodySize) : document.documentElement.outerHTML.length;
          for (const r of performance.getEntriesByType('resource')) {
            const isCss = r.initiatorType === 'link' || /\.css(\?|$)/.test(r.name);
            const isJs = r.initiatorType === 'script' || /\.m?js(\?|$)/.test(r.name);
            if ((isCss || isJs) && !/search[-_]?index|lunr/i.test(r.name)) total += (r.encodedBodySize || r.decodedBodySize);
          }
          return total;
        }
        """;

    /// <summary>Page structure the theme promises: lang="de", one h1, one banner, main and contentinfo, no aside
    /// inside main, every nav labelled and uniquely so, a skip link to main first in the tab order.</summary>
    private const string StructureScript = """
        () => {
          const p = [];
          if (document.documentElement.lang !== 'de') p.push('html lang is "' + document.documentElement.lang + '", not "de"');
          const h1 = document.querySelectorAll('h1').length;
          if (h1 !== 1) p.push(h1 + ' h1 elements');
          const top = sel => [...document.querySelectorAll(sel)].filter(e => !e.closest('article, aside, main, nav, section'));
          if (top('header').length !== 1) p.push(top('header').length + ' page headers (banner)');
          if (top('footer').length !== 1) p.push(top('footer').length + ' page footers (contentinfo)');
          if (document.querySelectorAll('main').length !== 1) p.push(document.querySelectorAll('main').length + ' main elements');
          if (document.querySelector('main aside')) p.push('aside nested in main');
          const labels = [...document.querySelectorAll('nav')].map(n => n.getAttribute('aria-label') || (n.getAttribute('aria-labelledby') && document.getElementById(n.getAttribute('aria-labelledby'))?.textContent) || '');
          if (labels.some(l => !l.trim())) p.push('a nav without a label');
          if (new Set(labels).size !== labels.length) p.push('nav labels repeat: ' + labels.join(', '));
          const skip = document.querySelector('body > a.skip-link');
          if (!skip || document.body.firstElementChild !== skip || skip.getAttribute('href') !== '#' + (document.querySelector('main')?.id ?? '?')) p.push('no skip link to main as the first element');
          if (/\S/.test(document.querySelector('main')?.textContent ?? '') === false) p.push('main is empty');
          return p;
        }
        """;

    private const string OverflowScript = """
        () => new Promise(resolve => requestAnimationFrame(() => {
          const de = document.documentElement;
          const width = de.clientWidth;
          const scrollWidth = Math.max(de.scrollWidth, document.body ? document.body.scrollWidth : 0);
          const offenders = [];
          if (scrollWidth > width) {
            for (const el of document.body.querySelectorAll('*')) {
              const r = el.getBoundingClientRect();
              if (r.width > 0 && r.right > width + 0.5) {
                const cls = typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\s+/).join('.') : '';
                offenders.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + cls + ' (right ' + Math.round(r.right) + ')');
                if (offenders.length >= 5) break;
              }
            }
          }
          resolve({ scrollWidth, clientWidth: width, offenders });
        }))
        """;
}

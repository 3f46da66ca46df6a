using Xunit.Abstractions;

namespace Lotse.BrowserTests;

/// <summary>Every page of the built site, checked in a real browser under the strict CSP of the test server.
/// The pages are scanned once; each test asserts one rule and lists all failing pages in one message.</summary>
[Collection(SiteCollection.Name)]
public sealed class SitePageTests(SiteFixture site, ITestOutputHelper output)
{
    private async Task<SiteScan> Scan()
    {
        var scan = await site.ScanAsync();
        output.WriteLine($"{scan.Pages.Count} pages scanned in {scan.Elapsed.TotalSeconds:F1} s");
        return scan;
    }

    /// <summary>Fails with one message that lists every failing page and its problems.</summary>
    private static void AssertNone(string rule, IEnumerable<(string Page, IEnumerable<string> Problems)> failing)
    {
        var list = failing.ToList();
        if (list.Count == 0) return;
        Assert.Fail($"{list.Count} page(s) break the rule '{rule}':\n" +
                    string.Join("\n", list.Select(f => $"- {f.Page}\n    " + string.Join("\n    ", f.Problems))));
    }

    [Fact]
    public async Task The_scan_covers_every_written_page_and_every_page_loads()
    {
        var scan = await Scan();
        site.Pages.Count.ShouldBeGreaterThan(50, "the repository's site has far more pages; did the build or the enumeration break?");
        scan.Pages.Select(p => p.Page).ShouldBe(site.Pages, ignoreOrder: true);
        var failing = scan.Pages.Where(p => p.LoadError is not null).Select(p => (p.Page, (IEnumerable<string>)[p.LoadError!]));
        AssertNone("loads with HTTP 200", failing);
    }

    [Fact]
    public async Task Every_page_has_no_axe_violations_for_WCAG_2_1_A_and_AA()
    {
        var scan = await Scan();
        var failing = scan.Pages.Where(p => p.AxeViolations.Count > 0).Select(p => (p.Page, (IEnumerable<string>)p.AxeViolations));
        AssertNone("0 axe violations (" + string.Join(", ", PageScanner.AxeTags) + ")", failing);
    }

    [Fact]
    public async Task Every_page_requests_nothing_from_another_host()
    {
        var scan = await Scan();
        var failing = scan.Pages.Where(p => p.ForeignRequests.Count > 0).Select(p => (p.Page, (IEnumerable<string>)p.ForeignRequests));
        AssertNone("no request to another host", failing);
    }

    [Fact]
    public async Task Every_page_logs_no_console_error_under_the_strict_CSP()
    {
        var scan = await Scan();
        var failing = scan.Pages.Where(p => p.ConsoleErrors.Count > 0).Select(p => (p.Page, (IEnumerable<string>)p.ConsoleErrors));
        AssertNone("no console error with Content-Security-Policy: default-src 'self'", failing);
    }

    [Fact]
    public async Task Every_page_reflows_without_horizontal_scrolling_at_320_px()
    {
        var scan = await Scan();
        var failing = scan.Pages.Where(p => p.Overflow320 is not null).Select(p => (p.Page, (IEnumerable<string>)[p.Overflow320!]));
        AssertNone("no horizontal scrolling at 320 px", failing);
    }

    [Fact]
    public async Task Every_page_has_lang_de_one_h1_the_landmarks_and_labelled_navigation()
    {
        var scan = await Scan();
        var failing = scan.Pages.Where(p => p.StructureProblems.Count > 0).Select(p => (p.Page, (IEnumerable<string>)p.StructureProblems));
        AssertNone("lang=\"de\", one h1, one header/main/footer, no aside in main, labelled navs, skip link", failing);
    }

    [Fact]
    public void No_page_has_inline_scripts_inline_styles_or_style_attributes()
    {
        var inline = new System.Text.RegularExpressions.Regex(
            @"<script(?![^>]*\bsrc=)[^>]*>|<style[\s>]|\sstyle\s*=|\son[a-z]+\s*=\s*[""']|javascript:",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        var failing = site.Pages.Select(p => (Page: p, Hits: inline.Matches(File.ReadAllText(Path.Combine(site.SiteFolder, p))).Select(m => m.Value).Distinct().ToList()))
            .Where(p => p.Hits.Count > 0).Select(p => (p.Page, (IEnumerable<string>)p.Hits));
        AssertNone("no inline script, no <style>, no style= attribute, no event handler attribute", failing);
    }

    [Fact]
    public async Task A_typical_page_weighs_at_most_60_KB_of_HTML_CSS_and_JS()
    {
        var scan = await Scan();
        var sizes = scan.Pages.Where(p => p.LoadError is null).Select(p => p.HtmlCssJsBytes).Order().ToList();
        sizes.ShouldNotBeEmpty();
        sizes.ShouldAllBe(s => s > 0);
        var median = sizes[sizes.Count / 2];
        var heaviest = scan.Pages.MaxBy(p => p.HtmlCssJsBytes)!;
        output.WriteLine($"HTML+CSS+JS per page: median {median / 1024.0:F1} KiB, largest {heaviest.HtmlCssJsBytes / 1024.0:F1} KiB ({heaviest.Page})");
        median.ShouldBeLessThanOrEqualTo(60 * 1024, $"median page weight {median} bytes (uncompressed)");
    }
}

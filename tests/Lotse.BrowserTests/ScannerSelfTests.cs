using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace Lotse.BrowserTests;

/// <summary>Proves the per-page checks can fail: a few deliberately broken pages, served like the site,
/// must be reported by the same scanner.</summary>
[Collection(SiteCollection.Name)]
public sealed class ScannerSelfTests(SiteFixture site)
{
    private const string Head = "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Test</title></head><body><main><h1>Test</h1>";
    private const string Foot = "</main></body></html>";

    [Fact]
    public async Task The_scanner_reports_axe_violations_CSP_errors_overflow_and_foreign_requests()
    {
        var folder = site.NewTempFolder("lotse-browsertests-canary");
        File.WriteAllText(Path.Combine(folder, "good.html"), Head + "<p>Alles in Ordnung.</p>" + Foot);
        File.WriteAllText(Path.Combine(folder, "axe.html"), Head + "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\"><a href=\"good.html\"></a>" + Foot);
        File.WriteAllText(Path.Combine(folder, "csp.html"), Head + "<p style=\"color:red\">Inline</p><script>document.title = 'x';</script>" + Foot);
        File.WriteAllText(Path.Combine(folder, "wide.html"), Head + "<p>" + new string('W', 200) + "</p>" + Foot);
        File.WriteAllText(Path.Combine(folder, "foreign.html"), Head + Foot);
        var baseUrl = site.Serve(folder);

        await using var scanner = await PageScanner.CreateAsync(site.Browser, baseUrl);

        var good = await scanner.ScanAsync("good", baseUrl + "good.html");
        good.LoadError.ShouldBeNull();
        good.AxeViolations.ShouldBeEmpty();
        good.ConsoleErrors.ShouldBeEmpty();
        good.ForeignRequests.ShouldBeEmpty();
        good.Overflow320.ShouldBeNull();
        // The bare test page lacks the theme's frame, and the structure check says so.
        good.StructureProblems.ShouldContain(p => p.Contains("page headers"));
        good.StructureProblems.ShouldContain(p => p.Contains("skip link"));

        var axe = await scanner.ScanAsync("axe", baseUrl + "axe.html");
        axe.AxeViolations.ShouldContain(v => v.StartsWith("image-alt", StringComparison.Ordinal));
        axe.AxeViolations.ShouldContain(v => v.StartsWith("link-name", StringComparison.Ordinal));
        // The fast in-page runner agrees with Deque's RunAxe on the same page.
        var deque = await scanner.Page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. PageScanner.AxeTags] } });
        deque.Violations.Select(v => v.Id).Order().ShouldBe(axe.AxeViolations.Select(v => v.Split(' ')[0]).Order());

        var csp = await scanner.ScanAsync("csp", baseUrl + "csp.html");
        csp.ConsoleErrors.Count.ShouldBeGreaterThanOrEqualTo(2, string.Join("\n", csp.ConsoleErrors));
        csp.ConsoleErrors.ShouldAllBe(e => e.Contains("Content Security Policy"));

        var wide = await scanner.ScanAsync("wide", baseUrl + "wide.html");
        wide.Overflow320.ShouldNotBeNull().ShouldContain("scrollWidth");

        // The test server's CSP would block a foreign image before it is requested, so serve this page without it.
        await scanner.Page.RouteAsync(baseUrl + "foreign.html", route => route.FulfillAsync(new()
        {
            ContentType = "text/html; charset=utf-8",
            Body = Head + "<img alt=\"\" src=\"http://192.0.2.7/pixel.gif\">" + Foot,
        }));
        var foreign = await scanner.ScanAsync("foreign", baseUrl + "foreign.html");
        foreign.ForeignRequests.ShouldContain("http://192.0.2.7/pixel.gif");
    }
}

using Lotse.Tests.Testing;
using Shouldly;

namespace Lotse.Tests.Inputs;

/// <summary>Issue 19, the catalogue's fifth part: the codes that had no exact test yet (LOT0800, LOT0802), each from a
/// whole mini-site with all of its diagnostics. LOT0003 and LOT0601 need a tool without its own copy of lunr and of the
/// default theme, so they run the command line from a copy of the tool (<see cref="ToolWithoutLibrariesTests"/>).</summary>
public sealed class InputCatalogueRemainingCodesTests
{
    public static TheoryData<string, string, string[]> Cases => new()
    {
        { "a browser results file that is not JSON",
            "-- barrierefreiheit-browsertests.json --\n{ \"date\": \n-- content/index.md --\n# Start\n",
            ["barrierefreiheit-browsertests.json(2,1): warning LOT0802: The browser test results cannot be read (Expected depth to be zero at the end of the JSON payload. There is an open JSON object or array that should be closed. LineNumber: 1 | BytePositionInLine: 0.), so every criterion they test is open. Run the browser tests again (dotnet test tests/Lotse.BrowserTests --filter Conformance)."] },
        { "a browser results file without its tests",
            "-- lotse.yml --\ntitle: T\naccessibility:\n  browserResults: ergebnisse.json\n-- ergebnisse.json --\n{ \"date\": \"2026-12-01T00:00:00Z\", \"commit\": \"abc\", \"theme\": \"t\" }\n-- content/index.md --\n# Start\n",
            ["ergebnisse.json: warning LOT0802: The browser test results cannot be read ('tests' is missing), so every criterion they test is open. Run the browser tests again (dotnet test tests/Lotse.BrowserTests --filter Conformance)."] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Reports_exactly(string name, string files, string[] expected)
    {
        _ = name;
        await CatalogueCase.ReportsExactlyAsync(files, expected);
    }

    /// <summary>With an evidence file, <c>lotse check</c> warns about each open criterion no known limitation names (LOT0800);
    /// a limitation that names one takes its warning away.</summary>
    [Fact]
    public async Task An_open_criterion_is_LOT0800_in_lotse_check_unless_a_limitation_names_it()
    {
        const string Files = "-- content/_data/pruefung.yml --\npruefungen: []\n-- content/index.md --\n# Start\n";
        using var site = await TestSite.BuildAsync(Files, contentChecks: true);
        var open = site.Diagnostics.Where(d => d.Contains("LOT0800", StringComparison.Ordinal)).ToList();
        open.ShouldContain("content/_data/pruefung.yml: warning LOT0800: WCAG 2.1 criterion 1.4.3 (Kontrast (Minimum)) is open: Browsertest axe: kein Ergebnis eines Browsertest-Laufs vorhanden. Fix it, record a check by a person under 'pruefungen', or describe it under 'bekannte_einschraenkungen' with a reason.");
        open.Count.ShouldBeGreaterThan(30);
        open.ShouldAllBe(d => d.StartsWith("content/_data/pruefung.yml: warning LOT0800: WCAG 2.1 criterion ", StringComparison.Ordinal));

        using var limited = await TestSite.BuildAsync(Files.Replace("pruefungen: []", "pruefungen: []\nbekannte_einschraenkungen:\n  - titel: Kontrast\n    kriterien: [\"1.4.3\"]\n    grund: Wird geprüft."), contentChecks: true);
        limited.Diagnostics.Count(d => d.Contains("LOT0800", StringComparison.Ordinal)).ShouldBe(open.Count - 1);
    }
}

using System.Globalization;
using System.Text.Json;
using Lotse.Blocks.Diagnostics;

namespace Lotse.Features.Conformance;

/// <summary>
/// The results of the last run of Lotse's browser tests, as the run recorded them in the site's results file
/// (<c>barrierefreiheit-browsertests.json</c>; <c>tests/Lotse.BrowserTests/Conformance/ConformanceRecorder.cs</c>):
/// <code>{ "date": "2026-12-06T20:40:00Z", "commit": "4492660…", "theme": "…", "tests": { "reflow-320": { "passed": true, "detail": "…" } } }</code>
/// They count only while they are <see cref="BrowserResultsFreshness">fresh</see>: not older than the set number of
/// days, and recorded for the same theme (<see cref="ThemeFingerprint"/>). A test the run did not record is not run.
/// </summary>
public sealed record BrowserResults(DateTimeOffset Date, string Commit, string Theme, IReadOnlyDictionary<string, BrowserTestResult> Tests)
{
    public static BrowserResults? Read(string root, ConformanceSettings settings, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(root, settings.BrowserResultsPath);
        if (!File.Exists(path)) return null;
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            var top = json.RootElement;
            var tests = new Dictionary<string, BrowserTestResult>(StringComparer.Ordinal);
            foreach (var test in Required(top, "tests").EnumerateObject())
                tests[test.Name] = new BrowserTestResult(Required(test.Value, "passed").GetBoolean(),
                    test.Value.TryGetProperty("detail", out var detail) ? detail.GetString() ?? "" : "");
            return new BrowserResults(DateTimeOffset.Parse(Required(top, "date").GetString()!, CultureInfo.InvariantCulture),
                Required(top, "commit").GetString() ?? "", Required(top, "theme").GetString() ?? "", tests);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or IOException)
        {
            // A syntax error has its place in the file (JsonException counts lines and bytes from 0).
            var (line, column) = e is JsonException { LineNumber: { } l, BytePositionInLine: { } b } ? ((int)l + 1, (int)b + 1) : (0, 0);
            diagnostics.Warning(DiagnosticCodes.ConformanceBrowserResultsInvalid, settings.BrowserResultsPath, line, column,
                $"The browser test results cannot be read ({e.Message}), so every criterion they test is open. Run the browser tests again (dotnet test tests/Lotse.BrowserTests --filter Conformance)");
            return null;
        }
    }

    /// <summary>The member <paramref name="name"/> of an object; a missing one says its name.</summary>
    private static JsonElement Required(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value
            : throw new KeyNotFoundException($"'{name}' is missing");

    /// <summary>Why the results do not count for this build, or null when they do.</summary>
    public string? StaleReason(DateOnly today, string theme, int validDays)
    {
        var day = DateOnly.FromDateTime(Date.UtcDateTime);
        if (day.AddDays(validDays) < today) return $"die Browsertests liefen zuletzt am {day:dd.MM.yyyy}, vor mehr als {validDays} Tagen";
        if (!string.Equals(Theme, theme, StringComparison.Ordinal)) return "die Browsertests liefen mit einem anderen Stand des Themes";
        return null;
    }
}

/// <summary>One browser test's outcome in the recorded run.</summary>
public sealed record BrowserTestResult(bool Passed, string Detail);

using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lotse.Blocks.Config;
using Lotse.Blocks.Diagnostics;
using Lotse.Features.Conformance;

namespace Lotse.BrowserTests.Conformance;

/// <summary>
/// Records each conformance browser test's outcome in the site's results file (<c>accessibility.browserResults</c>,
/// default <c>barrierefreiheit-browsertests.json</c> at the repository root), which the next build's conformance
/// report reads (<see cref="BrowserResults"/>). A test records only what it saw: its outcome once its assertions ran
/// (false with the message when one failed). The file carries the date, the commit and the theme fingerprint of the
/// built site; results of another theme are dropped when the first new one is written.
/// The file is written only when asked (<c>LOTSE_RECORD_CONFORMANCE=1</c>, like <c>LOTSE_UPDATE_GOLDEN</c>): an
/// ordinary test run asserts but never changes the checkout, so checks of the repository's site that read the file
/// in the same run see the committed results, not half of a new set.
/// </summary>
internal static class ConformanceRecorder
{
    public static async Task RunAsync(SiteFixture site, string testId, Func<Task<string>> test)
    {
        string detail;
        try { detail = await test(); }
        catch (Exception e)
        {
            Record(site, testId, false, e.Message.Split('\n')[0]);
            throw;
        }
        Record(site, testId, true, detail);
    }

    private static void Record(SiteFixture site, string testId, bool passed, string detail)
    {
        if (Environment.GetEnvironmentVariable("LOTSE_RECORD_CONFORMANCE") != "1") return;
        var settings = ConformanceSettings.From(SiteConfig.Load(site.RepoRoot, new DiagnosticBag()));
        var path = Path.Combine(site.RepoRoot, settings.BrowserResultsPath);
        var theme = JsonNode.Parse(File.ReadAllText(Path.Combine(site.SiteFolder, "barrierefreiheit", "pruefbericht", "pruefbericht.json")))!["theme"]!.GetValue<string>();
        var commit = Commit(site.RepoRoot);
        var previous = File.Exists(path) ? JsonNode.Parse(File.ReadAllText(path)) as JsonObject : null;
        var tests = previous is not null && previous["theme"]?.GetValue<string>() == theme
            ? (JsonObject)previous["tests"]!.DeepClone()
            : new JsonObject();
        tests[testId] = new JsonObject { ["passed"] = passed, ["detail"] = detail };
        var file = new JsonObject
        {
            ["date"] = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ"),
            ["commit"] = commit,
            ["theme"] = theme,
            ["tests"] = new JsonObject(tests.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => KeyValuePair.Create(t.Key, t.Value?.DeepClone()))),
        };
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, file.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
        File.Move(temporary, path, overwrite: true);
    }

    private static string Commit(string root)
    {
        using var git = Process.Start(new ProcessStartInfo("git", "rev-parse HEAD") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true })!;
        var head = git.StandardOutput.ReadToEnd().Trim();
        git.WaitForExit();
        return git.ExitCode == 0 ? head : "unbekannt";
    }
}

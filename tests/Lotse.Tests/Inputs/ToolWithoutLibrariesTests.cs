using Lotse.Tests.Reliability;
using Lotse.Tests.Testing;
using Shouldly;

namespace Lotse.Tests.Inputs;

/// <summary>Issue 19: a site with search, built by a copy of the tool that has no lunr next to it and in a folder without
/// node_modules, says which library is missing and how to get it (LOT0003), and the single-file FAQ says it has no search
/// (LOT0601); the build fails and writes nothing.</summary>
public sealed class ToolWithoutLibrariesTests
{
    [Fact]
    public async Task Missing_libraries_are_LOT0003_and_LOT0601()
    {
        using var site = await TestSite.BuildAsync("""
            -- lotse.yml --
            title: T
            search: true
            -- content/index.md --
            # Start
            -- content/faq/index.md --
            # Fragen
            -- content/faq/frage.md --
            ---
            title: Was ist das?
            ---
            Das.
            """, write: false);
        var output = Path.Combine(site.Root, "ausgabe");

        var (exit, lines, error) = await LotseProcess.RunAsync(["build", site.Root, "--output", output], copy: true);

        error.ShouldBeEmpty();
        exit.ShouldBe(1, lines);
        var printed = lines.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        printed[..^1].ShouldBe([
            "package.json: error LOT0003: 'node_modules/lunr-languages/LICENSE' is missing. Run 'npm ci' in the site root (dotnet build does it when node_modules is missing).",
            "package.json: error LOT0003: 'node_modules/lunr-languages/lunr.de.js' is missing. Run 'npm ci' in the site root (dotnet build does it when node_modules is missing).",
            "package.json: error LOT0003: 'node_modules/lunr-languages/lunr.stemmer.support.js' is missing. Run 'npm ci' in the site root (dotnet build does it when node_modules is missing).",
            "package.json: error LOT0003: 'node_modules/lunr/LICENSE' is missing. Run 'npm ci' in the site root (dotnet build does it when node_modules is missing).",
            "package.json: error LOT0003: 'node_modules/lunr/lunr.min.js' is missing. Run 'npm ci' in the site root (dotnet build does it when node_modules is missing).",
            "package.json: warning LOT0601: node_modules with lunr is missing, so 'download/faq.html' has no search. Run 'npm ci' at the repository root.",
            "themes/default: warning LOT0601: The theme lacks download/faq.css, download/faq.js, assets/js/lunr-lotse.js, so 'download/faq.html' is not written. Copy them from themes/default.",
        ]);
        printed[^1].ShouldStartWith("lotse build: FAILED: ");
        Directory.Exists(output).ShouldBeFalse();
    }
}

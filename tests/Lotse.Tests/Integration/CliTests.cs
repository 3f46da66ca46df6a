
using Lotse.Cli;
using Lotse.Tests.Testing;

namespace Lotse.Tests.Integration;

/// <summary>Issue 2, point 9: the command line (its parsing, help and errors: tests/Lotse.Tests/Cli).</summary>
public sealed class CliTests
{
    [Fact]
    public async Task Build_prints_each_diagnostic_and_a_summary_and_exits_1_on_errors()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/a.md --
            [x](fehlt.md)
            """, write: false);
        var output = new StringWriter();
        var exit = await BuildCommand.RunAsync(CliOptions.Parse(["build", site.Root], out _)!, output);
        exit.ShouldBe(1);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("content/a.md(1,1): error LOT0401: ");
        lines[^1].ShouldStartWith("lotse build: FAILED: 2 pages, "); // a.md and the generated home page
        lines[^1].ShouldContain(" 1 errors, 0 warnings in ");
    }

    [Fact]
    public async Task Check_lists_external_links_without_fetching_them()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/a.md --
            [FITKO](https://www.fitko.de/) und [IT-PLR](https://www.it-planungsrat.de/)
            """, write: false);
        var output = new StringWriter();
        var exit = await BuildCommand.RunAsync(CliOptions.Parse(["check", site.Root], out _)!, output);
        exit.ShouldBe(0);
        output.ToString().ShouldContain("External links (listed, not fetched): 2\n  https://www.fitko.de/\n  https://www.it-planungsrat.de/\n");
    }
}


using Lotse.Tests.Testing;

namespace Lotse.Tests.Integration;

/// <summary>The repository's own site builds cleanly (strict), and its pages link to each other.</summary>
public sealed class RepositorySiteTests
{
    [Fact]
    public async Task The_repository_site_builds_without_errors_or_warnings()
    {
        using var site = await TestSite.BuildRepositoryAsync(strict: true);
        site.ShouldSucceedWithoutDiagnostics();
        site.Result.PageCount.ShouldBeGreaterThan(100);
        site.AssertFile("index.html", "leitfaden/index.html", "efa-wegweiser/index.html", "werkzeugkasten/index.html", "faq/index.html");
    }

    [Fact]
    public async Task Two_builds_of_the_repository_site_are_byte_identical()
    {
        using var first = await TestSite.BuildRepositoryAsync();
        using var second = await TestSite.BuildRepositoryAsync();
        OutputSafetyTests.Snapshot(second.Output).ShouldBe(OutputSafetyTests.Snapshot(first.Output));
    }
}

using Lotse.Tests.Testing;

namespace Lotse.Tests.Inputs;

/// <summary>The one check of a bad-input catalogue entry: the mini-site's build reports exactly the expected
/// diagnostics, fails exactly when one is an error, and then writes nothing.</summary>
internal static class CatalogueCase
{
    public static async Task ReportsExactlyAsync(string files, string[] expected)
    {
        using var site = await TestSite.BuildAsync(files);
        site.Diagnostics.ShouldBe(expected, ignoreOrder: true);
        var failed = expected.Any(d => d.Contains(": error ", StringComparison.Ordinal));
        site.Result.Succeeded.ShouldBe(!failed);
        if (failed) Directory.Exists(site.Output).ShouldBeFalse("a build with errors writes nothing");
    }
}

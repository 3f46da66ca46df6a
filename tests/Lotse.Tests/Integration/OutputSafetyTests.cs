
using Lotse.Blocks.Output;
using Lotse.Site;
using Lotse.Tests.Testing;

namespace Lotse.Tests.Integration;

/// <summary>Issue 2, point 10: output is deterministic and atomic, and Lotse never deletes what it did not write.</summary>
public sealed class OutputSafetyTests
{
    private const string Site = """
        -- content/index.md --
        # Start
        [A](a.md)
        -- content/a.md --
        ## Eins
        ## Zwei
        """;

    [Fact]
    public async Task Two_builds_of_the_same_input_are_byte_identical()
    {
        using var site = await TestSite.BuildAsync(Site);
        var first = Snapshot(site.Output);
        using var again = await TestSite.BuildAsync("", reuse: site);
        again.ShouldSucceedWithoutDiagnostics();
        Snapshot(site.Output).ShouldBe(first);
    }

    [Fact]
    public async Task A_failed_build_leaves_the_previous_site_untouched()
    {
        using var site = await TestSite.BuildAsync(Site);
        var before = Snapshot(site.Output);
        site.Write("content/a.md", "[kaputt](fehlt.md)\n");
        var failed = await SiteBuilder.BuildAsync(new BuildOptions(site.Root));
        failed.Succeeded.ShouldBeFalse();
        Snapshot(site.Output).ShouldBe(before);
        Directory.GetDirectories(site.Root, ".site.lotse-*").ShouldBeEmpty();
    }

    [Fact]
    public async Task Lotse_refuses_to_replace_a_non_empty_folder_it_did_not_write()
    {
        using var site = await TestSite.BuildAsync(Site, write: false);
        var home = Directory.CreateTempSubdirectory("lotse-home-").FullName;
        File.WriteAllText(Path.Combine(home, "brief.txt"), "wichtig");
        var result = await SiteBuilder.BuildAsync(new BuildOptions(site.Root, home));
        result.Succeeded.ShouldBeFalse();
        result.Diagnostics.ShouldHaveSingleItem().ToString()
            .ShouldContain($"error LOT0901: '{home}' is not empty and was not written by Lotse (it has no .lotse-site file), so Lotse will not replace it.");
        File.ReadAllText(Path.Combine(home, "brief.txt")).ShouldBe("wichtig");
        Directory.GetFileSystemEntries(home).Length.ShouldBe(1);
        Directory.Delete(home, true);
    }

    [Fact]
    public async Task Files_that_Lotse_did_not_write_are_reported_and_kept()
    {
        using var site = await TestSite.BuildAsync(Site);
        File.WriteAllText(Path.Combine(site.Output, "google-verification.html"), "von Hand");
        var result = await SiteBuilder.BuildAsync(new BuildOptions(site.Root));
        result.Succeeded.ShouldBeTrue();
        result.Diagnostics.Select(d => d.ToString()).ShouldBe(["site/google-verification.html: warning LOT0901: Lotse did not write this file; it was kept as it is. Remove it by hand if it is not needed."]);
        File.ReadAllText(Path.Combine(site.Output, "google-verification.html")).ShouldBe("von Hand");
        File.ReadAllLines(Path.Combine(site.Output, OutputFolder.MarkerName)).ShouldNotContain("google-verification.html"); // else the next build would take it for its own and drop it
    }

    [Fact]
    public async Task Check_writes_nothing()
    {
        using var site = await TestSite.BuildAsync(Site, write: false);
        site.Result.Succeeded.ShouldBeTrue();
        Directory.Exists(site.Output).ShouldBeFalse();
        site.Result.PageCount.ShouldBe(2);
    }

    internal static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}


using Lotse.Blocks.Output;
using Lotse.Site;
using Lotse.Tests.Integration;
using Lotse.Tests.Testing;

namespace Lotse.Tests.Reliability;

/// <summary>Issue 10, point 2: Lotse never replaces a folder it must not (a home folder, the file-system root,
/// the site's own sources), and files it did not write are reported and kept, build after build.</summary>
public sealed class OutputFolderSafetyTests
{
    private const string Site = "-- content/index.md --\n# Start\n-- content/a.md --\n# A\n";

    [Fact]
    public async Task Output_into_a_home_folder_is_refused_by_the_command_line_and_nothing_there_changes()
    {
        using var site = await TestSite.BuildAsync(Site, write: false);
        var home = Directory.CreateTempSubdirectory("lotse-home-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(home, ".ssh"));
            File.WriteAllText(Path.Combine(home, ".ssh", "id_ed25519"), "geheim");
            File.WriteAllText(Path.Combine(home, "brief.txt"), "wichtig");
            var before = OutputSafetyTests.Snapshot(home);

            var (exit, output, error) = await LotseProcess.RunAsync(["build", site.Root, "--output", home]);

            exit.ShouldBe(1);
            error.ShouldBeEmpty();
            output.ShouldStartWith($"{home}: error LOT0901: '{home}' is not empty and was not written by Lotse (it has no .lotse-site file), so Lotse will not replace it. Choose an empty or new output folder.\n");
            OutputSafetyTests.Snapshot(home).ShouldBe(before);
            Directory.GetDirectories(Path.GetDirectoryName(home)!, $".{Path.GetFileName(home)}.lotse-*").ShouldBeEmpty();
        }
        finally
        {
            Directory.Delete(home, recursive: true);
        }
    }

    [Fact]
    public async Task The_root_of_the_file_system_is_refused_without_a_crash()
    {
        using var site = await TestSite.BuildAsync(Site, write: false);
        var result = await SiteBuilder.BuildAsync(new BuildOptions(site.Root, "/"));
        result.Succeeded.ShouldBeFalse();
        result.Diagnostics.Select(d => d.ToString()).ShouldBe([
            "/: error LOT0901: '/' is the root of the file system, so Lotse will not write there. Choose an output folder such as site/."]);
    }

    [Theory]
    [InlineData(".", "holds")]
    [InlineData("..", "holds")]
    [InlineData("content/ausgabe", "inside")]
    public async Task A_folder_holding_the_sources_or_inside_content_is_refused(string output, string reason)
    {
        using var site = await TestSite.BuildAsync(Site, write: false);
        var before = OutputSafetyTests.Snapshot(site.Root);
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(Path.Combine(site.Root, output)));
        var result = await SiteBuilder.BuildAsync(new BuildOptions(site.Root, target));
        result.Succeeded.ShouldBeFalse();
        var message = result.Diagnostics.ShouldHaveSingleItem().ToString();
        message.ShouldStartWith($"{target}: error LOT0901: '{target}' ");
        message.ShouldContain(reason == "holds" ? $"holds the site's own files ({site.Root})" : "is inside the content folder");
        OutputSafetyTests.Snapshot(site.Root).ShouldBe(before);
    }

    [Fact]
    public async Task A_foreign_file_is_reported_and_kept_in_every_later_build_too()
    {
        using var site = await TestSite.BuildAsync(Site);
        Directory.CreateDirectory(Path.Combine(site.Output, "extra"));
        File.WriteAllText(Path.Combine(site.Output, "extra", "von-hand.html"), "von Hand");
        for (var build = 2; build <= 3; build++)
        {
            var result = await SiteBuilder.BuildAsync(new BuildOptions(site.Root));
            result.Succeeded.ShouldBeTrue();
            result.Diagnostics.Select(d => d.ToString()).ShouldBe(
                ["site/extra/: warning LOT0901: Lotse did not write this folder; it was kept as it is. Remove it by hand if it is not needed."],
                $"build {build}");
            File.ReadAllText(Path.Combine(site.Output, "extra", "von-hand.html")).ShouldBe("von Hand");
        }
        File.ReadAllLines(Path.Combine(site.Output, OutputFolder.MarkerName)).ShouldNotContain("extra/von-hand.html");
    }
}


using Lotse.Site;
using Lotse.Tests.Integration;

namespace Lotse.Tests.Reliability;

/// <summary>Issue 10, point 2: a build killed with SIGKILL in the middle leaves the previous site/ exactly as
/// it was, and the next build removes the staging folder the killed one left behind.</summary>
public sealed class InterruptedBuildTests
{
    [Fact]
    public async Task Kill_9_in_the_middle_of_a_build_leaves_the_previous_site_intact_and_the_next_build_cleans_up()
    {
        var root = LargeSite.Create(pages: 1500, marker: "Version eins");
        try
        {
            var first = await SiteBuilder.BuildAsync(new BuildOptions(root));
            first.Succeeded.ShouldBeTrue(string.Join('\n', first.Diagnostics));
            var site = Path.Combine(root, "site");
            var before = OutputSafetyTests.Snapshot(site);

            foreach (var file in Directory.GetFiles(Path.Combine(root, "content"), "*.md", SearchOption.AllDirectories))
                File.WriteAllText(file, File.ReadAllText(file).Replace("Version eins", "Version zwei"));

            using var build = LotseProcess.Start(["build", root]);
            string? staging = null;
            // Wait until the build writes pages into its staging folder, then kill it without warning.
            while (!build.HasExited)
            {
                staging ??= Directory.GetDirectories(root, ".site.lotse-staging-*").FirstOrDefault();
                if (staging is not null && Directory.EnumerateFiles(staging, "*.html", SearchOption.AllDirectories).Any()) break;
                Thread.Sleep(1);
            }
            build.HasExited.ShouldBeFalse("the build ended before it could be killed; make the site larger");
            build.Kill();
            await build.WaitForExitAsync();
            build.ExitCode.ShouldBe(137); // 128 + SIGKILL

            OutputSafetyTests.Snapshot(site).ShouldBe(before);
            Directory.Exists(staging).ShouldBeTrue("the killed build leaves its staging folder behind");
            Directory.EnumerateFiles(staging!, "*.html", SearchOption.AllDirectories).ShouldNotBeEmpty("it was killed while writing");

            var next = await SiteBuilder.BuildAsync(new BuildOptions(root));
            next.Succeeded.ShouldBeTrue(string.Join('\n', next.Diagnostics));
            Directory.GetDirectories(root, ".site.lotse-*").ShouldBeEmpty();
            File.ReadAllText(Path.Combine(site, "bereich-3/seite-7/index.html")).ShouldContain("Version zwei");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}

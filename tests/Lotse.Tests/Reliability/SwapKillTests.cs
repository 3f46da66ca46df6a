using Lotse.Blocks.Output;
using Lotse.Site;

namespace Lotse.Tests.Reliability;

/// <summary>Issue 18, point 2: never no site. The build is killed (SIGKILL, by a test hook in the real command line) at
/// every step of the swap, with the one-step exchange (Linux) and with the two renames of the fallback; and at random
/// moments in a loop. Afterwards site/ is always the complete old or the complete new site, and the next build repairs
/// and cleans up what the killed one left (foreign files included).</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class SwapKillTests
{
    private const string Version1 = "-- content/index.md --\n# Start\nVersion eins\n-- content/a.md --\n# A\nVersion eins\n-- content/b/c.md --\n# C\n";

    private static List<string> LotseFiles(string site) => OutputTree.Of(site, p => p != "von-hand.txt");

    /// <summary>The site as version 1 and version 2 (each built once into its own folder) and a root with version 1 in site/.</summary>
    private static async Task<(string Root, List<string> Old, List<string> New)> PrepareAsync()
    {
        var root = OutputTree.NewSite(Version1);
        var reference = Path.Combine(root, "..", Path.GetFileName(root) + "-ref");
        (await SiteBuilder.BuildAsync(new BuildOptions(root))).Succeeded.ShouldBeTrue();
        var old = LotseFiles(Path.Combine(root, "site"));
        OutputTree.Write(root, "content/a.md", "# A\nVersion zwei\n");
        OutputTree.Write(root, "content/neu.md", "# Neu\n");
        (await SiteBuilder.BuildAsync(new BuildOptions(root, reference))).Succeeded.ShouldBeTrue();
        var @new = LotseFiles(reference);
        OutputTree.Delete(reference);
        File.Delete(Path.Combine(Path.GetDirectoryName(reference)!, $".{Path.GetFileName(reference)}.lotse-lock"));
        OutputTree.Write(root, "site/von-hand.txt", "von Hand");
        return (root, old, @new);
    }

    [Theory]
    [InlineData("exchange", "staged", "old")]
    [InlineData("exchange", "exchanged", "new")]
    [InlineData("exchange", "carried-over", "new")]
    [InlineData("exchange", "deleting", "new")]
    [InlineData("renames", "staged", "old")]
    [InlineData("renames", "renamed-old", "none")]
    [InlineData("renames", "renamed-new", "new")]
    [InlineData("renames", "carried-over", "new")]
    [InlineData("renames", "deleting", "new")]
    public async Task A_build_killed_at_each_step_of_the_swap_leaves_the_old_or_the_new_site_and_the_next_build_repairs_it(
        string swap, string step, string left)
    {
        var (root, old, @new) = await PrepareAsync();
        var site = Path.Combine(root, "site");
        try
        {
            var environment = new Dictionary<string, string> { ["LOTSE_TEST_KILL_AT"] = step };
            if (swap == "renames") environment["LOTSE_TEST_SWAP"] = "renames";
            var (exit, _, _) = await LotseProcess.RunAsync(["build", root], environment);
            exit.ShouldBe(137); // killed by SIGKILL at that step

            var after = LotseFiles(site);
            if (left == "none") Directory.Exists(site).ShouldBeFalse(); // only between the two renames of the fallback
            else after.ShouldBe(left == "old" ? old : @new);

            var (nextExit, output, error) = await LotseProcess.RunAsync(["build", root]);
            (nextExit, error).ShouldBe((0, ""), output);
            var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            if (left == "none")
                lines[0].ShouldStartWith($"{site}: warning LOT0112: A build was stopped while it swapped in its site, and '{site}' was missing; the previous site was put back from '.site.lotse-old-");
            lines.ShouldContain("site/von-hand.txt: warning LOT0901: Lotse did not write this file; it was kept as it is. Remove it by hand if it is not needed.");
            LotseFiles(site).ShouldBe(@new);
            File.ReadAllText(Path.Combine(site, "von-hand.txt")).ShouldBe("von Hand");
            OutputTree.Leftovers(root).ShouldBeEmpty();
        }
        finally
        {
            OutputTree.Delete(root);
        }
    }

    /// <summary>kill -9 at random moments of a build, again and again (LOTSE_KILL_LOOP sets how often; 12 by default, so that CI stays lean; 200 rounds passed when it was written).</summary>
    [Fact]
    public async Task Kill_9_at_random_moments_never_leaves_a_missing_or_mixed_site()
    {
        var (root, old, @new) = await PrepareAsync();
        var site = Path.Combine(root, "site");
        var rounds = int.TryParse(Environment.GetEnvironmentVariable("LOTSE_KILL_LOOP"), out var n) ? n : 12;
        var random = new Random(18);
        try
        {
            // How long a whole build takes here, to spread the kills over it: the quicker of two builds (a build slowed by
            // a burst of load made the kills come after most builds had ended, and too few were killed).
            var duration = int.MaxValue;
            for (var calibration = 0; calibration < 2; calibration++)
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                (await LotseProcess.RunAsync(["build", root])).Exit.ShouldBe(0);
                duration = Math.Min(duration, (int)clock.ElapsedMilliseconds);
            }
            var current = @new;
            var killed = 0;
            for (var round = 0; round < rounds; round++)
            {
                // Alternate between the two versions so that every build has something to swap.
                var next = round % 2 == 0 ? old : @new;
                OutputTree.Write(root, "content/a.md", round % 2 == 0 ? "# A\nVersion eins\n" : "# A\nVersion zwei\n");
                if (round % 2 == 0) File.Delete(Path.Combine(root, "content/neu.md"));
                else OutputTree.Write(root, "content/neu.md", "# Neu\n");
                using var build = LotseProcess.Start(["build", root]);
                await Task.Delay(random.Next(duration / 3, duration + 50));
                if (!build.HasExited)
                {
                    build.Kill();
                    killed++;
                }
                await build.WaitForExitAsync();
                var after = LotseFiles(site);
                (after.SequenceEqual(current) || after.SequenceEqual(next)).ShouldBeTrue($"round {round}: site/ is neither the old nor the new site:\n{string.Join('\n', after)}");
                current = after.SequenceEqual(next) ? next : current;
            }
            killed.ShouldBeGreaterThan(rounds / 4);
            (await LotseProcess.RunAsync(["build", root])).Exit.ShouldBe(0);
            File.ReadAllText(Path.Combine(site, "von-hand.txt")).ShouldBe("von Hand");
            OutputTree.Leftovers(root).ShouldBeEmpty();
        }
        finally
        {
            OutputTree.Delete(root);
        }
    }
}

using Lotse.Blocks.Output;
using Lotse.Site;

namespace Lotse.Tests.Reliability;

/// <summary>Issue 18, point 3: one build per output. A second build into the same output is refused with a clear
/// error (never exit 70, never a half site); the lock of a killed build is taken over.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class OutputLockTests : IDisposable
{
    private readonly string _root = OutputTree.NewSite();
    private string Site => Path.Combine(_root, "site");

    public void Dispose() => OutputTree.Delete(_root);

    [Fact]
    public async Task A_build_while_another_holds_the_output_is_refused_naming_the_process_and_changes_nothing()
    {
        (await SiteBuilder.BuildAsync(new BuildOptions(_root))).Succeeded.ShouldBeTrue();
        var before = OutputTree.Of(Site);
        using (var held = OutputLock.Take(Site, out _))
        {
            held.ShouldNotBeNull();
            OutputTree.Write(_root, "content/b.md", "# B\n");
            var (exit, output, error) = await LotseProcess.RunAsync(["build", _root]);
            (exit, error).ShouldBe((1, ""));
            output.Split('\n')[0].ShouldBe($"{_root}/.site.lotse-lock: error LOT0111: Another Lotse build (process {Environment.ProcessId}) is writing into '{Site}' right now, so this one does not. Wait until it has finished (or stop it) and build again.");
            OutputTree.Of(Site).ShouldBe(before);
            OutputTree.Leftovers(_root).ShouldBeEmpty();
        }
        (await LotseProcess.RunAsync(["build", _root])).Exit.ShouldBe(0);
        File.Exists(Path.Combine(Site, "b/index.html")).ShouldBeTrue();
    }

    [Fact]
    public async Task The_lock_of_a_killed_build_is_taken_over()
    {
        var environment = new Dictionary<string, string> { ["LOTSE_TEST_KILL_AT"] = "staged" };
        (await LotseProcess.RunAsync(["build", _root], environment)).Exit.ShouldBe(137);
        File.Exists(Path.Combine(_root, ".site.lotse-lock")).ShouldBeTrue();
        var (exit, output, _) = await LotseProcess.RunAsync(["build", _root]);
        exit.ShouldBe(0, output);
        File.Exists(Path.Combine(Site, "a/index.html")).ShouldBeTrue();
        OutputTree.Leftovers(_root).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_lock_file_with_the_number_of_a_dead_process_does_not_block()
    {
        File.WriteAllText(Path.Combine(_root, ".site.lotse-lock"), "999999\n");
        (await LotseProcess.RunAsync(["build", _root])).Exit.ShouldBe(0);
    }

    [Fact]
    public async Task Two_builds_at_once_never_crash_and_leave_a_complete_site()
    {
        for (var round = 0; round < 3; round++)
        {
            OutputTree.Write(_root, "content/a.md", $"# A\nRunde {round}\n");
            var first = LotseProcess.RunAsync(["build", _root]);
            var second = LotseProcess.RunAsync(["build", _root]);
            foreach (var (exit, output, error) in new[] { await first, await second })
            {
                error.ShouldBeEmpty();
                if (exit != 0)
                {
                    exit.ShouldBe(1);
                    output.ShouldContain("error LOT0111: Another Lotse build (process ");
                }
            }
            (await first).Exit.ShouldBeOneOf(0, 1);
            ((await first).Exit == 0 || (await second).Exit == 0).ShouldBeTrue();
            File.ReadAllText(Path.Combine(Site, "a/index.html")).ShouldContain($"Runde {round}");
            OutputTree.Leftovers(_root).ShouldBeEmpty();
        }
    }

    [Fact]
    public async Task A_build_into_the_output_of_a_running_serve_is_refused()
    {
        var port = 20000 + Environment.ProcessId % 20000;
        using var serve = LotseProcess.Start(["serve", _root, "--port", port.ToString()]);
        try
        {
            string? line;
            while ((line = await serve.StandardOutput.ReadLineAsync()) is not null && !line.StartsWith("Serving", StringComparison.Ordinal)) { }
            line.ShouldNotBeNull();
            var (exit, output, _) = await LotseProcess.RunAsync(["build", _root]);
            exit.ShouldBe(1);
            output.Split('\n')[0].ShouldBe($"{_root}/.site.lotse-lock: error LOT0111: Another Lotse build (process {serve.Id}) is writing into '{Site}' right now, so this one does not. Wait until it has finished (or stop it) and build again.");
        }
        finally
        {
            serve.Kill();
            await serve.WaitForExitAsync();
        }
    }
}

using Lotse.Tests.Testing;

namespace Lotse.Tests.Cli;

/// <summary>Issue 20, point 10: the exit codes stay as documented: 0 success, 1 content errors, 2 a wrong command
/// line (<see cref="UsageErrorTests"/>), 69 no Chromium for lotse pdf, 70 an internal error.</summary>
public sealed class ExitCodeTests
{
    [Fact]
    public async Task Build_and_check_exit_0_on_a_good_site_and_1_when_the_content_has_errors()
    {
        using var good = await TestSite.BuildAsync("-- content/a.md --\n# A\n\nText.\n", write: false);
        using var bad = await TestSite.BuildAsync("-- content/a.md --\n[x](fehlt.md)\n", write: false);
        var built = await LotseCli.RunAsync("build", good.Root, "--today", "2026-12-01");
        built.Exit.ShouldBe(0, built.Output + built.Error);
        built.Output.ShouldContain("lotse build: built: ");
        (await LotseCli.RunAsync("check", good.Root)).Exit.ShouldBe(0);

        var failed = await LotseCli.RunAsync("build", bad.Root);
        failed.Exit.ShouldBe(1);
        failed.Output.ShouldStartWith("content/a.md(1,1): error LOT0401: ");
        failed.Output.ShouldContain("lotse build: FAILED: ");
        (await LotseCli.RunAsync("check", bad.Root)).Exit.ShouldBe(1);
    }

    [Fact]
    public async Task Pdf_exits_69_when_chromium_is_missing()
    {
        using var site = await TestSite.BuildAsync("-- content/a.md --\n# A\n", write: false);
        var (exit, output, error) = await LotseCli.RunAsync("pdf", site.Root, "--chromium", Path.Combine(site.Root, "kein-chromium"));
        exit.ShouldBe(69);
        output.ShouldBeEmpty();
        error.ShouldContain("Chromium was not found at");
    }

    [Fact]
    public async Task New_keeps_its_own_exit_codes_for_what_it_cannot_create()
    {
        using var site = await TestSite.BuildAsync("-- content/leitfaden/index.md --\n# Leitfaden\n", write: false);
        (await LotseCli.RunAsync("new", "seite", "blog/titel", "--root", site.Root)).ShouldBe((1, "", "lotse new: There is no section 'blog'. Sections: leitfaden.\n"));
        (await LotseCli.RunAsync("new", "seite", "titel", "--root", site.Root)).Exit.ShouldBe(2);
        (await LotseCli.RunAsync("new", "seite", "leitfaden/titel", "--root", site.Root, "--today", "2026-12-01")).ShouldBe((0, "content/leitfaden/titel.md\n", ""));
    }
}

using Lotse.Blocks.Output;
using Lotse.Site;

namespace Lotse.Tests.Reliability;

/// <summary>Issue 18, point 1: anything in the output that Lotse did not write (files, empty folders, symbolic links
/// as links, pipes, a git repository) is left exactly as it is; a new file at the path of a foreign one is an error
/// naming both, and the build writes nothing.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class ForeignOutputTests : IDisposable
{
    private readonly string _root = OutputTree.NewSite();
    private string Site => Path.Combine(_root, "site");

    public void Dispose() => OutputTree.Delete(_root);

    private async Task<BuildResult> BuildAsync(BuildCache? cache = null) => await SiteBuilder.BuildAsync(new BuildOptions(_root), cache);

    private async Task FirstBuildAsync() => (await BuildAsync()).Succeeded.ShouldBeTrue();

    private static string[] Lines(BuildResult result) => result.Diagnostics.Select(d => d.ToString()).ToArray();

    [Fact]
    public async Task A_hand_made_file_at_the_path_of_a_new_page_is_an_error_naming_both_and_nothing_is_written()
    {
        await FirstBuildAsync();
        OutputTree.Write(Site, "b/index.html", "von Hand");
        OutputTree.Write(_root, "content/b.md", "# B\n");
        var before = OutputTree.Of(Site);

        var result = await BuildAsync();

        result.Succeeded.ShouldBeFalse();
        Lines(result).ShouldBe(["site/b/index.html: error LOT0110: Lotse did not write this file, and this build would write 'b/index.html' (from 'content/b.md') there. Nothing was written; move or remove the foreign file by hand, or give the page another path."]);
        OutputTree.Of(Site).ShouldBe(before);
        OutputTree.Leftovers(_root).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_same_through_the_command_line_exits_1()
    {
        await FirstBuildAsync();
        OutputTree.Write(Site, "b", "eine Datei, wo ein Ordner hin soll");
        OutputTree.Write(_root, "content/b.md", "# B\n");
        var before = OutputTree.Of(Site);

        var (exit, output, error) = await LotseProcess.RunAsync(["build", _root]);

        (exit, error).ShouldBe((1, ""));
        output.Split('\n')[0].ShouldBe("site/b: error LOT0110: Lotse did not write this file, and this build would write 'b/index.html' (from 'content/b.md') there. Nothing was written; move or remove the foreign file by hand, or give the page another path.");
        OutputTree.Of(Site).ShouldBe(before);
    }

    [Fact]
    public async Task A_foreign_link_at_the_folder_of_a_new_page_is_an_error_and_its_target_is_untouched()
    {
        await FirstBuildAsync();
        var elsewhere = Directory.CreateTempSubdirectory("lotse-elsewhere-").FullName;
        try
        {
            File.CreateSymbolicLink(Path.Combine(Site, "b"), elsewhere);
            OutputTree.Write(_root, "content/b.md", "# B\n");
            var before = OutputTree.Of(Site);
            var result = await BuildAsync();
            Lines(result).ShouldBe(["site/b: error LOT0110: Lotse did not write this file, and this build would write 'b/index.html' (from 'content/b.md') there. Nothing was written; move or remove the foreign file by hand, or give the page another path."]);
            OutputTree.Of(Site).ShouldBe(before);
            Directory.EnumerateFileSystemEntries(elsewhere).ShouldBeEmpty();
        }
        finally
        {
            Directory.Delete(elsewhere, true);
        }
    }

    [Fact]
    public async Task Empty_folders_links_to_folders_link_loops_and_pipes_survive_two_builds_as_they_are()
    {
        await FirstBuildAsync();
        Directory.CreateDirectory(Path.Combine(Site, "leer"));
        Directory.CreateDirectory(Path.Combine(Site, "a", "leer-in-lotses-ordner"));
        File.CreateSymbolicLink(Path.Combine(Site, "etc"), "/etc");
        File.CreateSymbolicLink(Path.Combine(Site, "schleife1"), "schleife2");
        File.CreateSymbolicLink(Path.Combine(Site, "schleife2"), "schleife1");
        File.CreateSymbolicLink(Path.Combine(Site, "kaputt"), "/gibt/es/nicht");
        OutputTree.Run("mkfifo", Path.Combine(Site, "rohr"));
        OutputTree.Write(Site, "a/notiz.txt", "Notiz");
        var foreign = OutputTree.Of(Site, p => p is "leer" or "a/leer-in-lotses-ordner" or "etc" or "schleife1" or "schleife2" or "kaputt" or "rohr" or "a/notiz.txt");
        foreign.Count.ShouldBe(8);

        for (var build = 2; build <= 3; build++)
        {
            var result = await BuildAsync();
            result.Succeeded.ShouldBeTrue();
            Lines(result).ShouldBe([
                "site/a/leer-in-lotses-ordner/: warning LOT0901: Lotse did not write this folder; it was kept as it is. Remove it by hand if it is not needed.",
                "site/a/notiz.txt: warning LOT0901: Lotse did not write this file; it was kept as it is. Remove it by hand if it is not needed.",
                "site/etc: warning LOT0901: Lotse did not write this symbolic link (to '/etc'); it was kept as a link and not followed. Remove it by hand if it is not needed.",
                "site/kaputt: warning LOT0901: Lotse did not write this symbolic link (to '/gibt/es/nicht'); it was kept as a link and not followed. Remove it by hand if it is not needed.",
                "site/leer/: warning LOT0901: Lotse did not write this folder; it was kept as it is. Remove it by hand if it is not needed.",
                "site/rohr: warning LOT0901: Lotse did not write this file; it was kept as it is. Remove it by hand if it is not needed.",
                "site/schleife1: warning LOT0901: Lotse did not write this symbolic link (to 'schleife2'); it was kept as a link and not followed. Remove it by hand if it is not needed.",
                "site/schleife2: warning LOT0901: Lotse did not write this symbolic link (to 'schleife1'); it was kept as a link and not followed. Remove it by hand if it is not needed.",
            ], $"build {build}");
            OutputTree.Of(Site, p => p is "leer" or "a/leer-in-lotses-ordner" or "etc" or "schleife1" or "schleife2" or "kaputt" or "rohr" or "a/notiz.txt").ShouldBe(foreign);
            OutputTree.Leftovers(_root).ShouldBeEmpty();
        }
    }

    [Fact]
    public async Task A_git_repository_in_the_output_survives_every_build_and_stays_usable()
    {
        await FirstBuildAsync();
        OutputTree.Run("git", "-C", Site, "init", "-q");
        OutputTree.Run("git", "-C", Site, "add", "-A");
        OutputTree.Run("git", "-C", Site, "-c", "user.email=t@t", "-c", "user.name=t", "commit", "-qm", "erste Fassung");
        var git = OutputTree.Of(Path.Combine(Site, ".git"));
        OutputTree.Write(_root, "content/b.md", "# B\n");

        var result = await BuildAsync();

        Lines(result).ShouldBe(["site/.git/: warning LOT0901: Lotse did not write this folder; it was kept as it is. Remove it by hand if it is not needed."]);
        OutputTree.Of(Path.Combine(Site, ".git")).ShouldBe(git);
        OutputTree.Run("git", "-C", Site, "fsck", "--no-progress");
        OutputTree.Run("git", "-C", Site, "add", "-A");
        OutputTree.Run("git", "-C", Site, "-c", "user.email=t@t", "-c", "user.name=t", "commit", "-qm", "zweite Fassung");
    }

    [Fact]
    public async Task A_foreign_folder_that_a_new_page_moves_into_is_merged_and_keeps_its_files()
    {
        await FirstBuildAsync();
        OutputTree.Write(Site, "extra/von-hand.html", "von Hand");
        OutputTree.Write(_root, "content/extra.md", "# Extra\n");
        var result = await BuildAsync();
        result.Succeeded.ShouldBeTrue();
        Lines(result).ShouldBe(["site/extra/von-hand.html: warning LOT0901: Lotse did not write this file; it was kept as it is. Remove it by hand if it is not needed."]);
        File.ReadAllText(Path.Combine(Site, "extra/von-hand.html")).ShouldBe("von Hand");
        File.ReadAllText(Path.Combine(Site, "extra/index.html")).ShouldContain("Extra");
    }

    [Fact]
    public async Task A_foreign_file_in_the_folder_of_a_removed_page_stays()
    {
        await FirstBuildAsync();
        OutputTree.Write(Site, "a/notiz.txt", "Notiz");
        var note = OutputTree.Of(Site, p => p == "a/notiz.txt").ShouldHaveSingleItem();
        File.Delete(Path.Combine(_root, "content/a.md"));
        var result = await BuildAsync();
        result.Succeeded.ShouldBeTrue();
        OutputTree.Of(Site, p => p.StartsWith("a/", StringComparison.Ordinal)).ShouldBe([note]);
        File.Exists(Path.Combine(Site, "a/index.html")).ShouldBeFalse();
        File.ReadAllLines(Path.Combine(Site, OutputFolder.MarkerName)).ShouldNotContain("a/index.html");
    }

    [Fact]
    public async Task In_place_rebuilds_of_serve_leave_a_foreign_file_at_a_new_page_path_alone_and_say_so()
    {
        var cache = new BuildCache();
        (await BuildAsync(cache)).Succeeded.ShouldBeTrue();
        OutputTree.Write(Site, "b/index.html", "von Hand");
        OutputTree.Write(_root, "content/b.md", "# B\n");

        var result = await BuildAsync(cache);

        result.Succeeded.ShouldBeFalse();
        Lines(result).ShouldBe(["site/b/index.html: error LOT0110: Lotse did not write this file, and this build would write 'b/index.html' (from 'content/b.md') there. It was left alone; move or remove it by hand, or give the page another path."]);
        File.ReadAllText(Path.Combine(Site, "b/index.html")).ShouldBe("von Hand");
    }

    [Fact]
    public async Task In_place_rebuilds_remove_a_page_that_is_gone_but_never_a_foreign_link_in_its_place()
    {
        var cache = new BuildCache();
        (await BuildAsync(cache)).Succeeded.ShouldBeTrue();
        File.Delete(Path.Combine(Site, "a/index.html"));
        File.CreateSymbolicLink(Path.Combine(Site, "a/index.html"), "/etc/hostname");
        File.Delete(Path.Combine(_root, "content/a.md"));

        var result = await BuildAsync(cache);

        result.Succeeded.ShouldBeTrue();
        new FileInfo(Path.Combine(Site, "a/index.html")).LinkTarget.ShouldBe("/etc/hostname");
    }
}

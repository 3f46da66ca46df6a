using System.Diagnostics;
using Lotse.Features.Dates;

namespace Lotse.Tests.Editors;

/// <summary>In <c>lotse serve</c> the dates of the last commits are taken again only when the checked-out commit changed
/// (<see cref="GitHead"/> reads it from <c>.git</c> without running git): a commit, a branch switch, packed refs and a
/// linked worktree are all seen.</summary>
public sealed class GitHistoryCacheTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("lotse-githead-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static string RevParse(string folder)
    {
        var start = new ProcessStartInfo("git", ["rev-parse", "HEAD"]) { WorkingDirectory = folder, RedirectStandardOutput = true };
        using var git = Process.Start(start)!;
        var id = git.StandardOutput.ReadToEnd().Trim();
        git.WaitForExit();
        return id;
    }

    private void Write(string path, string text)
    {
        var file = Path.Combine(_root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
    }

    [Fact]
    public void A_commit_a_branch_switch_packed_refs_and_a_worktree_are_read_as_git_reads_them()
    {
        GitHead.Commit(_root).ShouldBeNull(); // no repository
        Write("content/a.md", "# A\n");
        PageDatesTests.Git(_root, "2024-05-06T10:00:00+02:00", "init", "-q", "-b", "main");
        PageDatesTests.Git(_root, "2024-05-06T10:00:00+02:00", "add", "-A");
        PageDatesTests.Git(_root, "2024-05-06T10:00:00+02:00", "commit", "-q", "-m", "eins");
        GitHead.Commit(Path.Combine(_root, "content")).ShouldBe(RevParse(_root));

        PageDatesTests.Git(_root, "2024-05-07T10:00:00+02:00", "checkout", "-q", "-b", "zweig");
        Write("content/b.md", "# B\n");
        PageDatesTests.Git(_root, "2024-05-07T10:00:00+02:00", "add", "-A");
        PageDatesTests.Git(_root, "2024-05-07T10:00:00+02:00", "commit", "-q", "-m", "zwei");
        GitHead.Commit(_root).ShouldBe(RevParse(_root));

        PageDatesTests.Git(_root, "2024-05-07T10:00:00+02:00", "pack-refs", "--all");
        File.Exists(Path.Combine(_root, ".git/refs/heads/zweig")).ShouldBeFalse();
        GitHead.Commit(_root).ShouldBe(RevParse(_root));

        var linked = Path.Combine(_root, "neben");
        PageDatesTests.Git(_root, "2024-05-07T10:00:00+02:00", "worktree", "add", "-q", linked, "main");
        GitHead.Commit(linked).ShouldBe(RevParse(linked));
        GitHead.Commit(linked).ShouldNotBe(GitHead.Commit(_root));
    }

    [Fact]
    public void The_history_is_taken_again_after_a_commit_but_not_after_an_edit()
    {
        Write("content/a.md", "# A\n");
        var cache = new GitHistoryCache();
        cache.LastChanged(_root, "content", CancellationToken.None).ShouldBeNull(); // no repository (yet)
        PageDatesTests.Git(_root, "2024-05-06T10:00:00+02:00", "init", "-q");
        PageDatesTests.Git(_root, "2024-05-06T10:00:00+02:00", "add", "-A");
        PageDatesTests.Git(_root, "2024-05-06T10:00:00+02:00", "commit", "-q", "-m", "eins");
        var first = cache.LastChanged(_root, "content", CancellationToken.None)!;
        first["content/a.md"].ShouldBe("2024-05-06");

        Write("content/a.md", "# A geändert\n"); // not committed: the same history, not asked again
        cache.LastChanged(_root, "content", CancellationToken.None).ShouldBeSameAs(first);

        PageDatesTests.Git(_root, "2025-02-01T10:00:00+01:00", "commit", "-q", "-am", "zwei");
        var second = cache.LastChanged(_root, "content", CancellationToken.None)!;
        second["content/a.md"].ShouldBe("2025-02-01");
    }
}

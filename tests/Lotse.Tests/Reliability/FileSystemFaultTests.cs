using Lotse.Blocks.Output;

namespace Lotse.Tests.Reliability;

/// <summary>Issue 18, point 4: what the file system refuses is a diagnostic naming the path and what to do, exit 1, the
/// previous site intact and nothing left in staging; never "internal error" (exit 70). Full disk and read-only run on
/// a real small tmpfs (mounted when the tests run as root, as in the container); permission denied runs the command
/// line as the user nobody.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class FileSystemFaultTests : IDisposable
{
    private readonly string _root = OutputTree.NewSite();
    private string Site => Path.Combine(_root, "site");

    public void Dispose() => OutputTree.Delete(_root);

    private static async Task<string[]> FailAsync(params string[] args)
    {
        var (exit, output, error) = await LotseProcess.RunAsync(args);
        error.ShouldBeEmpty(); // no "internal error"
        exit.ShouldBe(1, output);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>A tmpfs of <paramref name="kilobytes"/> at a new folder; null when this process may not mount.</summary>
    private static string? Mount(int kilobytes)
    {
        if (!Environment.IsPrivilegedProcess) return null;
        var folder = Directory.CreateTempSubdirectory("lotse-tmpfs-").FullName;
        OutputTree.Run("mount", "-t", "tmpfs", "-o", $"size={kilobytes}k", "tmpfs", folder);
        return folder;
    }

    private static void Unmount(string folder)
    {
        OutputTree.Run("umount", folder);
        Directory.Delete(folder);
    }

    [Fact]
    public async Task A_full_disk_is_LOT0113_and_the_previous_site_stays()
    {
        if (Mount(256) is not { } disk) return; // needs root to mount a tmpfs
        try
        {
            var output = Path.Combine(disk, "site");
            (await LotseProcess.RunAsync(["build", _root, "--output", output])).Exit.ShouldBe(0);
            var before = OutputTree.Of(output);
            File.WriteAllBytes(Path.Combine(_root, "content", "gross.bin"), new byte[400 * 1024]);

            var lines = await FailAsync("build", _root, "--output", output);

            lines[0].ShouldEndWith(": error LOT0113: The disk is full (no space left on device). The previous site is unchanged. Free some space or choose an output folder on another disk.");
            lines[0].ShouldStartWith(output + "/");
            OutputTree.Of(output).ShouldBe(before);
            Directory.GetDirectories(disk, ".site.lotse-*").ShouldBeEmpty();
        }
        finally
        {
            Unmount(disk);
        }
    }

    [Fact]
    public async Task A_read_only_file_system_is_LOT0114_and_the_site_stays()
    {
        if (Mount(2048) is not { } disk) return;
        try
        {
            var output = Path.Combine(disk, "site");
            (await LotseProcess.RunAsync(["build", _root, "--output", output])).Exit.ShouldBe(0);
            var before = OutputTree.Of(output);
            OutputTree.Run("mount", "-o", "remount,ro", disk);
            OutputTree.Write(_root, "content/b.md", "# B\n");

            var lines = await FailAsync("build", _root, "--output", output);

            lines[0].ShouldBe($"{disk}/.site.lotse-lock: error LOT0114: The file system is read-only. The previous site is unchanged. Choose an output folder on a writable disk.");
            OutputTree.Of(output).ShouldBe(before);
        }
        finally
        {
            Unmount(disk);
        }
    }

    [Fact]
    public async Task A_read_only_output_folder_on_a_writable_disk_is_LOT0114_too()
    {
        if (!Environment.IsPrivilegedProcess) return;
        (await LotseProcess.RunAsync(["build", _root])).Exit.ShouldBe(0);
        var parent = Directory.CreateTempSubdirectory("lotse-robind-").FullName;
        try
        {
            OutputTree.Run("mount", "--bind", "-o", "ro", _root, parent);
            var output = Path.Combine(parent, "site");
            var lines = await FailAsync("build", _root, "--output", output);
            lines[0].ShouldBe($"{parent}/.site.lotse-lock: error LOT0114: The file system is read-only. The previous site is unchanged. Choose an output folder on a writable disk.");
        }
        finally
        {
            OutputTree.Run("umount", parent);
            Directory.Delete(parent);
        }
    }

    [Fact]
    public async Task An_output_folder_the_build_may_not_write_is_LOT0115()
    {
        var parent = Directory.CreateTempSubdirectory("lotse-perm-").FullName;
        try
        {
            foreach (var folder in Directory.GetDirectories(_root, "*", SearchOption.AllDirectories).Append(_root))
                File.SetUnixFileMode(folder, (UnixFileMode)0b111_101_101);
            foreach (var file in Directory.GetFiles(_root, "*", SearchOption.AllDirectories))
                File.SetUnixFileMode(file, (UnixFileMode)0b110_100_100);
            File.SetUnixFileMode(parent, (UnixFileMode)0b111_101_101); // 755, owned by root: nobody may not write
            var output = Path.Combine(parent, "site");
            var (exit, lines, error) = await LotseProcess.RunAsync(["build", _root, "--output", output],
                asUser: Environment.IsPrivilegedProcess ? "65534:65534" : null);
            error.ShouldBeEmpty();
            exit.ShouldBe(1);
            lines.Split('\n')[0].ShouldBe($"{parent}/.site.lotse-lock: error LOT0115: Permission denied. The previous site is unchanged. Give the build access to this path or choose another output folder.");
            Directory.GetFileSystemEntries(parent).ShouldBeEmpty();
        }
        finally
        {
            Directory.Delete(parent, true);
        }
    }

    [Fact]
    public async Task A_name_too_long_for_the_file_system_is_LOT0116_naming_the_output_path()
    {
        (await LotseProcess.RunAsync(["build", _root])).Exit.ShouldBe(0);
        var before = OutputTree.Of(Site);
        var name = new string('x', 300);
        OutputTree.Write(_root, "content/a.md", $"---\naliases: [\"{name}\"]\n---\n# A\n");

        var lines = await FailAsync("build", _root);

        lines[0].ShouldBe($"{Site}/{name}: error LOT0116: The path or a name in it is too long for the file system. The previous site is unchanged. Choose a shorter output folder or shorter file names.");
        OutputTree.Of(Site).ShouldBe(before);
        OutputTree.Leftovers(_root).ShouldBeEmpty();
    }

    [Fact]
    public async Task An_output_below_a_regular_file_is_LOT0117()
    {
        OutputTree.Write(_root, "datei", "x");
        var lines = await FailAsync("build", _root, "--output", Path.Combine(_root, "datei", "site"));
        lines[0].ShouldBe($"{_root}/datei/site: error LOT0117: '{_root}/datei' is a file, so the output folder '{_root}/datei/site' cannot be made below it. Choose another output folder.");
    }

    [Fact]
    public async Task A_root_that_is_a_file_is_LOT0117()
    {
        var file = Path.Combine(_root, "content", "index.md");
        var lines = await FailAsync("build", file);
        lines[0].ShouldBe($"{file}: error LOT0117: This is a file, not a site folder. Give the folder that holds lotse.yml and content/.");
        lines.Length.ShouldBe(2);
    }

    [Fact]
    public async Task An_output_behind_a_symbolic_link_loop_is_LOT0118()
    {
        File.CreateSymbolicLink(Path.Combine(_root, "l1"), "l2");
        File.CreateSymbolicLink(Path.Combine(_root, "l2"), "l1");
        var lines = await FailAsync("build", _root, "--output", Path.Combine(_root, "l1", "site"));
        lines[0].ShouldBe($"{_root}/l1/site: error LOT0118: '{_root}/l1' is a symbolic link that leads nowhere (to 'l2': broken, or a loop), so the output folder '{_root}/l1/site' cannot be made. Fix the link or choose another output folder.");
    }

    [Fact]
    public async Task An_output_that_is_a_file_is_refused()
    {
        OutputTree.Write(_root, "ausgabe", "x");
        var lines = await FailAsync("build", _root, "--output", Path.Combine(_root, "ausgabe"));
        lines[0].ShouldBe($"{_root}/ausgabe: error LOT0901: '{_root}/ausgabe' is a file, not a folder. Choose another output folder.");
        File.ReadAllText(Path.Combine(_root, "ausgabe")).ShouldBe("x");
    }

    [Theory]
    [InlineData(28, "LOT0113", "The disk is full")]
    [InlineData(122, "LOT0113", "The disk is full")]
    [InlineData(30, "LOT0114", "The file system is read-only")]
    [InlineData(13, "LOT0115", "Permission denied")]
    [InlineData(36, "LOT0116", "The path or a name in it is too long")]
    [InlineData(20, "LOT0117", "A part of this path is a file, not a folder")]
    [InlineData(40, "LOT0118", "Too many levels of symbolic links")]
    [InlineData(2, "LOT0119", "The file or folder vanished")]
    [InlineData(5, "LOT0120", "The file system reported an error (Input/output error")]
    public void Each_error_number_has_its_diagnostic(int errno, string code, string start)
    {
        var fault = new IOException($"{System.Runtime.InteropServices.Marshal.GetPInvokeErrorMessage(errno)} : '/srv/site/a/index.html'", errno);
        var (actualCode, path, message) = FileSystemFault.Describe(FileSystemFault.Find(new AggregateException(fault))!, "/srv/site");
        (actualCode, path).ShouldBe((code, "/srv/site/a/index.html"));
        message.ShouldStartWith(start);
        FileSystemFault.Find(new AggregateException(fault)).ShouldBeSameAs(fault);
    }

    /// <summary>The two faults no mini-site can cause on purpose (a file that vanishes in the middle of a build, an I/O
    /// error of the disk), as the build prints them.</summary>
    [Theory]
    [InlineData(2, "/srv/site/a/index.html: error LOT0119: The file or folder vanished while the build was using it. The previous site is unchanged. Build again.")]
    [InlineData(5, "/srv/site/a/index.html: error LOT0120: The file system reported an error (Input/output error : '/srv/site/a/index.html'). The previous site is unchanged. Check the disk and build again.")]
    public void A_vanished_file_and_an_IO_error_are_printed_with_their_path(int errno, string expected)
    {
        var fault = new IOException($"{System.Runtime.InteropServices.Marshal.GetPInvokeErrorMessage(errno)} : '/srv/site/a/index.html'", errno);
        var diagnostics = new Lotse.Blocks.Diagnostics.DiagnosticBag();
        FileSystemFault.Report(FileSystemFault.Find(new AggregateException(fault))!, "/srv/site", diagnostics);
        diagnostics.Sorted().Select(d => d.ToString()).ShouldBe([expected]);
    }

    [Fact]
    public void Exceptions_that_are_not_from_the_file_system_stay_bugs()
    {
        FileSystemFault.Find(new InvalidOperationException("kaputt")).ShouldBeNull();
        FileSystemFault.Find(new AggregateException(new NullReferenceException())).ShouldBeNull();
    }
}

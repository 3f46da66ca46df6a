
using Lotse.Tests.Testing;

namespace Lotse.Tests.Reliability;

/// <summary>
/// A file without read permission (catalogue entry "file without read permission"). The tests run as root,
/// and root reads a chmod-000 file anyway, so the test would prove nothing in-process. Instead it runs the
/// real command line as the unprivileged user nobody (setpriv), for whom chmod 000 really means "no
/// permission". When the tests do not run as root, the current user is already unprivileged.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class UnreadableFileTests
{
    [Theory]
    [InlineData("content/geheim.md")]
    [InlineData("content/bild.png")]
    public async Task A_file_without_read_permission_is_a_diagnostic_and_the_build_writes_nothing(string unreadable)
    {
        var root = Directory.CreateTempSubdirectory("lotse-perm-").FullName;
        try
        {
            foreach (var (path, content) in SiteFiles.Parse(TestSite.MinimalTheme + "\n-- lotse.yml --\ntitle: T\n-- content/a.md --\nText\n-- content/geheim.md --\nGeheim\n-- content/bild.png --\nkein Bild\n"))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(root, path))!);
                File.WriteAllText(Path.Combine(root, path), content);
            }
            foreach (var folder in Directory.GetDirectories(root, "*", SearchOption.AllDirectories).Append(root))
                File.SetUnixFileMode(folder, (UnixFileMode)0b111_111_111); // 777: nobody may write the output
            foreach (var file in Directory.GetFiles(root, "*", SearchOption.AllDirectories))
                File.SetUnixFileMode(file, (UnixFileMode)0b110_100_100); // 644
            File.SetUnixFileMode(Path.Combine(root, unreadable), UnixFileMode.None);

            var (exit, output, error) = await LotseProcess.RunAsync(["build", root], asUser: Environment.IsPrivilegedProcess ? "65534:65534" : null);

            error.ShouldBeEmpty();
            exit.ShouldBe(1);
            output.Split('\n')[0].ShouldBe($"{unreadable}: error LOT0002: The file cannot be read (no permission). Give the build read access to it.");
            output.Split('\n')[1].ShouldStartWith("lotse build: FAILED: ");
            Directory.Exists(Path.Combine(root, "site")).ShouldBeFalse();
            Directory.GetDirectories(root, ".site.lotse-*").ShouldBeEmpty();
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}

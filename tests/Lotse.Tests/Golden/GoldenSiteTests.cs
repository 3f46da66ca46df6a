using AngleSharp.Diffing;
using Lotse.Site;

namespace Lotse.Tests.Golden;

/// <summary>
/// Golden sites: each folder here is a small site; its build must match <c>expected/</c>, compared as HTML
/// with AngleSharp.Diffing (whitespace and comments do not count), other files byte for byte. After an
/// intended change, run the tests with LOTSE_UPDATE_GOLDEN=1 and review the git diff of <c>expected/</c>.
/// </summary>
public sealed class GoldenSiteTests
{
    public static readonly TheoryData<string> Cases = ["basic", "data-pages"];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_build_matches_the_expected_files(string name)
    {
        var source = Path.Combine(TestSourceFolder(), name);
        var root = Directory.CreateTempSubdirectory("lotse-golden-").FullName;
        try
        {
            CopyFolder(source, root, skip: "expected");
            var result = await SiteBuilder.BuildAsync(new BuildOptions(root));
            result.Diagnostics.ShouldBeEmpty();
            var actual = Path.Combine(root, "site");
            var expected = Path.Combine(source, "expected");
            if (Environment.GetEnvironmentVariable("LOTSE_UPDATE_GOLDEN") == "1")
            {
                if (Directory.Exists(expected)) Directory.Delete(expected, true);
                CopyFolder(actual, expected, skip: ".lotse-site");
            }

            Files(actual).ShouldBe(Files(expected));
            foreach (var file in Files(expected))
            {
                var want = File.ReadAllText(Path.Combine(expected, file));
                var got = File.ReadAllText(Path.Combine(actual, file));
                if (!file.EndsWith(".html", StringComparison.Ordinal))
                {
                    got.ShouldBe(want, file);
                    continue;
                }
                var differences = DiffBuilder.Compare(want).WithTest(got).Build().ToList();
                differences.ShouldBeEmpty($"{name}/{file} differs from expected:\n{got}");
            }
        }
        finally
        {
            Directory.Delete(root, true);
        }
    }

    private static List<string> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Where(f => f != ".lotse-site")
            .Order(StringComparer.Ordinal)
            .ToList();

    private static void CopyFolder(string from, string to, string skip)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.Split(Path.DirectorySeparatorChar)[0] == skip) continue;
            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    /// <summary>The Golden folder in the source tree (the tests read and, when updating, write it there).</summary>
    private static string TestSourceFolder() =>
        Path.Combine(Testing.TestSite.RepositoryRoot, "tests", "Lotse.Tests", "Golden");
}

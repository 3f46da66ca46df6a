
using Lotse.Site;

namespace Lotse.Tests.Reliability;

/// <summary>Runs alone (no other test allocates meanwhile), so that the process-wide allocation counter
/// measures one build.</summary>
[CollectionDefinition(nameof(MemoryMeasurement), DisableParallelization = true)]
public sealed class MemoryMeasurement;

/// <summary>Huge inputs stop with a limit diagnostic before they fill the memory: the bytes a build allocates
/// in total (an upper bound of what it holds at once) stay far below what reading the input would take.</summary>
[Collection(nameof(MemoryMeasurement))]
public sealed class MemoryBoundTests
{
    private const long MegaByte = 1024 * 1024;

    [Theory]
    [InlineData("a 50 MB Markdown file", 8)]
    [InlineData("a data file with a million rows", 96)]
    public async Task A_huge_input_is_refused_with_bounded_allocations(string name, long maxMegaBytes)
    {
        var input = BadInputs.All.Single(b => b.Name == name);
        using var warmUp = await CatalogueSite.BuildAsync(input with { Prepare = null }); // JIT and caches outside the measurement
        var root = Directory.CreateTempSubdirectory("lotse-memory-").FullName;
        try
        {
            foreach (var (path, content) in Testing.SiteFiles.Parse(Testing.TestSite.MinimalTheme + "\n-- lotse.yml --\ntitle: T\n" + input.Files))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(root, path))!);
                File.WriteAllText(Path.Combine(root, path), content);
            }
            input.Prepare!(root);
            var inputBytes = Directory.GetFiles(Path.Combine(root, "content"), "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);

            var before = GC.GetTotalAllocatedBytes(precise: true);
            var result = await SiteBuilder.BuildAsync(new BuildOptions(root, Write: false));
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

            result.Diagnostics.Select(d => d.ToString()).ShouldBe(input.Expected);
            (allocated / MegaByte).ShouldBeLessThan(maxMegaBytes,
                $"the build allocated {allocated / MegaByte} MB for {inputBytes / MegaByte} MB of input");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}

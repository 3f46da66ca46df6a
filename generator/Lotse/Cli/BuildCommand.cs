
using Lotse.Blocks.Markdown;
using Lotse.Blocks.Paths;
using Lotse.Site;
using Lotse.Site.Pipelines;

namespace Lotse.Cli;

/// <summary><c>lotse build</c> and <c>lotse check</c>: build, print every diagnostic and a summary line.</summary>
public static class BuildCommand
{
    public static async Task<int> RunAsync(CliOptions cli, TextWriter output)
    {
        var write = cli.Command == "build";
        var timings = Environment.GetEnvironmentVariable("LOTSE_TIMINGS");
        var result = await SiteBuilder.BuildAsync(new BuildOptions(cli.Root, cli.Output, write, cli.Strict, cli.Today, ContentChecks: !write,
            MeasureMemory: timings switch { "1" => false, "live" => true, _ => null }));
        Report(result, output, cli.Command, listExternal: !write);
        return result.Succeeded ? 0 : 1;
    }

    public static void Report(BuildResult result, TextWriter output, string command, bool listExternal)
    {
        foreach (var diagnostic in result.Diagnostics) output.WriteLine(diagnostic);
        if (listExternal)
        {
            var external = result.Outputs.FromPipeline(nameof(ContentPipeline))
                .SelectMany(d => d.Metadata.Get<List<MarkdownLink>>(ContentKeys.Links) ?? [])
                .Where(l => l.TargetSource is null && LinkResolver.IsExternal(l.Url))
                .Select(l => l.Url).Distinct().Order(StringComparer.Ordinal).ToList();
            if (external.Count > 0)
            {
                output.WriteLine($"External links (listed, not fetched): {external.Count}");
                foreach (var url in external) output.WriteLine("  " + url);
            }
        }
        if (Environment.GetEnvironmentVariable("LOTSE_TIMINGS") is "1" or "live")
        {
            Kernel.MemoryAfter? before = null;
            foreach (var t in result.Timings ?? [])
            {
                output.WriteLine($"  {t.Elapsed.TotalMilliseconds,8:F0} ms  {t.Pipeline}.{t.Phase}.{t.Module}{Memory(t.Memory, before)}");
                before = t.Memory ?? before;
            }
        }
        var errors = result.Errors.Count();
        var warnings = result.Warnings.Count();
        var notes = result.Notes.Count();
        var verdict = result.Succeeded ? (command == "build" ? "built" : "checked") : "FAILED";
        output.WriteLine($"lotse {command}: {verdict}: {result.PageCount} pages, {result.WrittenFiles.Count} files, " +
                         $"{errors} errors, {warnings} warnings{(notes > 0 ? $", {notes} notes" : "")} in {result.Elapsed.TotalMilliseconds:F0} ms");
    }

    /// <summary>The memory after a module, the CPU time it took (since <paramref name="before"/>, the figures after the
    /// module before), how much of it the kernel took and how many pages were touched first, what it allocated (all threads)
    /// and how long collections paused it.</summary>
    private static string Memory(Kernel.MemoryAfter? memory, Kernel.MemoryAfter? before) => memory is null ? "" :
        $"  CPU {(memory.ProcessCpu - (before?.ProcessCpu ?? TimeSpan.Zero)).TotalMilliseconds,7:F0} ms" +
        $" (kernel {(memory.KernelCpu - (before?.KernelCpu ?? TimeSpan.Zero)).TotalMilliseconds,5:F0} ms, {(memory.PageFaults - (before?.PageFaults ?? 0)) / 1000,4}k faults)" +
        $" (GC {(memory.CollectionPauses - (before?.CollectionPauses ?? TimeSpan.Zero)).TotalMilliseconds,5:F0} ms), heap {memory.HeapBytes >> 20,5} MiB{(memory.Collected ? " live" : "")}, GC committed {memory.CommittedBytes >> 20,5} MiB, RSS {memory.WorkingSetBytes >> 20,5} MiB" +
        $", allocated {(memory.AllocatedBytes - (before?.AllocatedBytes ?? 0)) >> 20,5} MiB";
}

using System.IO.MemoryMappedFiles;
using Lotse.Kernel;
using Shouldly;

namespace Lotse.Tests.Units;

/// <summary>LOTSE_TIMINGS shows, per module, the CPU time the kernel took and the pages touched for the first time.</summary>
public class MemoryAfterTests
{
    [Fact]
    public void Touching_fresh_memory_counts_a_page_fault_a_page_on_Linux()
    {
        if (!OperatingSystem.IsLinux()) return; // (the count comes from /proc/self/stat)
        const int bytes = 64 << 20;
        var before = MemoryAfter.Now(collect: false);
        using var memory = MemoryMappedFile.CreateNew(null, bytes); // mapped, no page touched yet
        using var view = memory.CreateViewAccessor();
        for (long at = 0; at < bytes; at += Environment.SystemPageSize) view.Write(at, (byte)1);
        var after = MemoryAfter.Now(collect: false);
        (after.PageFaults - before.PageFaults).ShouldBeGreaterThanOrEqualTo(bytes / Environment.SystemPageSize / 2);
        after.KernelCpu.ShouldBeGreaterThanOrEqualTo(before.KernelCpu);
    }
}

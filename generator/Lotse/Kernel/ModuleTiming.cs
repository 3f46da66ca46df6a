
namespace Lotse.Kernel;

/// <summary>How long one module took (shown with LOTSE_TIMINGS=1), with the managed heap and the process's resident
/// memory right after it (<see cref="MemoryAfter"/>).</summary>
public sealed record ModuleTiming(string Pipeline, Phase Phase, string Module, TimeSpan Elapsed, MemoryAfter? Memory = null);

/// <summary>Memory right after a module: the managed heap as the GC counts it (live objects and garbage not yet
/// collected; only live objects when <see cref="Collected"/>), the process's working set, and the CPU time the process
/// has used so far (user and system, all threads: the difference to the module before is the module's), the bytes
/// allocated so far (a measure of a module's work that a busy machine does not change, unlike its CPU time), and the memory
/// the GC holds from the system (its heap, the garbage and free space it keeps: most of the working set), and how long the
/// collections so far paused the program (the workstation collector works on one thread while all others wait: what a
/// module spends there is not shared between the cores), the part of the CPU time spent in the system's kernel, and the
/// page faults so far (on Linux: each is a page of memory the process touched for the first time, which the kernel had to
/// find and clear; in a virtual machine each can cost tens of microseconds).</summary>
public sealed record MemoryAfter(
    long HeapBytes, long WorkingSetBytes, bool Collected, TimeSpan ProcessCpu, long AllocatedBytes = 0, long CommittedBytes = 0,
    TimeSpan CollectionPauses = default, TimeSpan KernelCpu = default, long PageFaults = 0)
{
    /// <summary>Measured now; with <paramref name="collect"/> after a full, blocking collection (LOTSE_TIMINGS=live:
    /// what each module leaves alive, at the cost of the collections).</summary>
    public static MemoryAfter Now(bool collect)
    {
        var heap = GC.GetTotalMemory(collect);
        var cpu = Environment.CpuUsage; // one reading for the total and the kernel's part
        return new(heap, Environment.WorkingSet, collect, cpu.TotalTime, GC.GetTotalAllocatedBytes(),
            GC.GetGCMemoryInfo().TotalCommittedBytes, GC.GetTotalPauseDuration(), cpu.PrivilegedTime, MinorPageFaults());
    }

    /// <summary>The process's minor page faults so far: field 10 of <c>/proc/self/stat</c> (after the parenthesised
    /// name, which may hold spaces); 0 where there is no such file or it reads otherwise.</summary>
    private static long MinorPageFaults()
    {
        string stat;
        try
        {
            stat = File.ReadAllText("/proc/self/stat");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
        var nameEnd = stat.LastIndexOf(')');
        if (nameEnd < 0 || nameEnd + 2 > stat.Length) return 0;
        var fields = stat[(nameEnd + 2)..].Split(' ');
        return fields.Length > 7 && long.TryParse(fields[7], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var faults)
            ? faults : 0;
    }
}

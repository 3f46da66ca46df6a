
using Lotse.Blocks.Diagnostics;
using Lotse.Kernel;

namespace Lotse.Site;

/// <summary>What a build did: its diagnostics (sorted), every pipeline's documents, the files written.</summary>
public sealed record BuildResult(
    bool Succeeded,
    IReadOnlyList<Diagnostic> Diagnostics,
    PipelineOutputs Outputs,
    IReadOnlyList<string> WrittenFiles,
    int PageCount,
    TimeSpan Elapsed,
    IReadOnlyList<ModuleTiming>? Timings = null)
{
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == Severity.Error);
    public IEnumerable<Diagnostic> Warnings => Diagnostics.Where(d => d.Severity == Severity.Warning);

    /// <summary>Notes for editors (<see cref="Severity.Info"/>): printed, but they fail no build.</summary>
    public IEnumerable<Diagnostic> Notes => Diagnostics.Where(d => d.Severity == Severity.Info);
}

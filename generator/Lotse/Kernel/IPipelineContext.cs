namespace Lotse.Kernel;

/// <summary>What the <see cref="Engine{TContext}"/> needs of a build's context: where each pipeline's documents are
/// kept, where module timings go, whether the Output phase may run, and the build's cancellation.</summary>
internal interface IPipelineContext
{
    PipelineOutputs Outputs { get; }
    List<ModuleTiming> Timings { get; }
    CancellationToken CancellationToken { get; }

    /// <summary>Whether to note the memory after each module (<see cref="ModuleTiming.Memory"/>): null not at all, false
    /// as it is, true after a full collection.</summary>
    bool? MeasureMemory => null;

    /// <summary>False when the build writes nothing (a check) or has already failed: the Output phase is skipped.</summary>
    bool MayWrite { get; }
}

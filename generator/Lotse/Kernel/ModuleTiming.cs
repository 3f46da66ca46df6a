
namespace Lotse.Kernel;

/// <summary>How long one module took (shown with LOTSE_TIMINGS=1).</summary>
public sealed record ModuleTiming(string Pipeline, Phase Phase, string Module, TimeSpan Elapsed);

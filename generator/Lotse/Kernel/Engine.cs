using System.Collections.Immutable;

namespace Lotse.Kernel;

/// <summary>
/// Runs pipelines phase by phase: every pipeline's Input, then Process, PostProcess and Output,
/// each phase in dependency order. PostProcess starts only after every Process phase, so a step
/// there (layout, navigation, link checks) sees every page. Output is skipped when the build has
/// errors or when the context says not to write (check).
/// </summary>
internal sealed class Engine<TContext>(IReadOnlyList<Pipeline<TContext>> pipelines) where TContext : IPipelineContext
{
    public Task RunAsync(TContext context) => RunAsync(context, only: null, phases: null);

    /// <summary>Runs only the pipelines named in <paramref name="only"/> (all when null), in the same order, and only the
    /// given <paramref name="phases"/> (all when null); what they depend on must have run before on the same context
    /// (a rebuild in stages).</summary>
    public async Task RunAsync(TContext context, IReadOnlySet<string>? only, IReadOnlySet<Phase>? phases)
    {
        var ordered = TopologicalOrder(pipelines).Where(p => only is null || only.Contains(p.Name)).ToList();
        foreach (var phase in Enum.GetValues<Phase>())
        {
            if (phases is not null && !phases.Contains(phase)) continue;
            if (phase == Phase.Output && !context.MayWrite) return;
            foreach (var pipeline in ordered)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                var docs = phase == Phase.Input ? ImmutableArray<Document>.Empty : context.Outputs.StartOf(pipeline.Name, phase);
                foreach (var module in pipeline.ModulesOf(phase))
                {
                    context.CancellationToken.ThrowIfCancellationRequested();
                    var started = System.Diagnostics.Stopwatch.GetTimestamp();
                    docs = await module.ExecuteAsync(docs, context);
                    var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
                    context.Timings.Add(new ModuleTiming(pipeline.Name, phase, module.GetType().Name, elapsed,
                        context.MeasureMemory is { } collect ? MemoryAfter.Now(collect) : null));
                }
                context.Outputs.Set(pipeline.Name, phase, docs);
            }
        }
    }

    private static List<Pipeline<TContext>> TopologicalOrder(IReadOnlyList<Pipeline<TContext>> pipelines)
    {
        var byName = pipelines.ToDictionary(p => p.Name, StringComparer.Ordinal);
        var result = new List<Pipeline<TContext>>();
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false = visiting, true = done
        foreach (var p in pipelines) Visit(p);
        return result;

        void Visit(Pipeline<TContext> p)
        {
            if (state.TryGetValue(p.Name, out var done))
            {
                if (!done) throw new InvalidOperationException($"Pipeline cyclical dependency detected involving {p.Name}");
                return;
            }
            state[p.Name] = false;
            foreach (var dependency in p.Dependencies)
            {
                if (!byName.TryGetValue(dependency, out var d))
                    throw new InvalidOperationException($"Pipeline {p.Name} depends on unknown pipeline {dependency}");
                Visit(d);
            }
            state[p.Name] = true;
            result.Add(p);
        }
    }
}

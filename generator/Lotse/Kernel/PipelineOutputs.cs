using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace Lotse.Kernel;

/// <summary>The documents each pipeline had at the end of each phase, for later pipelines and for tests. The Input
/// phase's documents (the files as read) are let go as soon as the pipeline's next phase has taken them
/// (<see cref="StartOf"/>): nothing needs them later, and for a big site they are the largest texts held.</summary>
public sealed class PipelineOutputs
{
    private readonly ConcurrentDictionary<(string Pipeline, Phase Phase), ImmutableArray<Document>> _outputs = new();

    internal void Set(string pipeline, Phase phase, ImmutableArray<Document> documents)
    {
        _outputs[(pipeline, phase)] = documents;
        if (phase > Phase.Input) _outputs.TryRemove((pipeline, Phase.Input), out _);
    }

    /// <summary>The documents a phase after Input starts from (<see cref="FromPipeline"/>), no longer kept as the Input phase's.
    /// Issue 26: the phase's first module makes new documents from them (ContentPipeline: the Markdown without its front
    /// matter), and the files as read (at 10k pages 100 MiB of UTF-16, at 50k 500 MiB) are free once it has, instead of
    /// staying alive through all of the phase (the Markdown's rendering, the build's busiest step).</summary>
    internal ImmutableArray<Document> StartOf(string pipeline, Phase phase)
    {
        var documents = FromPipeline(pipeline);
        if (phase > Phase.Input) _outputs.TryRemove((pipeline, Phase.Input), out _);
        return documents;
    }

    /// <summary>The latest documents of a pipeline (from its last completed phase).</summary>
    public ImmutableArray<Document> FromPipeline(string pipeline)
    {
        foreach (var phase in new[] { Phase.Output, Phase.PostProcess, Phase.Process, Phase.Input })
            if (_outputs.TryGetValue((pipeline, phase), out var docs)) return docs;
        return [];
    }

    public ImmutableArray<Document> this[string pipeline, Phase phase] =>
        _outputs.TryGetValue((pipeline, phase), out var docs) ? docs : [];
}

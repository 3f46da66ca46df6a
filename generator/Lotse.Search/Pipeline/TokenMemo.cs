using System.Collections.Concurrent;

namespace Lotse.Search.Pipeline;

/// <summary>
/// What the context-free steps of equal pipelines emitted per token, shared by pipelines that run on
/// several threads at once (the shards of one index). Give it only to pipelines made the same way, with
/// the same synonym groups and lexicon: it is keyed by the step's position and the token.
/// </summary>
public sealed class TokenMemo
{
    private readonly ConcurrentDictionary<int, ConcurrentDictionary<string, string[]>> _steps = new();

    internal ConcurrentDictionary<string, string[]> ForStep(int step) =>
        _steps.GetOrAdd(step, _ => new ConcurrentDictionary<string, string[]>(StringComparer.Ordinal));
}

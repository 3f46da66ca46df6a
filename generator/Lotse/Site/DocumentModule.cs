using System.Collections.Immutable;
using Lotse.Kernel;

namespace Lotse.Site;

/// <summary>A module that handles one document at a time, on all cores, keeping the documents' order.
/// Returning null drops the document.</summary>
internal abstract class DocumentModule : IModule
{
    protected abstract Document? Execute(Document document, BuildContext context);

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        var results = new Document?[inputs.Length];
        Parallel.For(0, inputs.Length,
            new ParallelOptions { CancellationToken = context.CancellationToken },
            i => results[i] = Execute(inputs[i], context));
        return Task.FromResult(results.Where(d => d is not null).Select(d => d!).ToImmutableArray());
    }
}

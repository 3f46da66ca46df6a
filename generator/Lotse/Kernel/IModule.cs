using System.Collections.Immutable;

namespace Lotse.Kernel;

/// <summary>A step of a pipeline: takes the documents of the phase so far and returns the next ones.</summary>
public interface IModule<in TContext>
{
    Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, TContext context);
}

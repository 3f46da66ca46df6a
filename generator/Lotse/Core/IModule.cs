using System.Collections.Immutable;

namespace Lotse.Core;

/// <summary>A step of a pipeline: takes the documents of the phase so far and returns the next ones.</summary>
public interface IModule
{
    Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context);
}

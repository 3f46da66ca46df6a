using Lotse.Kernel;
using Lotse.Site;

namespace Lotse.Features.Scaffolding;

/// <summary>The scaffolding's part of the build cache: the pages found without placeholders (<see cref="CheckPlaceholders"/>).</summary>
internal sealed class ScaffoldingCache : IBuildCacheSlot
{
    public CheckedDocuments WithoutPlaceholders { get; } = new();

    public void NextBuild()
    {
    }
}

using Lotse.Kernel;
using Lotse.Site;

namespace Lotse.Features.Print;

/// <summary>The print editions' part of the build cache: each merged Gesamtausgabe, by its pages.</summary>
internal sealed class PrintCache : IBuildCacheSlot
{
    public Memo<MergedEdition> Editions { get; } = new();

    public void NextBuild() => Editions.NextBuild();
}

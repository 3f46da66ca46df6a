using Lotse.Site;

namespace Lotse.Features.Scaffolding;

/// <summary>New pages from a skeleton (<c>lotse new</c>), and the check that no placeholder of one is left.</summary>
internal sealed class ScaffoldingFeature : IFeature
{
    public IEnumerable<IModule> CheckPages => [new CheckPlaceholders()];
}

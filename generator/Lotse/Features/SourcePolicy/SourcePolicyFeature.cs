using Lotse.Site;

namespace Lotse.Features.SourcePolicy;

/// <summary>The site's source policy (<c>sources:</c> in <c>lotse.yml</c>, <see cref="SourcePolicySettings"/>): which
/// domains the front matter's <c>quellen</c> may cite, no bare homepages, and the <c>ungeprueft</c> marks of pages that
/// still cite sources not checked in the original. Checked by <c>lotse check</c> (<see cref="CheckSources"/>).</summary>
public sealed class SourcePolicyFeature : IFeature
{
    public IEnumerable<IModule> CheckPages => [new CheckSources()];
}

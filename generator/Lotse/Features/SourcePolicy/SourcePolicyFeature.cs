using Lotse.Site;

namespace Lotse.Features.SourcePolicy;

/// <summary>The site's source policy (<c>sources:</c> in <c>lotse.yml</c>, <see cref="SourcePolicySettings"/>): which
/// domains the front matter's <c>quellen</c> may cite, no bare homepages, and the <c>ungeprueft</c> marks of pages that
/// still cite sources not checked in the original. Checked by <c>lotse check</c> (<see cref="CheckSources"/>).</summary>
internal sealed class SourcePolicyFeature : IFeature
{
    public IEnumerable<FrontMatterKey> FrontMatterKeys =>
    [
        new(SourcePolicyKeys.Unverified, FrontMatterType.Flag, "true: die Seite nennt eine Quelle, die noch nicht im Original geprüft ist (in lotse.yml unter sources.unverified). " +
            "`lotse check` nennt sie als Hinweis (LOT0723) und warnt, wenn keine solche Quelle mehr dabei ist (LOT0725).", CheckedWhereRead: true),
    ];

    public IEnumerable<IModule> CheckPages => [new CheckSources()];
}

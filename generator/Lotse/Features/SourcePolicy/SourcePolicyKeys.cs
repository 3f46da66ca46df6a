using Lotse.Site;

namespace Lotse.Features.SourcePolicy;

/// <summary>Front matter keys of the source policy.</summary>
[FeatureContract]
internal static class SourcePolicyKeys
{
    /// <summary>Front matter: <c>true</c> when the page cites a source not yet checked in the original (one listed in
    /// <c>sources.unverified</c> of <c>lotse.yml</c>), so editors see it.</summary>
    public const string Unverified = "ungeprueft";
}

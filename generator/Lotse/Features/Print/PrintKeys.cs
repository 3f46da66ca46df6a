using Lotse.Site;

namespace Lotse.Features.Print;

/// <summary>The front-matter keys the print editions read.</summary>
[FeatureContract]
internal static class PrintKeys
{
    /// <summary>In a part's <c>index.md</c>: <c>false</c> turns the part's Gesamtausgabe off.</summary>
    public const string OptOut = "gesamtausgabe";
}

using Lotse.Site;

namespace Lotse.Features.Scaffolding;

/// <summary>Text that <c>lotse new</c> writes for editors to replace. Every build warns about each one left (LOT0711).</summary>
[FeatureContract]
internal static class Placeholder
{
    /// <summary>The word of the marker; not an abbreviation to explain (LOT0711 reports it already).</summary>
    public const string Word = "TODO";

    public const string Marker = Word + ":";

    public static string Of(string hint) => $"{Marker} {hint}";
}

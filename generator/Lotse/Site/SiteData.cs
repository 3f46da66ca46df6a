
using Lotse.Site.Pipelines;

namespace Lotse.Site;

internal static class SiteData
{
    /// <summary>All data files by name (<c>rollen</c> for <c>content/_data/rollen.yml</c>).</summary>
    public static Dictionary<string, object?> Of(BuildContext context) =>
        context.Outputs.FromPipeline(nameof(DataPipeline))
            .GroupBy(d => d.Title, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Metadata.Get(ContentKeys.DataValue), StringComparer.Ordinal);
}

using Lotse.Kernel;
using Lotse.Site;

namespace Lotse.Features.Dates;

/// <summary>The dates' part of the build cache: the last commits' dates while the checked-out commit stays the same,
/// and each page with its date of last change.</summary>
internal sealed class DatesCache : IBuildCacheSlot
{
    public GitHistoryCache GitHistory { get; } = new();

    /// <summary>Each page with its date of last change, by the page and the date (<see cref="AddLastChanged"/>).</summary>
    public DerivedDocuments<string?> LastChanged { get; } = new();

    public void NextBuild()
    {
    }
}

using Lotse.Kernel;
using Lotse.Site;

namespace Lotse.Features.Conformance;

/// <summary>The conformance report's part of the build cache (<c>lotse serve</c>): each page's static check result,
/// by its output path and HTML, so a rebuild parses only the pages that changed.</summary>
internal sealed class ConformanceCache : IBuildCacheSlot
{
    public Memo<PageCheckResult> Pages { get; } = new();

    public void NextBuild() => Pages.NextBuild();
}

/// <summary>What the static checks found on one page alone, and what the checks across pages need from it.</summary>
internal sealed record PageCheckResult(IReadOnlyList<Finding> Findings, PageFacts Facts);

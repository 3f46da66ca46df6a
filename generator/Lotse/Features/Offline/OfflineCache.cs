using Lotse.Kernel;
using Lotse.Site;

namespace Lotse.Features.Offline;

/// <summary>The offline downloads' part of the build cache: the archive's compressed entries, the single-file FAQ, and
/// the sizes the last archive stated.</summary>
internal sealed class OfflineCache : IBuildCacheSlot
{
    public Memo<CompressedEntry> ArchiveEntries { get; } = new();

    /// <summary>The single-file FAQ.</summary>
    public Memo<string> Faq { get; } = new();

    /// <summary>The download sizes the last offline archive stated, for pages a rebuild writes before the new archive.</summary>
    public StatedSizes? StatedSizes { get; set; }

    public void NextBuild()
    {
        ArchiveEntries.NextBuild();
        Faq.NextBuild();
    }
}

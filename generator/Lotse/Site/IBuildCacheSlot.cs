namespace Lotse.Site;

/// <summary>A feature's part of the <see cref="BuildCache"/>: what it remembers from one build for the next.</summary>
public interface IBuildCacheSlot
{
    /// <summary>Called as each build starts (memos forget what the build before last used and the last did not).</summary>
    void NextBuild();
}

namespace Lotse.Site;

/// <summary>
/// Between the big steps of a one-shot build (<c>lotse build</c> or <c>lotse check</c>, without a cache), the garbage a
/// step leaves is collected and the memory it held given back to the system, so that the next step does not fill it up on
/// top of its own (issue 26: the peak RSS of a big site). Not in <c>lotse serve</c>, whose rebuilds must be quick. A
/// step calls it only for a site big enough to be worth a blocking collection (its own threshold).
/// </summary>
internal static class OneShotMemory
{
    public static void GiveBack(BuildContext context)
    {
        if (context.Cache is null) GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }
}

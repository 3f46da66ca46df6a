namespace Lotse.Site.Navigation;

/// <summary>Folders with more pages than <c>2 × <see cref="Half"/> + 1</c> show only a window of them around the
/// current page in the sidebar (the section page lists them all), so that pages do not grow with the size of
/// their folder.</summary>
internal static class SidebarWindow
{
    public const int Half = 15;

    /// <summary>The first index and the count of the siblings to show, around the one on <paramref name="path"/> (the
    /// current page and its ancestors). The one sibling that can be on the path is the path's node with the siblings'
    /// parent, looked for by reference instead of asking the path about every sibling of a big folder.</summary>
    public static (int First, int Count) Of(IReadOnlyList<NavNode> siblings, IEnumerable<NavNode> path)
    {
        if (siblings.Count <= 2 * Half + 1) return (0, siblings.Count);
        var parent = siblings[0].Parent;
        NavNode? onPath = null;
        foreach (var node in path)
            if (node.Parent == parent) { onPath = node; break; }
        var at = 0;
        if (onPath is not null)
            for (var i = 0; i < siblings.Count; i++)
                if (ReferenceEquals(siblings[i], onPath)) { at = i; break; }
        return (Math.Clamp(at - Half, 0, siblings.Count - (2 * Half + 1)), 2 * Half + 1);
    }
}

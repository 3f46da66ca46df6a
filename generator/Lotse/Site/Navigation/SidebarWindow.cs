namespace Lotse.Site.Navigation;

/// <summary>Folders with more pages than <c>2 × <see cref="Half"/> + 1</c> show only a window of them around the
/// current page in the sidebar (the section page lists them all), so that pages do not grow with the size of
/// their folder.</summary>
internal static class SidebarWindow
{
    public const int Half = 15;

    /// <summary>The first index and the count of the siblings to show, around the one on <paramref name="path"/>.</summary>
    public static (int First, int Count) Of(IReadOnlyList<NavNode> siblings, ICollection<NavNode> path)
    {
        if (siblings.Count <= 2 * Half + 1) return (0, siblings.Count);
        var at = 0;
        for (var i = 0; i < siblings.Count; i++)
            if (path.Contains(siblings[i])) { at = i; break; }
        return (Math.Clamp(at - Half, 0, siblings.Count - (2 * Half + 1)), 2 * Half + 1);
    }

    /// <summary>The same window for the path as an array (the sidebar of every page): the one sibling that can be on the
    /// path is the path's node with the siblings' parent, looked for by reference instead of asking the path about every
    /// sibling of a big folder.</summary>
    public static (int First, int Count) Of(IReadOnlyList<NavNode> siblings, NavNode[] path)
    {
        if (siblings.Count <= 2 * Half + 1) return (0, siblings.Count);
        var parent = siblings[0].Parent;
        var onPath = Array.Find(path, n => n.Parent == parent);
        var at = 0;
        if (onPath is not null)
            for (var i = 0; i < siblings.Count; i++)
                if (ReferenceEquals(siblings[i], onPath)) { at = i; break; }
        return (Math.Clamp(at - Half, 0, siblings.Count - (2 * Half + 1)), 2 * Half + 1);
    }
}

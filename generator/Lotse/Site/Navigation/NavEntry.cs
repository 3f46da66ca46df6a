namespace Lotse.Site.Navigation;

/// <summary>One entry of an explicit navigation (<c>nav.yml</c>, GitBook's <c>SUMMARY.md</c>, docsify's <c>_sidebar.md</c>):
/// a page or folder (<see cref="Path"/>, with an optional title shown instead of the page's), or a section with a title
/// and no page of its own; either may hold entries placed below it. <see cref="Line"/> is its line in a Markdown navigation
/// file; <see cref="YamlPath"/> the path of its page's value in <c>nav.yml</c> (for <see cref="Blocks.Data.YamlPositions"/>).</summary>
public sealed record NavEntry(string? Title, string? Path, IReadOnlyList<NavEntry> Children, int Line = 0, IReadOnlyList<object>? YamlPath = null);

/// <summary>An explicit navigation and the file it comes from (for diagnostics, and so that a Markdown navigation file
/// that is also a page is not shown as a page).</summary>
public sealed record NavLayout(string Source, IReadOnlyList<NavEntry> Entries)
{
    public static readonly NavLayout None = new("", []);

    /// <summary>Every entry, depth first.</summary>
    public IEnumerable<NavEntry> All() => Flatten(Entries);

    private static IEnumerable<NavEntry> Flatten(IReadOnlyList<NavEntry> entries) =>
        entries.SelectMany(e => Flatten(e.Children).Prepend(e));
}

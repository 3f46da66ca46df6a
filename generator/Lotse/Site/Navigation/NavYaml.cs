using System.Globalization;

namespace Lotse.Site.Navigation;

/// <summary>
/// Reads <c>content/_data/nav.yml</c>: a list whose entries are a path (<c>- anleitungen</c>, a page or folder), a title and
/// a path (<c>- Einstieg: anleitungen/start.md</c>, MkDocs' form), a title and a list (<c>- Grundlagen: [ … ]</c>, a section
/// without a page of its own), or a mapping <c>{ title, page, pages }</c> (a section with or without its own page). Lists
/// nest to any depth.
/// </summary>
public static class NavYaml
{
    public const string Source = "content/_data/nav.yml";

    public static NavLayout Read(IReadOnlyDictionary<string, object?> data) =>
        data.GetValueOrDefault("nav") is List<object?> list ? new NavLayout(Source, Entries(list, [])) : NavLayout.None;

    /// <summary>Whether one entry has a shape this reader understands (checked when the data file is read).</summary>
    public static bool IsEntry(object? entry) => entry switch
    {
        string or long or double => true,
        Dictionary<string, object?> { Count: 1 } single when !IsSectionMap(single) => single.Values.First() switch
        {
            string or long or double => true,
            List<object?> list => list.All(IsEntry),
            _ => false,
        },
        Dictionary<string, object?> map => IsSectionMap(map) && IsSection(map),
        _ => false,
    };

    private static bool IsSection(Dictionary<string, object?> map) =>
        map.GetValueOrDefault("title") is null or string or long or double
        && map.GetValueOrDefault("page") is null or string
        && (map.GetValueOrDefault("pages") is null || (map.GetValueOrDefault("pages") is List<object?> pages && pages.All(IsEntry)));

    private static bool IsSectionMap(Dictionary<string, object?> map) =>
        map.Keys.All(k => k is "title" or "page" or "pages") && (map.ContainsKey("page") || map.ContainsKey("pages"));

    private static List<NavEntry> Entries(List<object?> list, object[] at) =>
        list.Select((entry, index) => Entry(entry, [.. at, index])).OfType<NavEntry>().ToList();

    private static NavEntry? Entry(object? entry, object[] at) => entry switch
    {
        string or long or double => new NavEntry(null, Text(entry), [], YamlPath: at),
        Dictionary<string, object?> map when IsSectionMap(map) => new NavEntry(
            map.GetValueOrDefault("title") is { } t ? Text(t) : null,
            map.GetValueOrDefault("page") is string p ? p : null,
            map.GetValueOrDefault("pages") is List<object?> pages ? Entries(pages, [.. at, "pages"]) : [],
            YamlPath: [.. at, "page"]),
        Dictionary<string, object?> { Count: 1 } single => single.Values.First() switch
        {
            List<object?> children => new NavEntry(single.Keys.First(), null, Entries(children, [.. at, single.Keys.First()])),
            { } path => new NavEntry(single.Keys.First(), Text(path), [], YamlPath: [.. at, single.Keys.First()]),
            _ => null,
        },
        _ => null,
    };

    private static string Text(object? o) => Convert.ToString(o, CultureInfo.InvariantCulture) ?? "";
}

using Lotse.Search.Lunr;

namespace Lotse.Search;

/// <summary>
/// The indexed fields and their boosts, and how a <see cref="SearchDocument"/> fills them.
/// FAQ questions weigh most, then titles, tags, headings, roles and body text.
/// </summary>
public static class SearchFields
{
    public static IReadOnlyList<LunrField> All { get; } =
    [
        new("question", 15),
        new("title", 10),
        new("tags", 5),
        new("headings", 3),
        new("roles", 2),
        new("body", 1),
    ];

    public static IReadOnlyList<string?> ValuesOf(SearchDocument doc)
    {
        var heading = doc.Section ?? doc.Title;
        var headings = doc.Section is null ? doc.Headings : doc.Title + "\n" + doc.Headings;
        return
        [
            doc.IsFaq ? heading : null,
            doc.IsFaq ? null : heading,
            string.Join('\n', doc.Tags),
            headings,
            string.Join('\n', doc.Roles),
            doc.Body,
        ];
    }
}

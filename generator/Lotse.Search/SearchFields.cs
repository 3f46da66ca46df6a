using Lotse.Search.Lunr;

namespace Lotse.Search;

/// <summary>
/// The indexed fields and their boosts, and how a <see cref="SearchDocument"/> fills them (README, "Search").
/// FAQ questions weigh most, then titles, tags, the page's description and short answer, headings, roles and body
/// text. A section's document has the page title as a heading, and no description or short answer.
/// </summary>
public static class SearchFields
{
    public static IReadOnlyList<LunrField> All { get; } =
    [
        new("question", 15),
        new("title", 10),
        new("tags", 5),
        new("description", 4),
        new("summary", 4),
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
            doc.Description,
            doc.Summary,
            headings,
            string.Join('\n', doc.Roles),
            doc.Body,
        ];
    }
}


using Lotse.Kernel;
using Lotse.Search;
using Lotse.Site;

namespace Lotse.Features.SiteSearch;

/// <summary>Turns pages into search documents: one for the page (its lead text) and one per h2/h3 section,
/// so that results can lead straight to the section.</summary>
internal static class SearchDocuments
{
    /// <summary>False for pages that are not searched: the 404 page, the search page, <c>suche: false</c>.</summary>
    /// <summary>Front matter: <c>suche: false</c> leaves the page out of the search.</summary>
    public const string OptOutKey = "suche";

    public static bool IsSearchable(Document page) =>
        page.OutputPath.EndsWith(".html", StringComparison.Ordinal) &&
        page.OutputPath != "404.html" &&
        page.Metadata.GetString(Keys.Layout) != "suche" &&
        page.Metadata.Get(OptOutKey) is not false &&
        !page.Metadata.GetBool(ContentKeys.Failed);

    /// <summary>An FAQ question: a page with the FAQ question layout.</summary>
    private static bool IsFaqQuestion(Document page) => page.Metadata.GetString(Keys.Layout) == "faq-frage";

    /// <summary>The page's own document, without body text (enough for the A–Z list).</summary>
    public static SearchDocument PageEntry(Document page, AreaLabels areas) =>
        new(page.OutputPath, page.OutputPath, areas.Of(page), page.Title, null, "", "",
            page.Metadata.GetStrings(Keys.Tags), page.Metadata.GetStrings("rollen"), IsFaqQuestion(page));

    private static IEnumerable<string> TextsOf(object? value) => value switch
    {
        string text => [text],
        Dictionary<string, object?> map => map.Values.SelectMany(TextsOf),
        List<object?> list => list.SelectMany(TextsOf),
        _ => [],
    };

    /// <summary>The page's documents; <paramref name="splitter"/> splits its HTML (one thread at a time).</summary>
    public static IEnumerable<SearchDocument> Of(Document page, AreaLabels areas, HtmlSections splitter)
    {
        var html = page.Metadata.GetString(ContentKeys.ContentHtml) ?? "";
        var sections = splitter.Split(html);
        var entry = PageEntry(page, areas);
        var lead = sections[0].Text;
        // A page made from a data entry (_pages.yml) without a body is found by the entry's texts.
        if (lead.Length == 0 && sections.Count == 1 && page.Metadata.GetBool(ContentKeys.IsGenerated) && page.Metadata.Get(Keys.Data) is Dictionary<string, object?> data)
            lead = string.Join(" ", TextsOf(data).OrderBy(t => t.Contains(' ') ? 0 : 1)); // prose first, for the snippet
        var headings = string.Join(" ", sections.Skip(1).Select(s => s.Heading));
        yield return entry with
        {
            Headings = headings,
            Body = lead,
            Description = page.Metadata.GetString(Keys.Description) ?? "",
            Summary = page.Metadata.GetString("kurzantwort") ?? "",
        };
        foreach (var section in sections.Skip(1))
        {
            if (section.Id is null || section.Heading is null) continue;
            var url = page.OutputPath + "#" + section.Id; // one string for both: 65,000 sections in 10k pages
            yield return entry with
            {
                Ref = url,
                Url = url,
                Section = section.Heading,
                Headings = section.Heading,
                Body = section.Text,
                IsFaq = false,
            };
        }
    }
}

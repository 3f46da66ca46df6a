using Lotse.Kernel;
using Lotse.Search;
using Lotse.Site;

namespace Lotse.Features.SiteSearch;

/// <summary>The site's search (<c>search: true</c> in lotse.yml): the search page, the index built once every page is
/// rendered, and the A–Z list of every page and FAQ question that layouts show (<c>search_az</c>).</summary>
internal sealed class SearchFeature : IFeature
{
    public IEnumerable<FrontMatterKey> FrontMatterKeys =>
        [new(SearchDocuments.OptOutKey, FrontMatterType.Flag, "false: die Seite wird nicht in die Suche aufgenommen.", Example: "suche: false")];

    public IEnumerable<IModule> AddFiles => [new BundleSearchScripts()];

    public IEnumerable<IModule> AddPages => [new AddSearchPage()];

    public IEnumerable<Pipeline> Pipelines(IReadOnlyList<string> before) => [new SearchIndexPipeline()];

    /// <summary>In <c>lotse serve</c>, the A–Z list of the last build, while no page's place, front matter or searchability changed.</summary>
    public LayoutGlobals LayoutGlobals(IReadOnlyList<Document> pages, UInt128 siteKey, BuildContext context)
    {
        var searchable = new Fingerprint().Add(nameof(SearchAzIndex));
        foreach (var page in pages) searchable.Add(SearchDocuments.IsSearchable(page) ? 1 : 0);
        var key = searchable.Value;
        var searchAz = context.Reuse(cache => cache.Slot<SearchCache>().SearchAz, () => new Fingerprint().Add(siteKey).Add(key).Value, () => SearchAz(pages, AreaLabels.From(context.Config, pages)));
        return new LayoutGlobals(new Dictionary<string, object?>(StringComparer.Ordinal) { ["search_az"] = searchAz }, key);
    }

    private static List<object?> SearchAz(IReadOnlyList<Document> pages, AreaLabels areas) =>
        SearchAzIndex.Build(pages.Where(SearchDocuments.IsSearchable).Select(page => SearchDocuments.PageEntry(page, areas)))
            .Select(letter => (object?)new Dictionary<string, object?>
            {
                ["letter"] = letter.Letter,
                ["entries"] = letter.Entries.Select(e => (object?)new Dictionary<string, object?>
                {
                    ["title"] = e.Title, ["url"] = e.Url, ["area"] = e.Area, ["is_faq"] = e.IsFaq,
                }).ToList(),
            }).ToList();
}

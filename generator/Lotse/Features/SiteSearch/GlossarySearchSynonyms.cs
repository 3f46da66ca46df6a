
using Lotse.Blocks.Data;
using Lotse.Search;

using Lotse.Site;

namespace Lotse.Features.SiteSearch;

/// <summary>The search's synonym groups from the glossary (<c>data.glossar</c>): each entry is a group, its
/// term, long form and synonyms find each other. The site search and the single-file FAQ use the same groups.</summary>
[FeatureContract]
public static class GlossarySearchSynonyms
{
    public static SearchSynonyms From(Dictionary<string, object?> data)
    {
        if (data.GetValueOrDefault("glossar") is not List<object?> entries) return SearchSynonyms.None;
        var groups = entries.OfType<Dictionary<string, object?>>()
            .Select(e => new[] { PlainData.AsString(e.GetValueOrDefault("begriff")), PlainData.AsString(e.GetValueOrDefault("langform")) }
                .Concat(e.GetValueOrDefault("synonyme") is List<object?> s ? s.Select(PlainData.AsString) : [])
                .Where(t => !string.IsNullOrWhiteSpace(t))
                .Select(t => t!)
                .ToList())
            .Where(g => g.Count > 1)
            .Select(g => (IReadOnlyList<string>)g)
            .ToList();
        return new SearchSynonyms(groups);
    }
}

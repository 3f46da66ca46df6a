
using Lotse.Blocks.Data;
using Lotse.Search;

using Lotse.Site;

namespace Lotse.Features.SiteSearch;

/// <summary>The search's synonym groups from the glossary (<c>data.glossar</c>): each entry is a group, its
/// term, long form and synonyms find each other; then the groups of everyday words of <c>data.synonyme</c>
/// (content/_data/synonyme.yml, one list per group). The site search and the single-file FAQ use the same groups.</summary>
[FeatureContract]
internal static class GlossarySearchSynonyms
{
    public static SearchSynonyms From(Dictionary<string, object?> data)
    {
        var entries = data.GetValueOrDefault("glossar") as List<object?> ?? [];
        var groups = entries.OfType<Dictionary<string, object?>>()
            .Select(e => new[] { PlainData.AsString(e.GetValueOrDefault("begriff")), PlainData.AsString(e.GetValueOrDefault("langform")) }
                .Concat(e.GetValueOrDefault("synonyme") is List<object?> s ? s.Select(PlainData.AsString) : [])
                .Where(t => !string.IsNullOrWhiteSpace(t))
                .Select(t => t!)
                .ToList())
            .Where(g => g.Count > 1)
            .Select(g => (IReadOnlyList<string>)g)
            .ToList();
        // content/_data/synonyme.yml: groups of everyday words, one list each.
        if (data.GetValueOrDefault("synonyme") is List<object?> lists)
            groups.AddRange(lists.OfType<List<object?>>()
                .Select(l => l.Select(PlainData.AsString).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!).ToList())
                .Where(g => g.Count > 1)
                .Select(g => (IReadOnlyList<string>)g));
        return groups.Count == 0 ? SearchSynonyms.None : new SearchSynonyms(groups);
    }
}

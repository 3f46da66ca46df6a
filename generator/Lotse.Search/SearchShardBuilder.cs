using Lotse.Search.Lunr;
using Lotse.Search.Pipeline;

namespace Lotse.Search;

/// <summary>Builds the lunr index of one shard with Lotse's fields and pipelines.</summary>
public static class SearchShardBuilder
{
    public static LunrIndex Build(
        IEnumerable<SearchDocument> docs, IReadOnlyList<SynonymGroup> synonyms, IReadOnlyList<string> compoundLexicon)
    {
        var builder = new LunrIndexBuilder(
            SearchFields.All,
            LotsePipelines.CreateIndexing(synonyms, compoundLexicon),
            LotsePipelines.CreateSearch());
        foreach (var doc in docs)
        {
            builder.Add(doc.Ref, SearchFields.ValuesOf(doc));
        }
        return builder.Build();
    }

    /// <summary>The texts the compound lexicon is learnt from.</summary>
    public static IEnumerable<string> TextsOf(IEnumerable<SearchDocument> docs) =>
        docs.SelectMany(d => new[] { d.Title, d.Section ?? "", d.Headings, d.Body }.Concat(d.Tags));
}

using Lotse.Search.Lunr;
using Lotse.Search.Pipeline;

namespace Lotse.Search;

/// <summary>Builds the lunr index of one shard with Lotse's fields and pipelines.</summary>
public static class SearchShardBuilder
{
    /// <summary>
    /// The index of <paramref name="docs"/>. Shards built at the same time with the same synonyms and lexicon
    /// may share a <paramref name="tokens"/> memo, so that each distinct word is stemmed and split once.
    /// </summary>
    public static LunrIndex Build(
        IEnumerable<SearchDocument> docs, IReadOnlyList<SynonymGroup> synonyms, IReadOnlyList<string> compoundLexicon,
        TokenMemo? tokens = null) =>
        Fill(docs, synonyms, compoundLexicon, tokens).Build();

    /// <summary>
    /// A builder with <paramref name="docs"/> added, not yet built: the shards of a site are built with the statistics of
    /// all of them (<see cref="LunrIndexBuilder.Statistics"/>, <see cref="LunrCorpusStatistics.Merge"/>).
    /// </summary>
    public static LunrIndexBuilder Fill(
        IEnumerable<SearchDocument> docs, IReadOnlyList<SynonymGroup> synonyms, IReadOnlyList<string> compoundLexicon,
        TokenMemo? tokens = null) =>
        Fill(docs as IReadOnlyList<SearchDocument> ?? docs.ToList(), release: null, synonyms, compoundLexicon, tokens);

    /// <summary>The same, letting each document go once its terms are added (its element of <paramref name="docs"/> becomes
    /// null), so that a shard's texts are not all held until its last document is tokenized.</summary>
    internal static LunrIndexBuilder FillReleasing(
        SearchDocument[] docs, IReadOnlyList<SynonymGroup> synonyms, IReadOnlyList<string> compoundLexicon, TokenMemo? tokens) =>
        Fill(docs, release: docs, synonyms, compoundLexicon, tokens);

    private static LunrIndexBuilder Fill(
        IReadOnlyList<SearchDocument> all, SearchDocument[]? release, IReadOnlyList<SynonymGroup> synonyms,
        IReadOnlyList<string> compoundLexicon, TokenMemo? tokens)
    {
        var builder = Create(synonyms, compoundLexicon, tokens);
        builder.ExpectDocuments(all.Count);
        var parts = all.Count >= ParallelDocuments ? Environment.ProcessorCount : 1;
        if (parts == 1)
        {
            for (var i = 0; i < all.Count; i++)
            {
                builder.AddCountedTerms(all[i].Ref, builder.TokenizeCounted(SearchFields.ValuesOf(all[i])));
                release?[i] = null!;
            }
            return builder;
        }
        tokens ??= new TokenMemo();
        ParallelShardFill.Run(builder, all, release, () => Create(synonyms, compoundLexicon, tokens), parts);
        return builder;
    }

    /// <summary>From this many documents, a shard is tokenized on all cores.</summary>
    private const int ParallelDocuments = 2000;

    /// <summary>
    /// The same, with the terms of each document taken from <paramref name="cache"/> when its fields were tokenized in an
    /// earlier build with the same synonym groups and lexicon (<paramref name="shared"/>: <see cref="SearchShardKey.OfShared"/>);
    /// the others are tokenized and kept there.
    /// </summary>
    internal static LunrIndexBuilder Fill(
        IEnumerable<SearchDocument> docs, IReadOnlyList<SynonymGroup> synonyms, IReadOnlyList<string> compoundLexicon,
        TokenMemo? tokens, ISearchShardCache cache, UInt128 shared)
    {
        var builder = Create(synonyms, compoundLexicon, tokens);
        foreach (var doc in docs)
        {
            var values = SearchFields.ValuesOf(doc);
            var key = SearchShardKey.OfDocumentTerms(shared, values);
            if (!cache.TryGetTerms(key, out var terms))
            {
                terms = builder.Tokenize(values);
                cache.SetTerms(key, terms);
            }
            builder.AddTerms(doc.Ref, terms);
        }
        return builder;
    }

    private static LunrIndexBuilder Create(IReadOnlyList<SynonymGroup> synonyms, IReadOnlyList<string> compoundLexicon, TokenMemo? tokens) =>
        new(SearchFields.All, LotsePipelines.CreateIndexing(synonyms, compoundLexicon, tokens), LotsePipelines.CreateSearch());

    /// <summary>The texts the compound lexicon is learnt from.</summary>
    public static IReadOnlyList<string> TextsOf(IEnumerable<SearchDocument> docs)
    {
        // One list, not an array and a concatenation per document (10k pages: 456,000 texts, 18 MB of iterators).
        var texts = new List<string>(docs is IReadOnlyCollection<SearchDocument> all ? all.Count * 5 : 0);
        foreach (var d in docs)
        {
            texts.Add(d.Title);
            texts.Add(d.Section ?? "");
            texts.Add(d.Headings);
            texts.Add(d.Body);
            texts.AddRange(d.Tags);
        }
        return texts;
    }
}

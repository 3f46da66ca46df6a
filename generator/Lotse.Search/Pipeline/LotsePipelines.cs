using Lotse.Search.German;
using Lotse.Search.Lunr;

namespace Lotse.Search.Pipeline;

/// <summary>
/// The pipelines Lotse indexes and searches with. The browser registers functions with the same
/// labels (themes/default/assets/js/lunr-lotse.js); the search pipeline is stored in each index.
/// </summary>
public static class LotsePipelines
{
    /// <summary>lunr-languages' German pipeline as lunr.de sets it up for indexing.</summary>
    public static TokenPipeline CreateLunrGerman() =>
        new([new GermanTrimmer(), new GermanStopWordFilter(), new GermanStemmerFunction()]);

    /// <summary>Indexing: lunr.de plus gender forms, parts, synonyms, compounds and umlaut folding.</summary>
    public static TokenPipeline CreateIndexing(
        IReadOnlyList<SynonymGroup> synonyms, IEnumerable<string> compoundLexicon, TokenMemo? shared = null)
    {
        var functions = new List<PipelineFunction> { new GermanTrimmer(), new GenderForms(), new LotseParts(), new GermanStopWordFilter() };
        if (synonyms.Count > 0)
        {
            functions.Add(new SynonymTagger(synonyms));
        }
        var splitter = new CompoundSplitter(compoundLexicon);
        if (splitter.LexiconCount > 0)
        {
            functions.Add(splitter);
        }
        functions.Add(new GermanStemmerFunction());
        functions.Add(new UmlautFolding());
        return new TokenPipeline(functions, shared);
    }

    /// <summary>Searching: what lunr.de runs on query terms, plus gender forms, parts and umlaut folding.</summary>
    public static TokenPipeline CreateSearch() =>
        new([new GermanTrimmer(), new GenderForms(), new LotseParts(), new GermanStemmerFunction(), new UmlautFolding()]);

    /// <summary>
    /// Turns glossary groups into <see cref="SynonymGroup"/>s: each member is tokenized, trimmed, split at
    /// slashes, stop words removed (unless it has only stop words) and keyed; empty and repeated members are dropped, and so are groups
    /// left with fewer than two members. Tokens are "syn" + the group's position.
    /// </summary>
    public static IReadOnlyList<SynonymGroup> PrepareSynonyms(SearchSynonyms synonyms)
    {
        var keyer = new SynonymTagger([]);
        var surface = new TokenPipeline([new GermanTrimmer(), new GenderForms(), new LotseParts(), new GermanStopWordFilter()]);
        var phrase = new TokenPipeline([new GermanTrimmer(), new GenderForms(), new LotseParts()]);
        var groups = new List<SynonymGroup>();
        foreach (var group in synonyms.Groups)
        {
            var members = new List<IReadOnlyList<string>>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var member in group)
            {
                var keys = surface.Run(LunrTokenizer.Tokenize(member)).Select(keyer.Key).ToArray();
                if (keys.Length == 0)
                {
                    // A member of stop words only ("Wer wir sind"): kept with them, as a phrase that the search page
                    // finds in a query (the index has no stop words, so it never tags it there).
                    keys = phrase.Run(LunrTokenizer.Tokenize(member)).Select(keyer.Key).ToArray();
                }
                if (keys.Length > 0 && seen.Add(string.Join(' ', keys)))
                {
                    members.Add(keys);
                }
            }
            if (members.Count >= 2)
            {
                groups.Add(new SynonymGroup("syn" + groups.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), members));
            }
        }
        return groups;
    }
}

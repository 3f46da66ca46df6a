namespace Lotse.Search.Lunr;

/// <summary>
/// The term statistics BM25 needs, over a whole corpus: how many documents there are, per term how many documents
/// contain it (counted per field, as lunr.js counts), and per field the summed length and the number of documents that
/// have the field. One builder's own statistics give exactly lunr.js's scores; the statistics of all shards of a site,
/// <see cref="Merge">merged</see>, give every shard the same idf and average field lengths, so that the scores of
/// different shards are comparable and can be merged as they are. Beyond lunr.js, a field's average length is taken over
/// the documents that have text in it (<see cref="DocumentsWithText"/>): lunr counts every document, so that a field
/// few documents have (an FAQ question, a description) has an average near zero and BM25 punishes every text in it for
/// its length.
/// </summary>
public sealed class LunrCorpusStatistics
{
    public LunrCorpusStatistics(
        int documents, IReadOnlyDictionary<string, int> documentFrequencies, double[] lengthSums, int[] documentsWithField, int[] documentsWithText)
    {
        Documents = documents;
        DocumentFrequencies = documentFrequencies;
        LengthSums = lengthSums;
        DocumentsWithField = documentsWithField;
        DocumentsWithText = documentsWithText;
    }

    public int Documents { get; }

    public IReadOnlyDictionary<string, int> DocumentFrequencies { get; }

    public double[] LengthSums { get; }

    /// <summary>Per field, the documents that have it (all of them: lunr adds every field of every document).</summary>
    public int[] DocumentsWithField { get; }

    /// <summary>Per field, the documents with at least one term in it.</summary>
    public int[] DocumentsWithText { get; }

    /// <summary>The average length of a field over the documents with text in it.</summary>
    public double AverageLength(int field) => DocumentsWithText[field] == 0 ? 0 : LengthSums[field] / DocumentsWithText[field];

    /// <summary>The statistics of all <paramref name="parts"/> (built with the same fields) as one corpus.</summary>
    public static LunrCorpusStatistics Merge(IReadOnlyList<LunrCorpusStatistics> parts)
    {
        if (parts.Count == 1)
        {
            return parts[0];
        }
        var fields = parts.Count == 0 ? 0 : parts[0].LengthSums.Length;
        var frequencies = new Dictionary<string, int>(parts.Sum(p => p.DocumentFrequencies.Count), StringComparer.Ordinal);
        var lengthSums = new double[fields];
        var withField = new int[fields];
        var withText = new int[fields];
        var documents = 0;
        foreach (var part in parts)
        {
            if (part.LengthSums.Length != fields)
            {
                throw new ArgumentException("The statistics were built with different fields.", nameof(parts));
            }
            documents += part.Documents;
            foreach (var (term, count) in part.DocumentFrequencies)
            {
                frequencies[term] = frequencies.GetValueOrDefault(term) + count;
            }
            for (var f = 0; f < fields; f++)
            {
                lengthSums[f] += part.LengthSums[f];
                withField[f] += part.DocumentsWithField[f];
                withText[f] += part.DocumentsWithText[f];
            }
        }
        return new LunrCorpusStatistics(documents, frequencies, lengthSums, withField, withText);
    }
}

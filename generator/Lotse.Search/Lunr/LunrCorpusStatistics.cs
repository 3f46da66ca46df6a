namespace Lotse.Search.Lunr;

/// <summary>
/// The term statistics BM25 needs, over a whole corpus: how many documents there are, per term how many documents
/// contain it (counted per field, as lunr.js counts), and per field the summed length and the number of documents that
/// have the field. One builder's own statistics give exactly lunr.js's scores; the statistics of all shards of a site,
/// <see cref="Merge">merged</see>, give every shard the same idf and average field lengths, so that the scores of
/// different shards are comparable and can be merged as they are.
/// </summary>
public sealed class LunrCorpusStatistics
{
    public LunrCorpusStatistics(int documents, IReadOnlyDictionary<string, int> documentFrequencies, double[] lengthSums, int[] documentsWithField)
    {
        Documents = documents;
        DocumentFrequencies = documentFrequencies;
        LengthSums = lengthSums;
        DocumentsWithField = documentsWithField;
    }

    public int Documents { get; }

    public IReadOnlyDictionary<string, int> DocumentFrequencies { get; }

    public double[] LengthSums { get; }

    public int[] DocumentsWithField { get; }

    public double AverageLength(int field) => DocumentsWithField[field] == 0 ? 0 : LengthSums[field] / DocumentsWithField[field];

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
            }
        }
        return new LunrCorpusStatistics(documents, frequencies, lengthSums, withField);
    }
}

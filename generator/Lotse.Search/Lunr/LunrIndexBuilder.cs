using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lotse.Search.Pipeline;

namespace Lotse.Search.Lunr;

/// <summary>
/// lunr.Builder (lunr.js 2.3.9) in C#: tokenizes each field, runs the indexing pipeline, and builds
/// BM25 field vectors (k1 = 1.2, b = 0.75, field-length normalisation per field, scores rounded to
/// thousandths) and the inverted index exactly as lunr.js does.
/// </summary>
public sealed class LunrIndexBuilder(IReadOnlyList<LunrField> fields, TokenPipeline pipeline, TokenPipeline searchPipeline)
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    private readonly Dictionary<string, int> _termIndices = new(StringComparer.Ordinal);
    private readonly List<Term> _terms = [];
    private readonly List<FieldEntry> _fieldEntries = [];
    private readonly List<string> _refs = [];
    private readonly List<double> _documentBoosts = [];
    private readonly HashSet<string> _seenRefs = new(StringComparer.Ordinal);

    // Term frequencies of the field being added, by term index, and the terms seen in it.
    private int[] _counts = new int[256];
    private readonly List<int> _seen = [];

    public IReadOnlyList<LunrField> Fields { get; } = fields;

    /// <summary>Adds a document: one value per field, in the order of <see cref="Fields"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(string reference, IReadOnlyList<string?> fieldValues, double boost = 1)
    {
        if (fieldValues.Count != Fields.Count)
        {
            throw new ArgumentException($"Expected {Fields.Count} field values, got {fieldValues.Count}.", nameof(fieldValues));
        }
        if (_seenRefs.Contains(reference))
        {
            throw new ArgumentException($"Duplicate document ref '{reference}'.", nameof(reference));
        }
        AddTerms(reference, Tokenize(fieldValues), boost);
    }

    /// <summary>What the indexing pipeline makes of a document's fields (one value per field, in the order of
    /// <see cref="Fields"/>): per field, its terms in order. <see cref="AddTerms"/> adds them as <see cref="Add"/> would
    /// add the values, so that the terms of a document that did not change can be kept from an earlier build.</summary>
    public string[][] Tokenize(IReadOnlyList<string?> fieldValues)
    {
        if (fieldValues.Count != Fields.Count)
        {
            throw new ArgumentException($"Expected {Fields.Count} field values, got {fieldValues.Count}.", nameof(fieldValues));
        }
        var terms = new string[Fields.Count][];
        for (var field = 0; field < Fields.Count; field++)
        {
            terms[field] = [.. pipeline.RunText(fieldValues[field])];
        }
        return terms;
    }

    /// <summary>Adds a document by the terms <see cref="Tokenize"/> made of its fields.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AddTerms(string reference, string[][] fieldTerms, double boost = 1)
    {
        if (fieldTerms.Length != Fields.Count)
        {
            throw new ArgumentException($"Expected {Fields.Count} fields, got {fieldTerms.Length}.", nameof(fieldTerms));
        }
        if (!_seenRefs.Add(reference))
        {
            throw new ArgumentException($"Duplicate document ref '{reference}'.", nameof(reference));
        }
        var documentIndex = _refs.Count;
        _refs.Add(reference);
        _documentBoosts.Add(boost);
        for (var field = 0; field < Fields.Count; field++)
        {
            var terms = fieldTerms[field];
            foreach (var text in terms)
            {
                if (!_termIndices.TryGetValue(text, out var index))
                {
                    index = _terms.Count;
                    _terms.Add(new Term(text, Fields.Count));
                    _termIndices.Add(text, index);
                    if (index == _counts.Length)
                    {
                        Array.Resize(ref _counts, _counts.Length * 2);
                    }
                }
                if (_counts[index]++ == 0)
                {
                    _seen.Add(index);
                    _terms[index].AddDocument(field, documentIndex);
                }
            }
            // lunr sorts each field vector by term index; so are these.
            _seen.Sort();
            var termIndices = _seen.ToArray();
            var frequencies = new int[termIndices.Length];
            for (var i = 0; i < termIndices.Length; i++)
            {
                frequencies[i] = _counts[termIndices[i]];
                _counts[termIndices[i]] = 0;
            }
            _seen.Clear();
            _fieldEntries.Add(new FieldEntry(field, documentIndex, terms.Length, termIndices, frequencies));
        }
    }

    /// <summary>The term statistics of the documents added so far (what <see cref="Build()"/> scores with).</summary>
    public LunrCorpusStatistics Statistics()
    {
        var (lengthSums, documentsWithField) = FieldLengths();
        var documentsWithText = new int[Fields.Count];
        foreach (var entry in _fieldEntries)
        {
            if (entry.Length > 0)
            {
                documentsWithText[entry.Field]++;
            }
        }
        var frequencies = new Dictionary<string, int>(_terms.Count, StringComparer.Ordinal);
        foreach (var term in _terms)
        {
            frequencies.Add(term.Text, term.DocumentsWithTerm);
        }
        return new LunrCorpusStatistics(_refs.Count, frequencies, lengthSums, documentsWithField, documentsWithText);
    }

    private (double[] LengthSums, int[] DocumentsWithField) FieldLengths()
    {
        var lengthSums = new double[Fields.Count];
        var documentsWithField = new int[Fields.Count];
        foreach (var entry in _fieldEntries)
        {
            lengthSums[entry.Field] += entry.Length;
            documentsWithField[entry.Field]++;
        }
        return (lengthSums, documentsWithField);
    }

    /// <summary>The index scored with its own statistics: exactly what lunr.js builds.</summary>
    public LunrIndex Build() => Build(null);

    /// <summary>
    /// The index, scored with the statistics of a whole <paramref name="corpus"/> that contains these documents (all
    /// shards of a site), so that its scores can be compared with those of the other shards, and with average field
    /// lengths over the documents that have text in a field (<see cref="LunrCorpusStatistics.AverageLength"/>). Null: its
    /// own statistics, as lunr.js.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public LunrIndex Build(LunrCorpusStatistics? corpus)
    {
        var averageLengths = new double[Fields.Count];
        double documentCount;
        var idfs = new double[_terms.Count];
        if (corpus is null)
        {
            var (lengthSums, documentsWithField) = FieldLengths();
            for (var f = 0; f < Fields.Count; f++)
            {
                averageLengths[f] = lengthSums[f] / documentsWithField[f];
            }
            documentCount = _refs.Count;
            for (var t = 0; t < idfs.Length; t++)
            {
                idfs[t] = Term.Idf(documentCount, _terms[t].DocumentsWithTerm);
            }
        }
        else
        {
            for (var f = 0; f < Fields.Count; f++)
            {
                averageLengths[f] = corpus.AverageLength(f);
            }
            documentCount = corpus.Documents;
            for (var t = 0; t < idfs.Length; t++)
            {
                idfs[t] = Term.Idf(documentCount, corpus.DocumentFrequencies.GetValueOrDefault(_terms[t].Text, _terms[t].DocumentsWithTerm));
            }
        }
        var vectors = new LunrFieldVector[_fieldEntries.Count];
        if (vectors.Length < ParallelVectors)
        {
            for (var v = 0; v < vectors.Length; v++)
            {
                vectors[v] = Vector(v, averageLengths, idfs);
            }
        }
        else
        {
            // Each vector alone, in ranges on all cores: the same vectors.
            Parallel.ForEach(Partitioner.Create(0, vectors.Length), range =>
            {
                for (var v = range.Item1; v < range.Item2; v++)
                {
                    vectors[v] = Vector(v, averageLengths, idfs);
                }
            });
        }

        var order = new int[_terms.Count];
        for (var t = 0; t < order.Length; t++)
        {
            order[t] = t;
        }
        Array.Sort(order, (a, b) => string.CompareOrdinal(_terms[a].Text, _terms[b].Text));
        var noRefs = new LunrRefList([], _refs);
        var postings = new LunrPosting[order.Length];
        for (var p = 0; p < postings.Length; p++)
        {
            var term = _terms[order[p]];
            var refsByField = new IReadOnlyList<string>[Fields.Count];
            for (var f = 0; f < refsByField.Length; f++)
            {
                var documents = term.DocumentsByField[f];
                refsByField[f] = documents is null ? noRefs : new LunrRefList(documents, _refs);
            }
            postings[p] = new LunrPosting(term.Text, order[p], refsByField);
        }

        return new LunrIndex(Fields.Select(f => f.Name).ToArray(), vectors, postings, searchPipeline.Labels);
    }

    /// <summary>From this many field vectors, <see cref="Build(LunrCorpusStatistics?)"/> scores them on all cores.</summary>
    private const int ParallelVectors = 50_000;

    /// <summary>The field vector of field entry <paramref name="v"/>, scored.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private LunrFieldVector Vector(int v, double[] averageLengths, double[] idfs)
    {
        var entry = _fieldEntries[v];
        var field = Fields[entry.Field];
        var fieldBoost = field.Boost == 0 ? 1 : field.Boost;
        var documentBoost = _documentBoosts[entry.Document] == 0 ? 1 : _documentBoosts[entry.Document];
        var thousandths = new int[entry.TermIndices.Length];
        for (var e = 0; e < thousandths.Length; e++)
        {
            var termIndex = entry.TermIndices[e];
            var tf = entry.Frequencies[e];
            var idf = idfs[termIndex];
            var score = idf * ((K1 + 1) * tf) / (K1 * (1 - B + B * (entry.Length / averageLengths[entry.Field])) + tf);
            score *= fieldBoost;
            score *= documentBoost;
            // JavaScriptText.RoundToThousandths(score) is this divided by 1000.
            thousandths[e] = checked((int)JavaScriptText.MathRound(score * 1000));
        }
        return new LunrFieldVector(field.Name, _refs[entry.Document], entry.TermIndices, thousandths);
    }

    /// <summary>One field of one document: its length in terms and its distinct terms (ascending) with their frequencies.</summary>
    private sealed record FieldEntry(int Field, int Document, int Length, int[] TermIndices, int[] Frequencies);

    private sealed class Term(string text, int fieldCount)
    {
        public int DocumentsWithTerm { get; private set; }

        public string Text { get; } = text;

        /// <summary>Per field, the documents that contain the term in that field (null: none).</summary>
        public List<int>?[] DocumentsByField { get; } = new List<int>?[fieldCount];

        public void AddDocument(int field, int document)
        {
            (DocumentsByField[field] ??= []).Add(document);
            DocumentsWithTerm++;
        }

        /// <summary>lunr.idf: ln(1 + |(N - df + 0.5) / (df + 0.5)|).</summary>
        public static double Idf(double documentCount, int documentsWithTerm)
        {
            var x = (documentCount - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5);
            return FdlibmLog.Log(1 + Math.Abs(x));
        }
    }
}

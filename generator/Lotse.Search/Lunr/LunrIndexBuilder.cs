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

    private readonly Dictionary<string, Term> _terms = new(StringComparer.Ordinal);
    private readonly List<FieldEntry> _fieldEntries = [];
    private readonly List<string> _refs = [];
    private readonly List<double> _documentBoosts = [];
    private readonly HashSet<string> _seenRefs = new(StringComparer.Ordinal);

    public IReadOnlyList<LunrField> Fields { get; } = fields;

    /// <summary>Adds a document: one value per field, in the order of <see cref="Fields"/>.</summary>
    public void Add(string reference, IReadOnlyList<string?> fieldValues, double boost = 1)
    {
        if (fieldValues.Count != Fields.Count)
        {
            throw new ArgumentException($"Expected {Fields.Count} field values, got {fieldValues.Count}.", nameof(fieldValues));
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
            var terms = pipeline.Run(LunrTokenizer.Tokenize(fieldValues[field]));
            var frequencies = new Dictionary<Term, int>();
            foreach (var text in terms)
            {
                if (!_terms.TryGetValue(text, out var term))
                {
                    term = new Term(text, _terms.Count, Fields.Count);
                    _terms.Add(text, term);
                }
                if (frequencies.TryGetValue(term, out var count))
                {
                    frequencies[term] = count + 1;
                }
                else
                {
                    frequencies[term] = 1;
                    term.DocumentsByField[field].Add(documentIndex);
                }
            }
            _fieldEntries.Add(new FieldEntry(field, documentIndex, terms.Count, frequencies));
        }
    }

    public LunrIndex Build()
    {
        var lengthSums = new double[Fields.Count];
        var documentsWithField = new int[Fields.Count];
        foreach (var entry in _fieldEntries)
        {
            lengthSums[entry.Field] += entry.Length;
            documentsWithField[entry.Field]++;
        }
        var averageLengths = new double[Fields.Count];
        for (var f = 0; f < Fields.Count; f++)
        {
            averageLengths[f] = lengthSums[f] / documentsWithField[f];
        }

        var documentCount = _refs.Count;
        var vectors = new List<LunrFieldVector>(_fieldEntries.Count);
        foreach (var entry in _fieldEntries)
        {
            var field = Fields[entry.Field];
            var fieldBoost = field.Boost == 0 ? 1 : field.Boost;
            var documentBoost = _documentBoosts[entry.Document] == 0 ? 1 : _documentBoosts[entry.Document];
            var elements = new List<(int, double)>(entry.Frequencies.Count);
            foreach (var (term, tf) in entry.Frequencies)
            {
                var idf = term.Idf(documentCount);
                var score = idf * ((K1 + 1) * tf) / (K1 * (1 - B + B * (entry.Length / averageLengths[entry.Field])) + tf);
                score *= fieldBoost;
                score *= documentBoost;
                elements.Add((term.Index, JavaScriptText.RoundToThousandths(score)));
            }
            elements.Sort((a, b) => a.Item1.CompareTo(b.Item1));
            vectors.Add(new LunrFieldVector(field.Name + "/" + _refs[entry.Document], elements));
        }

        var postings = _terms.Values
            .OrderBy(t => t.Text, StringComparer.Ordinal)
            .Select(t => new LunrPosting(
                t.Text,
                t.Index,
                t.DocumentsByField.Select(docs => (IReadOnlyList<string>)docs.Select(d => _refs[d]).ToArray()).ToArray()))
            .ToArray();

        return new LunrIndex(Fields.Select(f => f.Name).ToArray(), vectors, postings, searchPipeline.Labels);
    }

    private sealed record FieldEntry(int Field, int Document, int Length, Dictionary<Term, int> Frequencies);

    private sealed class Term(string text, int index, int fieldCount)
    {
        private double _idf = double.NaN;

        public string Text { get; } = text;
        public int Index { get; } = index;
        public List<int>[] DocumentsByField { get; } = Enumerable.Range(0, fieldCount).Select(_ => new List<int>()).ToArray();

        /// <summary>lunr.idf: ln(1 + |(N - df + 0.5) / (df + 0.5)|).</summary>
        public double Idf(int documentCount)
        {
            if (double.IsNaN(_idf))
            {
                var documentsWithTerm = 0;
                foreach (var docs in DocumentsByField)
                {
                    documentsWithTerm += docs.Count;
                }
                var x = (documentCount - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5);
                _idf = FdlibmLog.Log(1 + Math.Abs(x));
            }
            return _idf;
        }
    }
}

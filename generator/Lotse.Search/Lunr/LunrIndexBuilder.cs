using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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
            terms[field] = [.. pipeline.RunTextReusing(fieldValues[field])];
        }
        return terms;
    }

    /// <summary>Adds a document by the terms <see cref="Tokenize"/> made of its fields.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AddTerms(string reference, string[][] fieldTerms, double boost = 1)
    {
        var documentIndex = StartDocument(reference, fieldTerms.Length, nameof(fieldTerms), boost);
        for (var field = 0; field < Fields.Count; field++)
        {
            var terms = fieldTerms[field];
            foreach (var text in terms)
            {
                var index = TermIndexOf(text);
                if (index >= _counts.Length)
                {
                    Array.Resize(ref _counts, Math.Max(index + 1, _counts.Length * 2));
                }
                if (_counts[index]++ == 0)
                {
                    _seen.Add(index);
                    _terms[index].DocumentsWithTerm++;
                }
            }
            // lunr sorts each field vector by term index; so are these.
            _seen.Sort();
            var entry = NewEntry(field, documentIndex, terms.Length, _seen.Count);
            var termIndices = entry.WritableTerms;
            var frequencies = entry.WritableFrequencies;
            for (var i = 0; i < termIndices.Length; i++)
            {
                termIndices[i] = _seen[i];
                frequencies[i] = _counts[_seen[i]];
                _counts[_seen[i]] = 0;
            }
            _seen.Clear();
            _fieldEntries.Add(entry);
        }
    }

    /// <summary>What <see cref="Tokenize"/> makes of a document's fields, counted: per field its distinct terms in the order
    /// they first occur, how often each occurs, and how many terms it has (<see cref="AddCountedTerms"/> adds them as
    /// <see cref="AddTerms"/> adds the terms). A field's terms are not kept one by one: text repeats its words.</summary>
    internal CountedFieldTerms[] TokenizeCounted(IReadOnlyList<string?> fieldValues)
    {
        if (fieldValues.Count != Fields.Count)
        {
            throw new ArgumentException($"Expected {Fields.Count} field values, got {fieldValues.Count}.", nameof(fieldValues));
        }
        var fields = new CountedFieldTerms[Fields.Count];
        for (var field = 0; field < Fields.Count; field++)
        {
            fields[field] = _counter.Count(pipeline.RunTextReusing(fieldValues[field]));
        }
        return fields;
    }

    // Reused by TokenizeCounted: what counts the tokens of a field.
    private readonly CountedFieldTerms.Counter _counter = new();

    /// <summary>Adds a document by the counted terms <see cref="TokenizeCounted"/> made of its fields.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void AddCountedTerms(string reference, CountedFieldTerms[] fields)
    {
        var documentIndex = StartDocument(reference, fields.Length, nameof(fields), boost: 1);
        for (var field = 0; field < Fields.Count; field++)
        {
            var (terms, counts, length) = fields[field];
            var entry = NewEntry(field, documentIndex, length, terms.Length);
            var termIndices = entry.WritableTerms;
            var frequencies = entry.WritableFrequencies;
            for (var i = 0; i < terms.Length; i++)
            {
                var index = TermIndexOf(terms[i]);
                termIndices[i] = index;
                frequencies[i] = counts[i];
                _terms[index].DocumentsWithTerm++;
            }
            // lunr sorts each field vector by term index; so are these (terms new to the index come in ascending order).
            termIndices.Sort(frequencies);
            _fieldEntries.Add(entry);
        }
    }

    /// <summary>A field entry with room for <paramref name="distinct"/> terms and their frequencies, in the chunk being filled:
    /// a shard of 65,000 documents has half a million field entries; as objects with two arrays each, every collection of
    /// the youngest generation while documents are added had to copy the ones made since the one before.</summary>
    private FieldEntry NewEntry(int field, int document, int length, int distinct)
    {
        if (distinct == 0)
        {
            return new FieldEntry(field, document, length, [], 0, 0);
        }
        var size = 2 * distinct;
        if (size > EntryChunkInts)
        {
            return new FieldEntry(field, document, length, new int[size], 0, distinct);
        }
        if (_entryChunk.Length - _entryChunkUsed < size)
        {
            _entryChunk = new int[EntryChunkInts];
            _entryChunkUsed = 0;
        }
        var entry = new FieldEntry(field, document, length, _entryChunk, _entryChunkUsed, distinct);
        _entryChunkUsed += size;
        return entry;
    }

    /// <summary>Whole numbers of field entries per chunk: 64 KB, below the large object heap, whose allocations count towards
    /// a full collection (with 128 KB chunks, 10k pages often got one more full collection, 0.2–0.4 s, before the one
    /// GenerateSearchIndex makes anyway).</summary>
    private const int EntryChunkInts = 16 * 1024;

    private int[] _entryChunk = [];
    private int _entryChunkUsed;

    /// <summary>Makes room for <paramref name="documents"/> more documents, so that their field entries (a big shard has half
    /// a million) are not copied each time the list grows.</summary>
    internal void ExpectDocuments(int documents)
    {
        _fieldEntries.EnsureCapacity(_fieldEntries.Count + documents * Fields.Count);
        _refs.EnsureCapacity(_refs.Count + documents);
        _documentBoosts.EnsureCapacity(_documentBoosts.Count + documents);
        _seenRefs.EnsureCapacity(_seenRefs.Count + documents);
    }

    /// <summary>Checks a new document (as many fields as the index has, a reference not seen before) and records its
    /// reference and boost; its number.</summary>
    private int StartDocument(string reference, int fieldCount, string fieldsParameter, double boost)
    {
        if (fieldCount != Fields.Count)
        {
            throw new ArgumentException($"Expected {Fields.Count} fields, got {fieldCount}.", fieldsParameter);
        }
        if (!_seenRefs.Add(reference))
        {
            throw new ArgumentException($"Duplicate document ref '{reference}'.", nameof(reference));
        }
        _refs.Add(reference);
        _documentBoosts.Add(boost);
        return _refs.Count - 1;
    }

    /// <summary>The number of a term, given to it the first time it is met (terms are numbered in the order they come).</summary>
    private int TermIndexOf(string text)
    {
        if (_termIndices.TryGetValue(text, out var index)) return index;
        index = _terms.Count;
        _terms.Add(new Term(text));
        _termIndices.Add(text, index);
        return index;
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

    /// <summary>What scores are computed with: per field the average length, per term its idf (see
    /// <see cref="Build(LunrCorpusStatistics?)"/>).</summary>
    private (double[] AverageLengths, double[] Idfs) Scoring(LunrCorpusStatistics? corpus)
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
        return (averageLengths, idfs);
    }

    /// <summary>
    /// What <see cref="Build(LunrCorpusStatistics?)"/> would give <see cref="CompactIndexSerializer"/>, without the index:
    /// the terms in ordinal order and, per term, the elements of all field vectors that contain it (each a document's
    /// position, <paramref name="documentOf"/> its ref, and the score in whole thousandths), by document ascending. No
    /// field vector, posting or per-term list of documents is made: a shard of 65,000 documents has millions of elements.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal CompactPostings BuildCompact(LunrCorpusStatistics? corpus, Func<string, int> documentOf)
    {
        var (averageLengths, idfs) = Scoring(corpus);
        var order = SortedTermOrder();
        var sortedPosition = new int[order.Length];
        var terms = new string[order.Length];
        for (var p = 0; p < order.Length; p++)
        {
            sortedPosition[order[p]] = p;
            terms[p] = _terms[order[p]].Text;
        }
        // The field entries in ranges, one per core for a big shard: each range counts its elements per term, and places
        // them after those of the ranges before it, so that every term's elements stay in the order of the entries.
        var parts = _fieldEntries.Count >= ParallelVectors ? Environment.ProcessorCount : 1;
        var counts = new int[parts][];
        Parallel.For(0, parts, part =>
        {
            var own = counts[part] = new int[terms.Length];
            foreach (ref readonly var entry in EntriesOf(part, parts))
            {
                foreach (var termIndex in entry.TermIndices)
                {
                    own[sortedPosition[termIndex]]++;
                }
            }
        });
        var starts = new int[terms.Length + 1];
        for (var t = 0; t < terms.Length; t++)
        {
            var at = starts[t];
            foreach (var own in counts)
            {
                // From here on, where the range's next element of term t goes.
                (own[t], at) = (at, at + own[t]);
            }
            starts[t + 1] = at;
        }
        var documents = new int[starts[^1]];
        var scores = new int[starts[^1]];
        var positions = new int[_refs.Count];
        for (var d = 0; d < positions.Length; d++)
        {
            positions[d] = documentOf(_refs[d]);
        }
        Parallel.For(0, parts, part =>
        {
            var next = counts[part];
            foreach (ref readonly var entry in EntriesOf(part, parts))
            {
                var document = positions[entry.Document];
                var termIndices = entry.TermIndices;
                for (var e = 0; e < termIndices.Length; e++)
                {
                    var at = next[sortedPosition[termIndices[e]]]++;
                    documents[at] = document;
                    scores[at] = ScoreThousandths(entry, e, averageLengths, idfs);
                }
            }
        });
        var postings = new CompactPostings(searchPipeline.Labels, terms, starts, documents, scores);
        postings.SortByDocument();
        return postings;
    }

    /// <summary>Range <paramref name="part"/> of <paramref name="parts"/> of the field entries.</summary>
    private ReadOnlySpan<FieldEntry> EntriesOf(int part, int parts)
    {
        var all = CollectionsMarshal.AsSpan(_fieldEntries);
        var start = (int)((long)all.Length * part / parts);
        return all[start..(int)((long)all.Length * (part + 1) / parts)];
    }

    /// <summary>Term indices in the ordinal order of their terms.</summary>
    private int[] SortedTermOrder()
    {
        var order = new int[_terms.Count];
        var texts = new string[order.Length];
        for (var t = 0; t < order.Length; t++)
        {
            order[t] = t;
            texts[t] = _terms[t].Text;
        }
        // Sorted by the texts themselves, not by a comparison that looks each up (a big shard has 100,000s of terms).
        Array.Sort(texts, order, StringComparer.Ordinal);
        return order;
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
        var (averageLengths, idfs) = Scoring(corpus);
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

        var order = SortedTermOrder();
        var noRefs = new LunrRefList([], _refs);
        var documentsByField = DocumentsByField();
        var postings = new LunrPosting[order.Length];
        for (var p = 0; p < postings.Length; p++)
        {
            var term = _terms[order[p]];
            var refsByField = new IReadOnlyList<string>[Fields.Count];
            for (var f = 0; f < refsByField.Length; f++)
            {
                var documents = documentsByField[order[p] * Fields.Count + f];
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
        var thousandths = new int[entry.Count];
        for (var e = 0; e < thousandths.Length; e++)
        {
            thousandths[e] = ScoreThousandths(entry, e, averageLengths, idfs);
        }
        return new LunrFieldVector(Fields[entry.Field].Name, _refs[entry.Document], entry.TermIndices.ToArray(), thousandths);
    }

    /// <summary>The BM25 score of element <paramref name="e"/> of a field entry, boosts included, in whole thousandths.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int ScoreThousandths(in FieldEntry entry, int e, double[] averageLengths, double[] idfs)
    {
        var field = Fields[entry.Field];
        var fieldBoost = field.Boost == 0 ? 1 : field.Boost;
        var documentBoost = _documentBoosts[entry.Document] == 0 ? 1 : _documentBoosts[entry.Document];
        var tf = entry.Frequencies[e];
        var idf = idfs[entry.TermIndices[e]];
        var score = idf * ((K1 + 1) * tf) / (K1 * (1 - B + B * (entry.Length / averageLengths[entry.Field])) + tf);
        score *= fieldBoost;
        score *= documentBoost;
        // JavaScriptText.RoundToThousandths(score) is this divided by 1000.
        return checked((int)JavaScriptText.MathRound(score * 1000));
    }

    /// <summary>Per term and field (term index × field count + field), the documents that contain the term in that field,
    /// ascending (null: none). Made from the field entries when an index is built, not kept while documents are added.</summary>
    private List<int>?[] DocumentsByField()
    {
        var documents = new List<int>?[_terms.Count * Fields.Count];
        foreach (var entry in _fieldEntries)
        {
            foreach (var termIndex in entry.TermIndices)
            {
                (documents[termIndex * Fields.Count + entry.Field] ??= []).Add(entry.Document);
            }
        }
        return documents;
    }

    /// <summary>One field of one document: its length in terms and its distinct terms (ascending) with their frequencies,
    /// <paramref name="count"/> of each, one after the other in <paramref name="chunk"/> from <paramref name="start"/> (a chunk
    /// holds the entries of many fields).</summary>
    private readonly struct FieldEntry(int fieldNumber, int document, int length, int[] chunk, int start, int count)
    {
        public int Field => fieldNumber;

        public int Document => document;

        public int Length => length;

        public int Count => count;

        public ReadOnlySpan<int> TermIndices => chunk.AsSpan(start, count);

        public ReadOnlySpan<int> Frequencies => chunk.AsSpan(start + count, count);

        public Span<int> WritableTerms => chunk.AsSpan(start, count);

        public Span<int> WritableFrequencies => chunk.AsSpan(start + count, count);
    }

    /// <summary>A term and in how many fields of documents it occurs (which documents: <see cref="DocumentsByField"/>, made
    /// only for a <see cref="LunrIndex"/>, not for the compact postings).</summary>
    private sealed class Term(string text)
    {
        public int DocumentsWithTerm { get; set; }

        public string Text { get; } = text;

        /// <summary>lunr.idf: ln(1 + |(N - df + 0.5) / (df + 0.5)|).</summary>
        public static double Idf(double documentCount, int documentsWithTerm)
        {
            var x = (documentCount - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5);
            return FdlibmLog.Log(1 + Math.Abs(x));
        }
    }
}

using System.Runtime.CompilerServices;
using System.Text;
using Lotse.Search.Lunr;

namespace Lotse.Search;

/// <summary>
/// A shard's index in Lotse's compact form (version 3), which lunr-lotse.js (<c>lunr.lotse.loadIndex</c>) reads:
/// <code>{"v":3,"pipeline":[search pipeline labels],"terms":"…","postings":"…"}</code>
/// <c>terms</c>: the sorted vocabulary, front-coded: per term, in <see cref="CompactCode"/>, how many characters it shares
/// with the term before and how many follow, then those characters.
/// <c>postings</c>: per term in that order, in <see cref="CompactCode"/>, the number of documents that contain it, then per
/// document (ascending) the difference of its position (the <see cref="SearchRefs">ref</see>) to the one before and its
/// weight: the BM25 weights of the term in the document's fields (lunr's field vectors, boosts included, in whole
/// thousandths), summed, and kept on a logarithmic scale (<see cref="WeightCode"/>). Lotse's scorer uses nothing else of lunr's vectors, so the fields are not kept apart; lunr's own
/// query language (field-scoped queries) needs lunr JSON (<see cref="LunrIndexSerializer"/>), which lunr-lotse.js loads too.
/// </summary>
public static class CompactIndexSerializer
{
    public const int FormatVersion = 3;

    public static string Serialize(LunrIndex index)
    {
        var output = new StringBuilder(1024);
        Write(output, index);
        return output.ToString();
    }

    internal static void Write(StringBuilder output, LunrIndex index, Utf8Chunks? sink = null) =>
        Write(output, Postings(index), sink);

    /// <summary>Writes the index whose postings are <paramref name="postings"/> (<see cref="Lunr.LunrIndexBuilder"/> makes
    /// them without building the <see cref="LunrIndex"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Write(StringBuilder output, CompactPostings postings, Utf8Chunks? sink = null)
    {
        WriteStart(output, postings);
        WriteTerms(output, postings.Terms, 0, postings.Terms.Length, sink);
        output.Append(PostingsStart);
        WritePostings(output, postings, 0, postings.Terms.Length, sink);
        output.Append(End);
    }

    /// <summary>The same, written on <paramref name="parts"/> threads into parts to be joined in order, after what
    /// <paramref name="before"/> holds: the vocabulary in ranges of terms (each front-coded from the term before its
    /// first), and the postings in ranges of about as many elements (a big shard's index took 0.25 s on one core, while the
    /// other waited).</summary>
    internal static Utf8Chunks[] WriteInParts(StringBuilder before, CompactPostings postings, int parts)
    {
        var terms = postings.Terms.Length;
        var starts = postings.Starts;
        var termRanges = new int[parts + 1];
        var postingRanges = new int[parts + 1];
        for (var k = 1; k <= parts; k++)
        {
            termRanges[k] = (int)((long)terms * k / parts);
            var elements = (long)starts[terms] * k / parts;
            var t = postingRanges[k - 1];
            while (t < terms && starts[t] < elements)
            {
                t++;
            }
            postingRanges[k] = k == parts ? terms : t;
        }
        var written = new Utf8Chunks[2 * parts];
        Parallel.For(0, 2 * parts, i =>
        {
            var part = written[i] = new Utf8Chunks();
            var output = i == 0 ? before : new StringBuilder(Utf8Chunks.DrainAt + 4096);
            if (i < parts)
            {
                if (i == 0)
                {
                    WriteStart(output, postings);
                }
                WriteTerms(output, postings.Terms, termRanges[i], termRanges[i + 1], part);
            }
            else
            {
                var k = i - parts;
                if (k == 0)
                {
                    output.Append(PostingsStart);
                }
                WritePostings(output, postings, postingRanges[k], postingRanges[k + 1], part);
                if (k == parts - 1)
                {
                    output.Append(End);
                }
            }
            part.Finish(output);
        });
        return written;
    }

    private const string PostingsStart = "\",\"postings\":\"";

    private const string End = "\"}";

    private static void WriteStart(StringBuilder output, CompactPostings postings)
    {
        output.Append("{\"v\":").Append(FormatVersion).Append(",\"pipeline\":");
        WriteStrings(output, postings.Pipeline);
        output.Append(",\"terms\":\"");
    }

    /// <summary>Terms <paramref name="start"/> up to <paramref name="end"/> of the vocabulary, front-coded.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void WriteTerms(StringBuilder output, string[] terms, int start, int end, Utf8Chunks? sink)
    {
        var previous = start == 0 ? "" : terms[start - 1];
        for (var t = start; t < end; t++)
        {
            var term = terms[t];
            var shared = 0;
            while (shared < term.Length && shared < previous.Length && term[shared] == previous[shared])
            {
                shared++;
            }
            if (shared > 0 && char.IsHighSurrogate(term[shared - 1]))
            {
                shared--; // never half a surrogate pair on either side (JSON readers refuse a lone one)
            }
            CompactCode.Write(output, shared);
            CompactCode.Write(output, term.Length - shared);
            JsonText.WriteStringContent(output, term.AsSpan(shared));
            previous = term;
            sink?.DrainIfFull(output);
        }
    }

    /// <summary>The postings of terms <paramref name="start"/> up to <paramref name="end"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void WritePostings(StringBuilder output, CompactPostings postings, int start, int end, Utf8Chunks? sink)
    {
        var (starts, documents, scores) = (postings.Starts, postings.Documents, postings.Scores);
        for (var term = start; term < end; term++)
        {
            var last = starts[term + 1];
            var count = 0;
            for (var e = starts[term]; e < last; e++)
            {
                if (e == starts[term] || documents[e] != documents[e - 1])
                {
                    count++;
                }
            }
            CompactCode.Write(output, count);
            var before = 0;
            var at = starts[term];
            while (at < last)
            {
                var document = documents[at];
                var score = 0;
                while (at < last && documents[at] == document)
                {
                    score += scores[at];
                    at++;
                }
                CompactCode.Write(output, document - before);
                CompactCode.Write(output, WeightCode(score));
                before = document;
            }
            sink?.DrainIfFull(output);
        }
    }

    /// <summary>The postings of a built index: its inverted index is sorted by term, so its order is the vocabulary's; the
    /// elements of all field vectors grouped by term, counted into place (vectors come by document, so each term's
    /// elements already are in order; a term whose elements are not is sorted).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static CompactPostings Postings(LunrIndex index)
    {
        var sortedPosition = new int[index.InvertedIndex.Count];
        var terms = new string[index.InvertedIndex.Count];
        for (var p = 0; p < terms.Length; p++)
        {
            sortedPosition[index.InvertedIndex[p].TermIndex] = p;
            terms[p] = index.InvertedIndex[p].Term;
        }
        var starts = new int[sortedPosition.Length + 1];
        var vectorDocuments = new int[index.FieldVectors.Count];
        for (var v = 0; v < vectorDocuments.Length; v++)
        {
            var vector = index.FieldVectors[v];
            vectorDocuments[v] = SearchRefs.Parse(vector.Ref);
            for (var e = 0; e < vector.Count; e++)
            {
                starts[sortedPosition[vector.TermIndex(e)] + 1]++;
            }
        }
        for (var t = 0; t < sortedPosition.Length; t++)
        {
            starts[t + 1] += starts[t];
        }
        var next = starts[..^1];
        var documents = new int[starts[^1]];
        var scores = new int[starts[^1]];
        for (var v = 0; v < vectorDocuments.Length; v++)
        {
            var vector = index.FieldVectors[v];
            for (var e = 0; e < vector.Count; e++)
            {
                var at = next[sortedPosition[vector.TermIndex(e)]]++;
                documents[at] = vectorDocuments[v];
                scores[at] = vector.ScoreThousandths(e);
            }
        }
        var postings = new CompactPostings(index.Pipeline, terms, starts, documents, scores);
        postings.SortByDocument();
        return postings;
    }

    /// <summary>Steps of the weight code per factor e: a weight is kept to within 0.63 % (half a step), which
    /// reorders no results whose scores differ by more than that, and takes two characters up to 358 (in thousandths,
    /// e^(1024/80)), three above.</summary>
    public const int WeightSteps = 80;

    /// <summary>A weight in whole thousandths as its code: round(ln(weight) × <see cref="WeightSteps"/>), with fdlibm's
    /// logarithm (the same on every machine). lunr-lotse.js reads it back as e^(code / steps) / 1000.</summary>
    public static int WeightCode(int thousandths) =>
        thousandths <= 1 ? 0 : (int)Math.Round(FdlibmLog.Log(thousandths) * WeightSteps, MidpointRounding.AwayFromZero);

    /// <summary>The weight a code stands for, as lunr-lotse.js reads it.</summary>
    public static double Weight(int code) => Math.Exp(code / (double)WeightSteps) / 1000;

    /// <summary>The vocabulary of a compact index's <c>terms</c> string (for tests and tools; the browser reads it in
    /// lunr-lotse.js).</summary>
    public static IReadOnlyList<string> ReadTerms(string terms)
    {
        var result = new List<string>();
        var previous = "";
        var at = 0;
        int Next()
        {
            var value = 0;
            while (true)
            {
                var digit = CompactCode.Alphabet.IndexOf(terms[at++]);
                if (digit < 0)
                {
                    throw new FormatException($"'{terms[at - 1]}' is not a digit of the compact code.");
                }
                if (digit < 32)
                {
                    return value * 32 + digit;
                }
                value = value * 32 + digit - 32;
            }
        }
        while (at < terms.Length)
        {
            var shared = Next();
            var rest = Next();
            previous = previous[..shared] + terms.Substring(at, rest);
            at += rest;
            result.Add(previous);
        }
        return result;
    }

    private static void WriteStrings(StringBuilder output, IReadOnlyList<string> values)
    {
        output.Append('[');
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                output.Append(',');
            }
            JsonText.WriteString(output, values[i]);
        }
        output.Append(']');
    }
}

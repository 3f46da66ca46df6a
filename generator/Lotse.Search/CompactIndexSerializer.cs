using System.Runtime.CompilerServices;
using System.Text;
using Lotse.Search.Lunr;

namespace Lotse.Search;

/// <summary>
/// A shard's index in Lotse's compact form, which lunr-lotse.js (<c>lunr.lotse.loadIndex</c>) turns into a real
/// <c>lunr.Index</c>: the sorted vocabulary once, and the field vectors as one array of integers; the inverted index,
/// which lunr.js stores beside the vectors and which repeats them, is rebuilt from the vectors when the shard loads.
/// <code>{"v":2,"fields":[…],"pipeline":[…],"terms":[sorted terms],
///  "vectors":[field, document, n, term, score, term, score, …, field, document, n, …]}</code>
/// field: position in <c>fields</c>; document: the position the shard's <see cref="SearchRefs">ref</see> stands for;
/// term: position in <c>terms</c>, ascending within a vector and written as the difference to the one before; score:
/// BM25 weight in whole thousandths. Fields without terms are left out. The same index as lunr JSON is about a third.
/// </summary>
public static class CompactIndexSerializer
{
    public const int FormatVersion = 2;

    public static string Serialize(LunrIndex index)
    {
        var output = new StringBuilder(1024);
        Write(output, index);
        return output.ToString();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Write(StringBuilder output, LunrIndex index, Utf8Chunks? sink = null)
    {
        output.Append("{\"v\":").Append(FormatVersion).Append(",\"fields\":");
        WriteStrings(output, index.Fields);
        output.Append(",\"pipeline\":");
        WriteStrings(output, index.Pipeline);
        // The inverted index is sorted by term: its order is the vocabulary's.
        var sortedPosition = new int[index.InvertedIndex.Count];
        output.Append(",\"terms\":[");
        for (var p = 0; p < index.InvertedIndex.Count; p++)
        {
            var posting = index.InvertedIndex[p];
            sortedPosition[posting.TermIndex] = p;
            if (p > 0)
            {
                output.Append(',');
            }
            JsonText.WriteString(output, posting.Term);
            sink?.DrainIfFull(output);
        }
        output.Append("],\"vectors\":[");
        var fieldNumbers = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var f = 0; f < index.Fields.Count; f++)
        {
            fieldNumbers[index.Fields[f]] = f;
        }
        var first = true;
        var pairs = new (int Term, int Score)[64];
        foreach (var vector in index.FieldVectors)
        {
            if (vector.Count == 0)
            {
                continue;
            }
            if (pairs.Length < vector.Count)
            {
                pairs = new (int, int)[Math.Max(vector.Count, pairs.Length * 2)];
            }
            for (var e = 0; e < vector.Count; e++)
            {
                pairs[e] = (sortedPosition[vector.TermIndex(e)], vector.ScoreThousandths(e));
            }
            Array.Sort(pairs, 0, vector.Count);
            if (!first)
            {
                output.Append(',');
            }
            first = false;
            output.Append(fieldNumbers[vector.Field]).Append(',').Append(SearchRefs.Parse(vector.Ref)).Append(',').Append(vector.Count);
            var previous = 0;
            for (var e = 0; e < vector.Count; e++)
            {
                output.Append(',').Append(pairs[e].Term - previous).Append(',').Append(pairs[e].Score);
                previous = pairs[e].Term;
            }
            sink?.DrainIfFull(output);
        }
        output.Append("]}");
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

using System.Runtime.CompilerServices;
using System.Text;

namespace Lotse.Search.Lunr;

/// <summary>Writes a <see cref="LunrIndex"/> as the JSON lunr.Index.load reads (the shape of Index.toJSON()).</summary>
public static class LunrIndexSerializer
{
    public static string Serialize(LunrIndex index)
    {
        var output = new StringBuilder(1024);
        Write(output, index);
        return output.ToString();
    }

    public static void Write(StringBuilder output, LunrIndex index)
    {
        WriteHead(output, index);
        WriteTail(output, index);
    }

    /// <summary>The first part of <see cref="Write"/>: version, fields and field vectors (up to their closing bracket).
    /// With a <paramref name="sink"/>, <paramref name="output"/> is drained into it as it fills.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void WriteHead(StringBuilder output, LunrIndex index, Utf8Chunks? sink = null)
    {
        output.Append("{\"version\":");
        JsonText.WriteString(output, LunrIndex.Version);
        output.Append(",\"fields\":");
        WriteStrings(output, index.Fields);
        output.Append(",\"fieldVectors\":[");
        for (var v = 0; v < index.FieldVectors.Count; v++)
        {
            var vector = index.FieldVectors[v];
            output.Append(v == 0 ? "[\"" : ",[\"");
            // "field/ref" without joining them: the field names are ASCII.
            JsonText.WriteStringContent(output, vector.Field);
            output.Append('/');
            JsonText.WriteStringContent(output, vector.Ref);
            output.Append("\",[");
            for (var e = 0; e < vector.Count; e++)
            {
                if (e > 0)
                {
                    output.Append(',');
                }
                JsonText.WriteNumber(output, vector.TermIndex(e));
                output.Append(',');
                JsonText.WriteNumber(output, vector.Score(e));
            }
            output.Append("]]");
            sink?.DrainIfFull(output);
        }
        output.Append(']');
    }

    /// <summary>The rest of <see cref="Write"/>: the inverted index and the pipeline, and the closing brace.
    /// With a <paramref name="sink"/>, <paramref name="output"/> is drained into it as it fills.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void WriteTail(StringBuilder output, LunrIndex index, Utf8Chunks? sink = null)
    {
        output.Append(",\"invertedIndex\":[");
        // Field names and refs repeat in every posting: write their JSON once.
        var fieldOpenings = new string[index.Fields.Count];
        for (var f = 0; f < fieldOpenings.Length; f++)
        {
            var opening = new StringBuilder(",");
            JsonText.WriteString(opening, index.Fields[f]);
            fieldOpenings[f] = opening.Append(":{").ToString();
        }
        List<string>? jsonRefsOf = null;
        string[] jsonRefs = [];
        for (var p = 0; p < index.InvertedIndex.Count; p++)
        {
            var posting = index.InvertedIndex[p];
            output.Append(p == 0 ? "[" : ",[");
            JsonText.WriteString(output, posting.Term);
            output.Append(",{\"_index\":");
            JsonText.WriteNumber(output, posting.TermIndex);
            for (var f = 0; f < fieldOpenings.Length; f++)
            {
                output.Append(fieldOpenings[f]);
                var refs = posting.RefsByField[f];
                if (refs is LunrRefList list)
                {
                    if (!ReferenceEquals(list.Refs, jsonRefsOf))
                    {
                        jsonRefs = list.Refs.Select(RefEntry).ToArray();
                        jsonRefsOf = list.Refs;
                    }
                    var documents = list.Documents;
                    for (var r = 0; r < documents.Count; r++)
                    {
                        if (r > 0)
                        {
                            output.Append(',');
                        }
                        output.Append(jsonRefs[documents[r]]);
                    }
                }
                else
                {
                    for (var r = 0; r < refs.Count; r++)
                    {
                        if (r > 0)
                        {
                            output.Append(',');
                        }
                        output.Append(RefEntry(refs[r]));
                    }
                }
                output.Append('}');
            }
            output.Append("}]");
            sink?.DrainIfFull(output);
        }
        output.Append("],\"pipeline\":");
        WriteStrings(output, index.Pipeline);
        output.Append('}');
    }

    /// <summary>A ref as a key of the inverted index: <c>"ref":{}</c>.</summary>
    private static string RefEntry(string reference)
    {
        var entry = new StringBuilder(reference.Length + 5);
        JsonText.WriteString(entry, reference);
        return entry.Append(":{}").ToString();
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

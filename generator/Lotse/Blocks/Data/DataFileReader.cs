using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Lotse.Blocks.Data;

/// <summary>Reads a data file (<c>.yml</c>, <c>.yaml</c>, <c>.json</c>, <c>.csv</c>) into plain values.</summary>
internal static class DataFileReader
{
    /// <summary>The most rows a CSV file may have (a million-row file stops with an error instead of filling the memory).</summary>
    public const int MaxCsvRows = 100_000;

    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".yml", ".yaml", ".json", ".csv" };

    public static object? Read(string path, string text, out YamlError? error)
    {
        error = null;
        switch (Path.GetExtension(path).ToLowerInvariant())
        {
            case ".json":
                try
                {
                    using var json = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = YamlReader.MaxDepth });
                    return FromJson(json.RootElement);
                }
                catch (JsonException e)
                {
                    error = new YamlError((int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1, FirstSentence(e.Message));
                    return null;
                }
            case ".csv":
                return ReadCsv(text, out error);
            default:
                return YamlReader.Parse(text, out error);
        }
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return (end > 0 ? message[..end] : message).TrimEnd('.');
    }

    private static object? FromJson(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => e.EnumerateObject().Aggregate(new Dictionary<string, object?>(StringComparer.Ordinal),
            (d, p) => { d[p.Name] = FromJson(p.Value); return d; }),
        JsonValueKind.Array => e.EnumerateArray().Select(FromJson).ToList(),
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number => e.TryGetInt64(out var l) ? l : e.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    /// <summary>RFC 4180 CSV with a header row: a list of rows, each a mapping from header to text.</summary>
    private static List<object?> ReadCsv(string text, out YamlError? error)
    {
        error = null;
        var records = new List<List<string>>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        int line = 1, quoteLine = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') inQuotes = false;
                else { if (c == '\n') line++; field.Append(c); }
                continue;
            }
            switch (c)
            {
                case '"': inQuotes = true; quoteLine = line; break;
                case ',': fields.Add(field.ToString()); field.Clear(); break;
                case '\r': break;
                case '\n':
                    fields.Add(field.ToString()); field.Clear();
                    records.Add(fields); fields = []; line++;
                    if (records.Count > MaxCsvRows + 1)
                    {
                        error = new YamlError(line - 1, 1, $"The CSV has more than {MaxCsvRows.ToString("N0", CultureInfo.InvariantCulture)} rows (split it into smaller files)");
                        return [];
                    }
                    break;
                default: field.Append(c); break;
            }
        }
        if (inQuotes)
        {
            error = new YamlError(quoteLine, 1, "A quoted CSV field is never closed");
            return [];
        }
        if (field.Length > 0 || fields.Count > 0) { fields.Add(field.ToString()); records.Add(fields); }
        if (records.Count == 0) return [];
        var header = records[0];
        return records.Skip(1).Where(r => r.Count > 1 || r[0].Length > 0).Select(r =>
        {
            var row = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < header.Count; i++) row[header[i]] = i < r.Count ? r[i] : null;
            return (object?)row;
        }).ToList();
    }
}

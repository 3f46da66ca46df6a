using System.Globalization;

using Lotse.Site;

namespace Lotse.Features.Glossary;

/// <summary>Reads the entries of the data file <c>glossar</c> (a list of mappings); entries without
/// <c>begriff</c> are skipped.</summary>
[FeatureContract]
internal static class GlossaryReader
{
    public const string DataName = "glossar";

    public static IReadOnlyList<GlossaryEntry> From(IReadOnlyDictionary<string, object?> data)
    {
        if (data.GetValueOrDefault(DataName) is not IEnumerable<object?> items) return [];
        var entries = new List<GlossaryEntry>();
        foreach (var item in items)
        {
            if (item is not Dictionary<string, object?> map || Text(map, "begriff") is not { Length: > 0 } term) continue;
            var synonyms = map.GetValueOrDefault("synonyme") switch
            {
                IEnumerable<object?> list when map["synonyme"] is not string => list.Select(o => Convert.ToString(o, CultureInfo.InvariantCulture) ?? "").ToList(),
                string s => [s],
                _ => new List<string>(),
            };
            entries.Add(new GlossaryEntry(term, Text(map, "langform"), Text(map, "erklaerung") ?? "", synonyms));
        }
        return entries;
    }

    private static string? Text(Dictionary<string, object?> map, string key) =>
        map.GetValueOrDefault(key) is { } value ? Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim() : null;
}

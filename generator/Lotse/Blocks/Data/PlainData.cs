using System.Globalization;

namespace Lotse.Blocks.Data;

/// <summary>Helpers for the plain values that YAML, JSON and CSV become.</summary>
internal static class PlainData
{
    /// <summary>Deep merge: keys of <paramref name="over"/> win; nested mappings merge; lists and scalars are replaced.</summary>
    public static Dictionary<string, object?> Merge(IReadOnlyDictionary<string, object?> under, IReadOnlyDictionary<string, object?> over)
    {
        var result = new Dictionary<string, object?>(under, StringComparer.Ordinal);
        foreach (var (key, value) in over)
        {
            result[key] = result.GetValueOrDefault(key) is Dictionary<string, object?> a && value is Dictionary<string, object?> b
                ? Merge(a, b)
                : value;
        }
        return result;
    }

    public static string? AsString(object? value) => value switch
    {
        null => null,
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}

using System.Collections.Immutable;
using System.Globalization;

namespace Lotse.Kernel;

/// <summary>Immutable key/value data of a document (front matter, folder defaults, computed values).</summary>
public sealed class Metadata
{
    public static readonly Metadata Empty = new(ImmutableDictionary<string, object?>.Empty.WithComparers(StringComparer.Ordinal));

    private readonly ImmutableDictionary<string, object?> _values;

    private Metadata(ImmutableDictionary<string, object?> values) => _values = values;

    public static Metadata From(IEnumerable<KeyValuePair<string, object?>> values) => Empty.SetRange(values);

    public IEnumerable<string> Keys => _values.Keys;
    public IEnumerable<KeyValuePair<string, object?>> Pairs => _values;

    public bool ContainsKey(string key) => _values.ContainsKey(key);
    public object? Get(string key) => _values.GetValueOrDefault(key);
    public T? Get<T>(string key) where T : class => _values.GetValueOrDefault(key) as T;

    public string? GetString(string key) => _values.GetValueOrDefault(key) switch
    {
        null => null,
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        var o => o.ToString(),
    };

    public bool GetBool(string key) => _values.GetValueOrDefault(key) is true;

    public long? GetNumber(string key) => _values.GetValueOrDefault(key) switch
    {
        long l => l,
        double d => (long)d,
        _ => null,
    };

    public IReadOnlyList<string> GetStrings(string key) => _values.GetValueOrDefault(key) switch
    {
        null => [],
        string s => [s],
        IEnumerable<object?> list => list.Select(o => Convert.ToString(o, CultureInfo.InvariantCulture) ?? "").ToList(),
        var o => [Convert.ToString(o, CultureInfo.InvariantCulture) ?? ""],
    };

    public Metadata Set(string key, object? value) => new(_values.SetItem(key, value));
    public Metadata SetRange(IEnumerable<KeyValuePair<string, object?>> values) => new(_values.SetItems(values));
}

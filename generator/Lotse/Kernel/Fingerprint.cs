using System.Buffers;
using System.Collections;
using System.Globalization;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace Lotse.Kernel;

/// <summary>
/// A 128-bit hash of values (texts, numbers, dates, lists, maps, documents' metadata), for the
/// the build cache: equal fingerprints mean equal inputs. A value of a type it cannot read makes the
/// fingerprint unique, so nothing is ever taken from the cache for it.
/// </summary>
internal sealed class Fingerprint
{
    private readonly XxHash128 _hash = new();

    public UInt128 Value => _hash.GetCurrentHashAsUInt128();

    public Fingerprint Add(string? text)
    {
        if (text is null) return Tag('n');
        Tag('s').Add(text.Length);
        _hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
        return this;
    }

    public Fingerprint Add(ReadOnlySequence<byte> bytes)
    {
        Tag('b').Add(bytes.Length);
        foreach (var segment in bytes) _hash.Append(segment.Span);
        return this;
    }

    public Fingerprint Add(long number)
    {
        _hash.Append(MemoryMarshal.AsBytes(new ReadOnlySpan<long>(in number)));
        return this;
    }

    public Fingerprint Add(UInt128 other)
    {
        _hash.Append(MemoryMarshal.AsBytes(new ReadOnlySpan<UInt128>(in other)));
        return this;
    }

    /// <summary>All pairs, in key order.</summary>
    public Fingerprint Add(Metadata metadata, Func<string, bool>? include = null)
    {
        // Sorted by key without LINQ: serve hashes the front matter of every page on every rebuild.
        var pairs = new List<KeyValuePair<string, object?>>();
        foreach (var pair in metadata.Pairs)
            if (include is null || include(pair.Key)) pairs.Add(pair);
        pairs.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        foreach (var (key, value) in pairs) Add(key).AddValue(value);
        return Tag('.');
    }

    public Fingerprint Add(Document document) =>
        Add(document.SourcePath).Add(document.OutputPath).Add(document.Content).Add(document.Metadata).Add(document.Body);

    public Fingerprint Add(DocumentBody body) => body switch
    {
        Utf8Body utf8 => Tag('u').Add(utf8.Bytes),
        FileCopyBody copy => Tag('c').Add(copy.SourceFile),
        StreamedBody => Tag('w'),
        _ => Tag('x'),
    };

    public Fingerprint AddValue(object? value)
    {
        switch (value)
        {
            case null: return Tag('n');
            case string s: return Add(s);
            case ReadOnlySequence<byte> bytes: return Add(bytes);
            case bool b: return Tag(b ? 't' : 'f');
            case long l: return Tag('l').Add(l);
            case int i: return Tag('i').Add(i);
            case double d: return Tag('d').Add(BitConverter.DoubleToInt64Bits(d));
            case DateTime t: return Tag('T').Add(t.Ticks).Add((long)t.Kind);
            case DateOnly d: return Tag('D').Add(d.DayNumber);
            case IFormattable f when value.GetType().IsPrimitive || value is decimal: return Tag('p').Add(f.ToString(null, CultureInfo.InvariantCulture));
            case Metadata m: return Tag('m').Add(m);
            case IDictionary<string, object?> map:
                Tag('{');
                foreach (var (key, item) in map.OrderBy(p => p.Key, StringComparer.Ordinal)) Add(key).AddValue(item);
                return Tag('}');
            case IEnumerable list:
                Tag('[');
                foreach (var item in list) AddValue(item);
                return Tag(']');
            default:
                try
                {
                    return Tag('j').Add(value.GetType().FullName).Add(JsonSerializer.Serialize(value, value.GetType()));
                }
                catch (Exception e) when (e is NotSupportedException or JsonException or InvalidOperationException)
                {
                    return Add(Guid.NewGuid().ToString());
                }
        }
    }

    private Fingerprint Tag(char tag)
    {
        _hash.Append(MemoryMarshal.AsBytes(new ReadOnlySpan<char>(in tag)));
        return this;
    }
}

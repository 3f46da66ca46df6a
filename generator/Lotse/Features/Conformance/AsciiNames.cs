using System.Text;

namespace Lotse.Features.Conformance;

/// <summary>A fixed set of names in lower case ASCII, found by the UTF-8 bytes of a name written in any case, without a
/// string or characters made of it. Issue 26: <see cref="PageTreeReader"/> looks up every tag's and attribute's name of
/// every page (some 1,500 a page); widening each to characters for an ignore-case hash set was a tenth of its time.</summary>
internal sealed class AsciiNames
{
    /// <summary>The names by their length: their bytes and the name.</summary>
    private readonly (byte[] Bytes, string Name)[][] byLength;

    public AsciiNames(IEnumerable<string> names)
    {
        // The names' own strings (literals: a name found is the instance the checks ask for).
        var all = names.Distinct(StringComparer.Ordinal).ToList();
        if (all.Any(n => n != n.ToLowerInvariant() || !Ascii.IsValid(n))) throw new ArgumentException("The names are lower case ASCII.", nameof(names));
        byLength = new (byte[], string)[all.Max(n => n.Length) + 1][];
        for (var length = 0; length < byLength.Length; length++)
            byLength[length] = [.. all.Where(n => n.Length == length).Select(n => (Encoding.ASCII.GetBytes(n), n))];
    }

    /// <summary>The name of the set the bytes spell in any case (ASCII letters, digits, '-', '_', '.'), or null.</summary>
    public string? Find(ReadOnlySpan<byte> name)
    {
        if (name.Length == 0 || name.Length >= byLength.Length) return null;
        // Lower case for a letter; a digit and '-', '_', '.' have the bit already or are in no name.
        var first = (byte)(name[0] | 0x20);
        foreach (var (bytes, known) in byLength[name.Length])
            if (bytes[0] == first && Ascii.EqualsIgnoreCase(name, bytes)) return known;
        return null;
    }
}

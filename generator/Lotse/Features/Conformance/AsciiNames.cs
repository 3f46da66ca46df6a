using System.Runtime.CompilerServices;
using System.Text;

namespace Lotse.Features.Conformance;

/// <summary>A fixed set of names in lower case ASCII, each with a value, found by the UTF-8 bytes of a name written in
/// any case, without a string or characters made of it. Issue 26: <see cref="PageTreeReader"/> looks up every tag's and
/// attribute's name of every page (some 1,500 a page); widening each to characters for an ignore-case hash set, then
/// looking the name up again in the sets of the HTML parser's rules, was a fifth of its time.</summary>
internal sealed class AsciiNames<T>
{
    /// <summary>The names by their length: their bytes, the name and its value.</summary>
    private readonly (byte[] Bytes, string Name, T Value)[][] byLength;

    /// <param name="names">The names (lower case; their own strings are found: a literal is the instance the checks ask for).</param>
    public AsciiNames(IEnumerable<string> names, Func<string, T> valueOf)
    {
        var all = names.Distinct(StringComparer.Ordinal).ToList();
        if (all.Any(n => n.Length == 0 || n != n.ToLowerInvariant() || !Ascii.IsValid(n)))
            throw new ArgumentException("The names are lower case ASCII.", nameof(names));
        byLength = new (byte[], string, T)[all.Max(n => n.Length) + 1][];
        for (var length = 0; length < byLength.Length; length++)
            byLength[length] = [.. all.Where(n => n.Length == length).Select(n => (Encoding.ASCII.GetBytes(n), n, valueOf(n)))];
    }

    /// <summary>The name of the set the bytes spell in any case (ASCII letters, digits, '-', '_', '.'), and its value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryFind(ReadOnlySpan<byte> name, out string found, out T value)
    {
        if (name.Length > 0 && name.Length < byLength.Length)
        {
            // Lower case for a letter; a digit and '-', '_', '.' have the bit already or are in no name.
            var first = (byte)(name[0] | 0x20);
            foreach (var (bytes, known, knownValue) in byLength[name.Length])
                if (bytes[0] == first && Ascii.EqualsIgnoreCase(name, bytes))
                {
                    found = known;
                    value = knownValue;
                    return true;
                }
        }
        found = "";
        value = default!;
        return false;
    }
}

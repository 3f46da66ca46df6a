using System.Runtime.CompilerServices;
using System.Buffers;
using System.Globalization;
using System.Text;

namespace Lotse.Search.Lunr;

/// <summary>Minimal, deterministic JSON writing for the index files (invariant culture, no BOM).</summary>
public static class JsonText
{
    // What needs escaping: ", \, <, control characters (ASCII, one vectorized search), U+2028/U+2029 and
    // surrogates (two range searches; SearchValues with non-ASCII characters is much slower on German text).
    private static readonly SearchValues<char> AsciiNeedingEscape = SearchValues.Create(
        "\"\\<" + string.Concat(Enumerable.Range(0, 0x20).Select(c => (char)c)));

    private static bool NeedsEscaping(ReadOnlySpan<char> value) =>
        value.ContainsAny(AsciiNeedingEscape) || value.ContainsAnyInRange('\u2028', '\u2029') || value.ContainsAnyInRange('\uD800', '\uDFFF');

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void WriteString(StringBuilder output, string value)
    {
        output.Append('"');
        WriteStringContent(output, value);
        output.Append('"');
    }

    /// <summary>What <see cref="WriteString"/> writes between the quotes. Characters are escaped one by one (a surrogate
    /// pair as one), so the content of two texts one after the other is that of the two joined, when the first does not
    /// end in a high surrogate.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void WriteStringContent(StringBuilder output, string value) => WriteStringContent(output, value.AsSpan());

    /// <inheritdoc cref="WriteStringContent(StringBuilder, string)"/>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void WriteStringContent(StringBuilder output, ReadOnlySpan<char> value)
    {
        if (!NeedsEscaping(value))
        {
            output.Append(value);
            return;
        }
        // Characters that need no escaping are appended in runs, not one by one.
        var run = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (!MayNeedEscaping(c))
            {
                continue;
            }
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++; // a pair stays as it is
                continue;
            }
            output.Append(value[run..i]);
            run = i + 1;
            switch (c)
            {
                case '"':
                    output.Append("\\\"");
                    break;
                case '\\':
                    output.Append("\\\\");
                    break;
                case '\n':
                    output.Append("\\n");
                    break;
                case '\r':
                    output.Append("\\r");
                    break;
                case '\t':
                    output.Append("\\t");
                    break;
                case '<':
                    // keeps "</script>" and "<!--" harmless wherever the text is embedded
                    output.Append("\\u003c");
                    break;
                default:
                    // control characters, U+2028/U+2029 and lone surrogates
                    output.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
            }
        }
        output.Append(value[run..]);
    }

    /// <summary>The characters <see cref="NeedsEscaping"/> looks for (a surrogate only when it is not part of a pair).</summary>
    private static bool MayNeedEscaping(char c) =>
        c < 0x20 || c == '"' || c == '\\' || c == '<' || (c >= '\u2028' && (c <= '\u2029' || (c >= '\uD800' && c <= '\uDFFF')));

    /// <summary>A number as JavaScript's JSON.stringify writes it for the values lunr produces.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void WriteNumber(StringBuilder output, double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            output.Append("null");
            return;
        }
        if (value == Math.Floor(value) && Math.Abs(value) < 1e15)
        {
            output.Append(((long)value).ToString(CultureInfo.InvariantCulture));
            return;
        }
        if (TryWriteThousandths(output, value))
        {
            return;
        }
        Span<char> buffer = stackalloc char[32];
        if (value.TryFormat(buffer, out var written, "R", CultureInfo.InvariantCulture))
        {
            output.Append(buffer[..written]);
        }
        else
        {
            output.Append(value.ToString("R", CultureInfo.InvariantCulture));
        }
    }

    /// <summary>
    /// Field-vector scores are rounded to thousandths: a double that is exactly k / 1000 (the double nearest
    /// to it) is written as that decimal, which is its shortest round-trip form ("R"). Only below
    /// <see cref="ThousandthsLimit"/>, where a test compares every such value with "R".
    /// </summary>
    internal static bool TryWriteThousandths(StringBuilder output, double value)
    {
        if (!(value > 0 && value < ThousandthsLimit))
        {
            return false;
        }
        var thousandths = Math.Round(value * 1000);
        if (thousandths / 1000 != value)
        {
            return false;
        }
        var k = (int)thousandths;
        var fraction = k % 1000;
        output.Append(k / 1000).Append('.');
        output.Append((char)('0' + fraction / 100));
        if (fraction % 100 != 0)
        {
            output.Append((char)('0' + fraction / 10 % 10));
            if (fraction % 10 != 0)
            {
                output.Append((char)('0' + fraction % 10));
            }
        }
        return true;
    }

    internal const double ThousandthsLimit = 10_000;

    public static void WriteNumber(StringBuilder output, int value) => output.Append(value);
}

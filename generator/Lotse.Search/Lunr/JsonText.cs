using System.Runtime.CompilerServices;
using System.Buffers;
using System.Globalization;
using System.Text;

namespace Lotse.Search.Lunr;

/// <summary>Minimal, deterministic JSON writing for the index files (invariant culture, no BOM).</summary>
public static class JsonText
{
    private static readonly SearchValues<char> NeedsEscaping = SearchValues.Create(
        "\"\\<\u2028\u2029" + string.Concat(Enumerable.Range(0, 0x20).Select(c => (char)c)) +
        string.Concat(Enumerable.Range(0xD800, 0x800).Select(c => (char)c)));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void WriteString(StringBuilder output, string value)
    {
        if (!value.AsSpan().ContainsAny(NeedsEscaping))
        {
            output.Append('"').Append(value).Append('"');
            return;
        }
        output.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
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
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        output.Append(c).Append(value[i + 1]);
                        i++;
                    }
                    else if (c < 0x20 || c == '\u2028' || c == '\u2029' || char.IsSurrogate(c))
                    {
                        output.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        output.Append(c);
                    }
                    break;
            }
        }
        output.Append('"');
    }

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

    public static void WriteNumber(StringBuilder output, int value) => output.Append(value);
}

using System.Buffers;
using System.Text;

namespace Lotse.Kernel;

/// <summary>Text held as UTF-8 (<see cref="Document.KeptAsUtf8"/>): encoded, decoded and searched without a BOM.</summary>
internal static class Utf8Text
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static byte[] Encode(string text) => Utf8.GetBytes(text);

    /// <summary>The same bytes as <see cref="Encode(string)"/> of the builder's text, without a string of it when the
    /// builder holds it in one piece (a character pair split between two pieces must be encoded together).</summary>
    public static byte[] Encode(StringBuilder text)
    {
        foreach (var chunk in text.GetChunks())
        {
            if (chunk.Length != text.Length) break;
            var bytes = new byte[Utf8.GetByteCount(chunk.Span)];
            Utf8.GetBytes(chunk.Span, bytes);
            return bytes;
        }
        return text.Length == 0 ? [] : Encode(text.ToString());
    }

    public static string Decode(ReadOnlySequence<byte> bytes) => Utf8.GetString(bytes);

    public static bool Contains(ReadOnlySequence<byte> bytes, string value)
    {
        var needle = Utf8.GetBytes(value);
        if (bytes.IsSingleSegment) return bytes.FirstSpan.IndexOf(needle) >= 0;
        return bytes.ToArray().AsSpan().IndexOf(needle) >= 0;
    }
}

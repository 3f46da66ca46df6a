using System.Buffers;
using System.Text;

namespace Lotse.Kernel;

/// <summary>Text held as UTF-8 (<see cref="Document.KeptAsUtf8"/>): encoded, decoded and searched without a BOM.</summary>
internal static class Utf8Text
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static byte[] Encode(string text) => Utf8.GetBytes(text);

    public static string Decode(ReadOnlySequence<byte> bytes) => Utf8.GetString(bytes);

    public static bool Contains(ReadOnlySequence<byte> bytes, string value)
    {
        var needle = Utf8.GetBytes(value);
        if (bytes.IsSingleSegment) return bytes.FirstSpan.IndexOf(needle) >= 0;
        return bytes.ToArray().AsSpan().IndexOf(needle) >= 0;
    }
}

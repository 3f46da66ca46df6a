using System.Text;

namespace Lotse.Offline;

/// <summary>Replaces every occurrence of a text in UTF-8 bytes, without decoding them (both texts are whole
/// characters, so a match never starts or ends inside a character).</summary>
public static class Utf8Replace
{
    /// <summary>The same array when the text does not occur.</summary>
    public static byte[] All(byte[] bytes, string find, string replacement)
    {
        var pattern = Encoding.UTF8.GetBytes(find);
        var first = bytes.AsSpan().IndexOf(pattern);
        if (first < 0) return bytes;
        var with = Encoding.UTF8.GetBytes(replacement);
        using var result = new MemoryStream(bytes.Length + 64);
        var rest = bytes.AsSpan();
        for (var at = first; at >= 0; at = rest.IndexOf(pattern))
        {
            result.Write(rest[..at]);
            result.Write(with);
            rest = rest[(at + pattern.Length)..];
        }
        result.Write(rest);
        return result.ToArray();
    }
}

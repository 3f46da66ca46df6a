using System.Text;

namespace Lotse.Features.Offline;

/// <summary>Replaces every occurrence of a text in UTF-8 bytes, without decoding them (both texts are whole
/// characters, so a match never starts or ends inside a character).</summary>
internal static class Utf8Replace
{
    /// <summary>The same array when the text does not occur.</summary>
    public static byte[] All(byte[] bytes, string find, string replacement)
    {
        var pieces = Pieces(bytes, find, replacement);
        if (pieces.Count == 1) return bytes;
        var result = new byte[pieces.Sum(p => p.Length)];
        var at = 0;
        foreach (var piece in pieces)
        {
            piece.Span.CopyTo(result.AsSpan(at));
            at += piece.Length;
        }
        return result;
    }

    /// <summary>The bytes with every occurrence replaced, as <see cref="All"/> makes them, as pieces of the array and the
    /// replacement (to be written with one gathering write, without a copy).</summary>
    public static List<ReadOnlyMemory<byte>> Pieces(byte[] bytes, string find, string replacement)
    {
        var pattern = Encoding.UTF8.GetBytes(find);
        var with = Encoding.UTF8.GetBytes(replacement);
        var pieces = new List<ReadOnlyMemory<byte>>();
        var from = 0;
        for (int next; (next = bytes.AsSpan(from).IndexOf(pattern)) >= 0; from += next + pattern.Length)
        {
            pieces.Add(bytes.AsMemory(from, next));
            pieces.Add(with);
        }
        pieces.Add(bytes.AsMemory(from));
        return pieces;
    }
}

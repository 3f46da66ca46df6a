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
        return pieces.Count == 1 ? bytes : Joined(pieces);
    }

    /// <summary>The same bytes (not copied) when the text does not occur.</summary>
    public static ReadOnlyMemory<byte> All(ReadOnlyMemory<byte> bytes, string find, string replacement)
    {
        var pieces = Pieces(bytes, find, replacement);
        return pieces.Count == 1 ? bytes : Joined(pieces);
    }

    /// <summary>The bytes with every occurrence replaced, as <see cref="All(byte[], string, string)"/> makes them, as pieces of
    /// the bytes and the replacement (to be written with one gathering write, without a copy).</summary>
    public static List<ReadOnlyMemory<byte>> Pieces(ReadOnlyMemory<byte> bytes, string find, string replacement)
    {
        var pattern = Encoding.UTF8.GetBytes(find);
        var pieces = new List<ReadOnlyMemory<byte>>(1);
        var from = 0;
        byte[]? with = null;
        for (int next; (next = bytes.Span[from..].IndexOf(pattern)) >= 0; from += next + pattern.Length)
        {
            pieces.Add(bytes.Slice(from, next));
            pieces.Add(with ??= Encoding.UTF8.GetBytes(replacement));
        }
        pieces.Add(bytes[from..]);
        return pieces;
    }

    private static byte[] Joined(List<ReadOnlyMemory<byte>> pieces)
    {
        var result = new byte[pieces.Sum(p => p.Length)];
        var at = 0;
        foreach (var piece in pieces)
        {
            piece.Span.CopyTo(result.AsSpan(at));
            at += piece.Length;
        }
        return result;
    }
}

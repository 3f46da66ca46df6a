using System.Text;
using Lotse.Blocks.Html;

namespace Lotse.Features.Print;

/// <summary>UTF-8 written piece by piece into one array that is reused from chapter to chapter (one per thread) and grows
/// when a chapter is bigger than any before: a chapter is encoded once, straight from the page's text, instead of going
/// through a string builder, a string of it and a second encoding (issue 26).</summary>
internal sealed class Utf8Buffer
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private byte[] _bytes = new byte[64 * 1024];

    public int Length { get; set; }

    public ReadOnlySpan<byte> Written => _bytes.AsSpan(0, Length);

    public Utf8Buffer Append(ReadOnlySpan<byte> utf8)
    {
        utf8.CopyTo(Room(utf8.Length));
        Length += utf8.Length;
        return this;
    }

    /// <summary>Text as UTF-8 (a lone surrogate becomes U+FFFD, as <see cref="UTF8Encoding.GetBytes(string)"/> writes it).</summary>
    public Utf8Buffer Append(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return this;
        Length += Utf8.GetBytes(text, Room(Utf8.GetMaxByteCount(text.Length)));
        return this;
    }

    /// <summary>Text escaped for HTML element content and double-quoted attribute values, as <see cref="HtmlEscape"/> does it.</summary>
    public Utf8Buffer AppendEscaped(ReadOnlySpan<char> text)
    {
        while (true)
        {
            var escaped = HtmlEscape.IndexOfEscaped(text);
            if (escaped < 0) return Append(text);
            Append(text[..escaped]).Append(HtmlEscape.Utf8Entity(text[escaped]));
            text = text[(escaped + 1)..];
        }
    }

    private Span<byte> Room(int bytes)
    {
        if (_bytes.Length - Length < bytes)
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + bytes));
        return _bytes.AsSpan(Length);
    }
}

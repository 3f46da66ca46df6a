using System.Buffers;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text;

namespace Lotse.Blocks.Html;

/// <summary>
/// Reads a written page in one streaming pass (no DOM: the link check needs only ids and local URLs, and
/// the pages come from Markdig and our layouts): every <c>id</c>, and every URL in <c>href</c>/<c>src</c>/
/// <c>action</c> of links, styles, scripts, images and forms. Comments and the contents of script and
/// style elements are skipped; attribute values are entity-decoded.
/// </summary>
/// <remarks>Issue 26: it reads the page's UTF-8 bytes, as the build keeps a page (a string of a 10,000-page site's pages
/// would be made only to be read once here): the markup it looks for is ASCII, and a character outside ASCII is read
/// as one whole, so white space is what <see cref="char.IsWhiteSpace(char)"/> says of the character.</remarks>
/// <param name="strings">Where equal ids and URLs of many pages get one instance (<see cref="HtmlStrings"/>); without it each
/// page's facts have strings of their own.</param>
public sealed class HtmlAnalyzer(HtmlStrings? strings = null)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The longest value (in bytes) decoded on the stack to be looked up in <see cref="HtmlStrings"/>.</summary>
    private const int LongestOnStack = 512;

    /// <summary>The facts of a page given as text (a page not kept as UTF-8): read from its UTF-8 bytes in a rented buffer.</summary>
    public HtmlFacts Analyze(string html)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Utf8.GetByteCount(html));
        try { return Analyze(buffer.AsSpan(0, Utf8.GetBytes(html, buffer))); }
        finally { ArrayPool<byte>.Shared.Return(buffer); }
    }

    /// <summary>The facts of a page kept as UTF-8.</summary>
    public HtmlFacts Analyze(ReadOnlySequence<byte> html)
    {
        if (html.IsSingleSegment) return Analyze(html.FirstSpan);
        return Analyze(html.ToArray());
    }

    public HtmlFacts Analyze(ReadOnlySpan<byte> html)
    {
        var (ids, references) = Read(html);
        // Exact sizes: the facts of every page stay alive until the link check.
        ids.TrimExcess();
        return new HtmlFacts(ids, references.ToArray());
    }

    /// <summary>The facts of a piece of a page that are joined to the others' at once (a Gesamtausgabe's chapter): its
    /// collections as they were filled, not copied again to their exact size.</summary>
    internal HtmlFacts AnalyzePiece(ReadOnlySpan<byte> html)
    {
        var (ids, references) = Read(html);
        return new HtmlFacts(ids, references);
    }

    // Fully optimised from the first call: a build runs each page through here once, mostly before tiered
    // compilation would have promoted the loop from its slow first tier.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (HashSet<string> Ids, List<string> References) Read(ReadOnlySpan<byte> html)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var references = new List<string>(html.Length / 256 + 16);
        var i = 0;
        while (true)
        {
            var lt = html[i..].IndexOf((byte)'<');
            if (lt < 0) break;
            i += lt;
            if (html[i..].StartsWith("<!--"u8))
            {
                var close = html[(i + 4)..].IndexOf("-->"u8);
                i = close < 0 ? html.Length : i + 4 + close + 3;
                continue;
            }
            var nameStart = i + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && char.IsAsciiLetterOrDigit((char)html[nameEnd])) nameEnd++;
            if (nameEnd == nameStart) { i++; continue; }
            var name = html[nameStart..nameEnd];
            var tagEnd = ReadAttributes(html, nameEnd, name, ids, references, strings);
            i = tagEnd;
            if (Ascii.EqualsIgnoreCase(name, "script"u8) || Ascii.EqualsIgnoreCase(name, "style"u8))
            {
                var close = EndTag(html, i, name);
                i = close < 0 ? html.Length : close;
            }
        }
        return (ids, references);
    }

    /// <summary>Where the end tag of the element named <paramref name="name"/> (any case) starts from <paramref name="from"/>; -1 if nowhere.</summary>
    private static int EndTag(ReadOnlySpan<byte> html, int from, ReadOnlySpan<byte> name)
    {
        for (var at = from; at < html.Length;)
        {
            var found = html[at..].IndexOf("</"u8);
            if (found < 0) return -1;
            at += found;
            if (at + 2 + name.Length <= html.Length && Ascii.EqualsIgnoreCase(html.Slice(at + 2, name.Length), name)) return at;
            at += 2;
        }
        return -1;
    }

    /// <summary>Reads the attributes of a start tag; returns the position after its '>'.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int ReadAttributes(ReadOnlySpan<byte> html, int at, ReadOnlySpan<byte> tag, HashSet<string> ids, List<string> references,
        HtmlStrings? strings)
    {
        var referenceAttribute = ReferenceAttributeOf(tag);
        // <a name="x"> (older Markdown and kramdown guides) is a fragment target for browsers as an id is.
        var isAnchorTag = tag.Length == 1 && tag[0] is (byte)'a' or (byte)'A';
        var i = at;
        while (i < html.Length)
        {
            while (i < html.Length)
            {
                if (html[i] == '/') { i++; continue; }
                var space = SpaceAt(html, i);
                if (space == 0) break;
                i += space;
            }
            if (i >= html.Length) return i;
            if (html[i] == '>') return i + 1;
            var nameStart = i;
            while (i < html.Length && html[i] is not ((byte)'=' or (byte)'>' or (byte)'/') && SpaceAt(html, i) == 0) i += CharacterLength(html, i);
            var attribute = html[nameStart..i];
            i = SkipSpace(html, i);
            if (i >= html.Length || html[i] != '=') continue;
            i++;
            i = SkipSpace(html, i);
            if (i >= html.Length) return i;
            int valueStart, valueEnd;
            if (html[i] is (byte)'"' or (byte)'\'')
            {
                var quote = html[i];
                valueStart = i + 1;
                var length = html[valueStart..].IndexOf(quote);
                if (length < 0) return html.Length;
                valueEnd = valueStart + length;
                i = valueEnd + 1;
            }
            else
            {
                valueStart = i;
                while (i < html.Length && html[i] != '>' && SpaceAt(html, i) == 0) i += CharacterLength(html, i);
                valueEnd = i;
            }
            var isId = Ascii.EqualsIgnoreCase(attribute, "id"u8) || (isAnchorTag && Ascii.EqualsIgnoreCase(attribute, "name"u8));
            var isReference = !referenceAttribute.IsEmpty && Ascii.EqualsIgnoreCase(attribute, referenceAttribute);
            if (!isId && !isReference) continue;
            var text = Text(html[valueStart..valueEnd], strings);
            if (isId && text.Length > 0) ids.Add(text);
            if (isReference && text.Length > 0) references.Add(text);
        }
        return i;
    }

    /// <summary>An attribute's value, entity-decoded; the one instance of it in <paramref name="strings"/> when given (a value
    /// met before is found from its characters on the stack, without a string of them).</summary>
    private static string Text(ReadOnlySpan<byte> value, HtmlStrings? strings)
    {
        if (value.Contains((byte)'&'))
        {
            var decoded = WebUtility.HtmlDecode(Utf8.GetString(value));
            return strings is null ? decoded : strings.Of(decoded);
        }
        if (strings is null) return Utf8.GetString(value);
        if (value.Length > LongestOnStack) return strings.Of(Utf8.GetString(value));
        Span<char> characters = stackalloc char[LongestOnStack];
        return strings.Of(characters[..Utf8.GetChars(value, characters)]);
    }

    private static int SkipSpace(ReadOnlySpan<byte> html, int i)
    {
        while (i < html.Length)
        {
            var space = SpaceAt(html, i);
            if (space == 0) return i;
            i += space;
        }
        return i;
    }

    /// <summary>How many bytes the white space character at <paramref name="i"/> has (<see cref="char.IsWhiteSpace(char)"/>); 0 when it is none.</summary>
    private static int SpaceAt(ReadOnlySpan<byte> html, int i)
    {
        var b = html[i];
        if (b < 0x80) return char.IsWhiteSpace((char)b) ? 1 : 0;
        return Rune.DecodeFromUtf8(html[i..], out var rune, out var length) == OperationStatus.Done && Rune.IsWhiteSpace(rune) ? length : 0;
    }

    /// <summary>How many bytes the character at <paramref name="i"/> has (1 for a byte that starts none).</summary>
    private static int CharacterLength(ReadOnlySpan<byte> html, int i) =>
        html[i] < 0x80 ? 1 : Rune.DecodeFromUtf8(html[i..], out _, out var length) == OperationStatus.Done ? length : 1;

    private static ReadOnlySpan<byte> ReferenceAttributeOf(ReadOnlySpan<byte> tag) => tag.Length switch
    {
        1 when tag[0] is (byte)'a' or (byte)'A' => "href"u8,
        4 when Ascii.EqualsIgnoreCase(tag, "link"u8) || Ascii.EqualsIgnoreCase(tag, "area"u8) => "href"u8,
        6 when Ascii.EqualsIgnoreCase(tag, "script"u8) || Ascii.EqualsIgnoreCase(tag, "source"u8) || Ascii.EqualsIgnoreCase(tag, "iframe"u8) => "src"u8,
        3 when Ascii.EqualsIgnoreCase(tag, "img"u8) => "src"u8,
        4 when Ascii.EqualsIgnoreCase(tag, "form"u8) => "action"u8,
        _ => default,
    };
}

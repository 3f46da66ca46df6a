using System.Net;

namespace Lotse.Blocks.Html;

/// <summary>
/// Walks the start and end tags of HTML that Markdig or a layout wrote, in one pass: comments are skipped, and so is the
/// content of <c>script</c>/<c>style</c> (the reader stops at their end tag). The current tag's name and attributes are
/// positions in the text, not strings: a Gesamtausgabe has hundreds of thousands of tags, and only a few of their values
/// are kept (issue 26: a tag object with a string per name and value made most of the print module's garbage).
/// One reader per thread: it reuses its list of attributes from tag to tag.
/// </summary>
internal sealed class HtmlTagReader
{
    private string _html = "";
    private HtmlAttributeRange[] _attributes = new HtmlAttributeRange[8];

    /// <summary>Where the tag starts (its '&lt;').</summary>
    public int Start { get; private set; }

    /// <summary>Where the tag ends (after its '>').</summary>
    public int End { get; private set; }

    public bool IsEnd { get; private set; }

    /// <summary>Whether a '/' stood among the attributes or before the '>'.</summary>
    public bool SelfClosing { get; private set; }

    public int AttributeCount { get; private set; }

    private int _nameStart, _nameLength;

    public ReadOnlySpan<char> Name => _html.AsSpan(_nameStart, _nameLength);

    public bool IsRawText => !IsEnd && IsRawTextName(Name);

    public ReadOnlySpan<char> AttributeName(int k) => _html.AsSpan(_attributes[k].NameStart, _attributes[k].NameLength);

    /// <summary>Whether the attribute has a value (<c>hidden</c> has none, <c>alt=""</c> an empty one).</summary>
    public bool HasValue(int k) => _attributes[k].ValueStart >= 0;

    /// <summary>The value as written, not entity-decoded (empty for an attribute without one).</summary>
    public ReadOnlySpan<char> RawValue(int k) => HasValue(k) ? _html.AsSpan(_attributes[k].ValueStart, _attributes[k].ValueLength) : default;

    /// <summary>The value, entity-decoded, as a string (null for an attribute without one).</summary>
    public string? Value(int k)
    {
        if (!HasValue(k)) return null;
        var raw = RawValue(k);
        return raw.Contains('&') ? WebUtility.HtmlDecode(raw.ToString()) : raw.ToString();
    }

    /// <summary>Where the first attribute of that name is (its case not counting); -1 when the tag has none.</summary>
    public int IndexOf(ReadOnlySpan<char> name)
    {
        for (var k = 0; k < AttributeCount; k++)
            if (AttributeName(k).Equals(name, StringComparison.OrdinalIgnoreCase)) return k;
        return -1;
    }

    /// <summary>Where the first attribute of that name is when it has a value; -1 otherwise.</summary>
    public int IndexOfValue(ReadOnlySpan<char> name) => IndexOf(name) is var k and >= 0 && HasValue(k) ? k : -1;

    /// <summary>Reads the next tag at or after <paramref name="i"/>, which it moves past the tag (for <c>script</c> and
    /// <c>style</c>: to their end tag); false when there is none.</summary>
    public bool Next(string html, ref int i)
    {
        _html = html;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var close = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = close < 0 ? html.Length : close + 3;
                continue;
            }
            if (!Read(html, i)) { i++; continue; }
            i = End;
            if (IsRawText)
            {
                // The content of script and style is text up to the end tag, which the next call reads.
                var close = EndTagOf(html, i, Name);
                i = close < 0 ? html.Length : close;
            }
            return true;
        }
        i = html.Length;
        return false;
    }

    /// <summary>Where the end tag of <paramref name="name"/> (any case) starts at or after <paramref name="from"/>; -1 if nowhere.</summary>
    public static int EndTagOf(string html, int from, ReadOnlySpan<char> name)
    {
        Span<char> endTag = stackalloc char[name.Length + 2];
        "</".CopyTo(endTag);
        name.CopyTo(endTag[2..]);
        var at = html.AsSpan(from).IndexOf(endTag, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? -1 : from + at;
    }

    private static bool IsRawTextName(ReadOnlySpan<char> name) =>
        name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads the tag at <paramref name="at"/> (a '&lt;' followed by a letter, or '&lt;/' and a letter); false otherwise.</summary>
    private bool Read(string html, int at)
    {
        var isEnd = at + 1 < html.Length && html[at + 1] == '/';
        var nameStart = at + (isEnd ? 2 : 1);
        var i = nameStart;
        while (i < html.Length && (char.IsAsciiLetterOrDigit(html[i]) || html[i] == '-')) i++;
        if (i == nameStart || !char.IsAsciiLetter(html[nameStart])) return false;
        (Start, IsEnd, _nameStart, _nameLength, AttributeCount) = (at, isEnd, nameStart, i - nameStart, 0);
        var selfClosing = false;
        while (i < html.Length)
        {
            while (i < html.Length && char.IsWhiteSpace(html[i])) i++;
            if (i >= html.Length) break;
            if (html[i] == '>') { i++; break; }
            if (html[i] == '/') { selfClosing = true; i++; continue; }
            var attributeStart = i;
            while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] is not ('=' or '>' or '/')) i++;
            var attributeLength = i - attributeStart;
            while (i < html.Length && char.IsWhiteSpace(html[i])) i++;
            if (i >= html.Length || html[i] != '=') { Add(new HtmlAttributeRange(attributeStart, attributeLength, -1, 0)); continue; }
            i++;
            while (i < html.Length && char.IsWhiteSpace(html[i])) i++;
            int valueStart, valueEnd;
            if (i < html.Length && html[i] is '"' or '\'')
            {
                var quote = html[i];
                valueStart = i + 1;
                valueEnd = html.IndexOf(quote, valueStart);
                if (valueEnd < 0) valueEnd = html.Length;
                i = Math.Min(html.Length, valueEnd + 1);
            }
            else
            {
                valueStart = i;
                while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] != '>') i++;
                valueEnd = i;
            }
            Add(new HtmlAttributeRange(attributeStart, attributeLength, valueStart, valueEnd - valueStart));
        }
        (SelfClosing, End) = (selfClosing, i);
        return true;
    }

    private void Add(HtmlAttributeRange attribute)
    {
        if (AttributeCount == _attributes.Length) Array.Resize(ref _attributes, _attributes.Length * 2);
        _attributes[AttributeCount++] = attribute;
    }

    /// <summary>An attribute as positions in the text; <see cref="ValueStart"/> is -1 for one without a value.</summary>
    private readonly record struct HtmlAttributeRange(int NameStart, int NameLength, int ValueStart, int ValueLength);
}

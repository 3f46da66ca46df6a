using System.Net;
using System.Runtime.CompilerServices;

namespace Lotse.Blocks.Html;

/// <summary>
/// Reads a written page in one streaming pass (no DOM: the link check needs only ids and local URLs, and
/// the pages come from Markdig and our layouts): every <c>id</c>, and every URL in <c>href</c>/<c>src</c>/
/// <c>action</c> of links, styles, scripts, images and forms. Comments and the contents of script and
/// style elements are skipped; attribute values are entity-decoded.
/// </summary>
public sealed class HtmlAnalyzer
{
    // Fully optimised from the first call: a build runs each page through here once, mostly before tiered
    // compilation would have promoted the loop from its slow first tier.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public HtmlFacts Analyze(string html)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var references = new List<string>(html.Length / 256 + 16);
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var close = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = close < 0 ? html.Length : close + 3;
                continue;
            }
            var nameStart = i + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd])) nameEnd++;
            if (nameEnd == nameStart) { i++; continue; }
            var name = html.AsSpan(nameStart, nameEnd - nameStart);
            var tagEnd = ReadAttributes(html, nameEnd, name, ids, references);
            i = tagEnd;
            if (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase))
            {
                var close = html.IndexOf("</" + name.ToString(), i, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : close;
            }
        }
        return new HtmlFacts(ids, references);
    }

    /// <summary>Reads the attributes of a start tag; returns the position after its '>'.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int ReadAttributes(string html, int at, ReadOnlySpan<char> tag, HashSet<string> ids, List<string> references)
    {
        var referenceAttribute = ReferenceAttributeOf(tag);
        // <a name="x"> (older Markdown and kramdown guides) is a fragment target for browsers as an id is.
        var isAnchorTag = tag.Length == 1 && tag[0] is 'a' or 'A';
        var i = at;
        while (i < html.Length)
        {
            while (i < html.Length && (char.IsWhiteSpace(html[i]) || html[i] == '/')) i++;
            if (i >= html.Length) return i;
            if (html[i] == '>') return i + 1;
            var nameStart = i;
            while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] is not ('=' or '>' or '/')) i++;
            var attribute = html.AsSpan(nameStart, i - nameStart);
            while (i < html.Length && char.IsWhiteSpace(html[i])) i++;
            if (i >= html.Length || html[i] != '=') continue;
            i++;
            while (i < html.Length && char.IsWhiteSpace(html[i])) i++;
            if (i >= html.Length) return i;
            int valueStart, valueEnd;
            if (html[i] is '"' or '\'')
            {
                var quote = html[i];
                valueStart = i + 1;
                valueEnd = html.IndexOf(quote, valueStart);
                if (valueEnd < 0) return html.Length;
                i = valueEnd + 1;
            }
            else
            {
                valueStart = i;
                while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] != '>') i++;
                valueEnd = i;
            }
            var isId = attribute.Equals("id", StringComparison.OrdinalIgnoreCase) || (isAnchorTag && attribute.Equals("name", StringComparison.OrdinalIgnoreCase));
            var isReference = referenceAttribute is not null && attribute.Equals(referenceAttribute, StringComparison.OrdinalIgnoreCase);
            if (!isId && !isReference) continue;
            var value = html.AsSpan(valueStart, valueEnd - valueStart);
            var text = value.Contains('&') ? WebUtility.HtmlDecode(value.ToString()) : value.ToString();
            if (isId && text.Length > 0) ids.Add(text);
            if (isReference && text.Length > 0) references.Add(text);
        }
        return i;
    }

    private static string? ReferenceAttributeOf(ReadOnlySpan<char> tag) => tag.Length switch
    {
        1 when tag[0] is 'a' or 'A' => "href",
        4 when tag.Equals("link", StringComparison.OrdinalIgnoreCase) || tag.Equals("area", StringComparison.OrdinalIgnoreCase) => "href",
        6 when tag.Equals("script", StringComparison.OrdinalIgnoreCase) || tag.Equals("source", StringComparison.OrdinalIgnoreCase) || tag.Equals("iframe", StringComparison.OrdinalIgnoreCase) => "src",
        3 when tag.Equals("img", StringComparison.OrdinalIgnoreCase) => "src",
        4 when tag.Equals("form", StringComparison.OrdinalIgnoreCase) => "action",
        _ => null,
    };
}

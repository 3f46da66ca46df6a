using System.Net;

namespace Lotse.Features.RawHtml;

/// <summary>
/// Splits raw HTML into tags, text and comments the way a browser's tokenizer does (tag names end at
/// whitespace, '/' or '&gt;'; attributes may be separated by '/'; values may be unquoted; the content of
/// <c>&lt;script&gt;</c>, <c>&lt;style&gt;</c> etc. is raw text up to its end tag), so that what the checks
/// and the sanitizer see is what a browser would run. Unterminated tags end with the text.
/// </summary>
internal static class RawHtmlScanner
{
    private static readonly HashSet<string> RawTextElements =
        ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext"];

    public static IReadOnlyList<RawHtmlToken> Scan(string text)
    {
        var tokens = new List<RawHtmlToken>();
        var textStart = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] != '<') { i++; continue; }
            RawHtmlToken? token = null;
            if (string.CompareOrdinal(text, i, "<!--", 0, 4) == 0)
            {
                var close = text.IndexOf("-->", i + 4, StringComparison.Ordinal);
                token = new RawHtmlToken(RawHtmlTokenKind.Comment, i, (close < 0 ? text.Length : close + 3) - i, "", []);
            }
            else if (i + 1 < text.Length && text[i + 1] is '!' or '?')
            {
                var close = text.IndexOf('>', i);
                token = new RawHtmlToken(RawHtmlTokenKind.Comment, i, (close < 0 ? text.Length : close + 1) - i, "", []);
            }
            else if (i + 1 < text.Length && char.IsAsciiLetter(text[i + 1]))
                token = Tag(text, i, RawHtmlTokenKind.StartTag);
            else if (i + 2 < text.Length && text[i + 1] == '/' && char.IsAsciiLetter(text[i + 2]))
                token = Tag(text, i, RawHtmlTokenKind.EndTag);
            if (token is null) { i++; continue; }

            if (i > textStart) tokens.Add(new RawHtmlToken(RawHtmlTokenKind.Text, textStart, i - textStart, "", []));
            tokens.Add(token);
            i = token.End;
            if (token.Kind == RawHtmlTokenKind.StartTag && RawTextElements.Contains(token.Name))
            {
                var close = token.Name == "plaintext" ? -1 : text.IndexOf("</" + token.Name, i, StringComparison.OrdinalIgnoreCase);
                var end = close < 0 ? text.Length : close;
                if (end > i) tokens.Add(new RawHtmlToken(RawHtmlTokenKind.RawText, i, end - i, token.Name, []));
                i = end;
            }
            textStart = i;
        }
        if (textStart < text.Length) tokens.Add(new RawHtmlToken(RawHtmlTokenKind.Text, textStart, text.Length - textStart, "", []));
        return tokens;
    }

    private static RawHtmlToken Tag(string text, int start, RawHtmlTokenKind kind)
    {
        var j = start + (kind == RawHtmlTokenKind.EndTag ? 2 : 1);
        var nameStart = j;
        while (j < text.Length && !IsSpace(text[j]) && text[j] is not ('/' or '>')) j++;
        var name = text[nameStart..j].ToLowerInvariant();
        var attributes = new List<RawHtmlAttribute>();
        while (true)
        {
            while (j < text.Length && (IsSpace(text[j]) || text[j] == '/')) j++;
            if (j >= text.Length) break;
            if (text[j] == '>') { j++; break; }
            var attributeStart = j;
            j++; // the first character may be '='
            while (j < text.Length && !IsSpace(text[j]) && text[j] is not ('/' or '>' or '=')) j++;
            var attributeName = text[attributeStart..j].ToLowerInvariant();
            var k = j;
            while (k < text.Length && IsSpace(text[k])) k++;
            var value = "";
            if (k < text.Length && text[k] == '=')
            {
                k++;
                while (k < text.Length && IsSpace(text[k])) k++;
                if (k < text.Length && text[k] is '"' or '\'')
                {
                    var quote = text[k];
                    var close = text.IndexOf(quote, k + 1);
                    var valueEnd = close < 0 ? text.Length : close;
                    value = text[(k + 1)..valueEnd];
                    j = close < 0 ? text.Length : close + 1;
                }
                else
                {
                    var valueStart = k;
                    while (k < text.Length && !IsSpace(text[k]) && text[k] != '>') k++;
                    value = text[valueStart..k];
                    j = k;
                }
            }
            attributes.Add(new RawHtmlAttribute(attributeName, WebUtility.HtmlDecode(value), attributeStart));
        }
        return new RawHtmlToken(kind, start, j - start, name, attributes);
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}

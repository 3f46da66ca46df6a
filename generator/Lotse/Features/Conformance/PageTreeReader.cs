using System.Buffers;
using System.Globalization;
using System.Net;
using Lotse.Blocks.Html;

namespace Lotse.Features.Conformance;

/// <summary>
/// Reads a built page into its element tree in one pass, without the full HTML parser, when the page is written the
/// way Lotse's layouts and Markdown write it: <c>&lt;!DOCTYPE html&gt;</c>, <c>html</c>, <c>head</c> and <c>body</c>
/// written out, every element closed by its own end tag (or void), no element the HTML parser would close, move or
/// read differently (a block inside <c>p</c>, a row outside a table section, <c>template</c>, <c>textarea</c>, MathML,
/// character references it does not know). For such a page the tree is the one the HTML parser builds; for any other
/// page it gives null and the caller parses the page fully (<see cref="PageTreeFromDom"/>).
/// </summary>
internal static class PageTreeReader
{
    private static readonly HashSet<string> Void = new(StringComparer.Ordinal)
        { "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr" };

    private static readonly HashSet<string> InHead = new(StringComparer.Ordinal) { "meta", "link", "title", "style", "script", "base" };

    /// <summary>Elements of the body the reader builds itself (others: the full parser).</summary>
    private static readonly HashSet<string> InBody = new(StringComparer.Ordinal)
    {
        "a", "abbr", "address", "article", "aside", "audio", "b", "bdi", "bdo", "blockquote", "br", "button", "caption", "cite",
        "code", "col", "colgroup", "data", "dd", "del", "details", "dfn", "dialog", "div", "dl", "dt", "em", "embed", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "i", "img", "input",
        "ins", "kbd", "label", "legend", "li", "link", "main", "mark", "meta", "meter", "nav", "noscript", "object", "ol", "optgroup",
        "option", "output", "p", "picture", "pre", "progress", "q", "s", "samp", "script", "search", "section", "select", "small",
        "source", "span", "strong", "style", "sub", "summary", "sup", "svg", "table", "tbody", "td", "tfoot", "th", "thead", "time",
        "tr", "track", "u", "ul", "var", "video", "wbr",
    };

    /// <summary>Start tags that close an open <c>p</c>.</summary>
    private static readonly HashSet<string> ClosesParagraph = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset", "figcaption",
        "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol", "p", "search", "section", "summary", "ul", "h1", "h2",
        "h3", "h4", "h5", "h6", "pre", "listing", "form", "li", "dd", "dt", "plaintext", "table", "hr", "xmp",
    };

    /// <summary>SVG elements whose name the parser keeps as written (lower case) and that stay SVG.</summary>
    private static readonly HashSet<string> InSvg = new(StringComparer.Ordinal)
        { "a", "circle", "defs", "desc", "ellipse", "g", "line", "mask", "path", "polygon", "polyline", "rect", "stop", "symbol", "text", "title", "tspan", "use" };

    private static readonly HashSet<string> TableParts = new(StringComparer.Ordinal) { "table", "thead", "tbody", "tfoot", "tr", "colgroup", "select", "optgroup" };

    /// <summary>What the names of attributes the reader takes are written with.</summary>
    private static readonly SearchValues<char> AttributeNameCharacters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.");

    private static readonly HashSet<string> Headings = new(StringComparer.Ordinal) { "h1", "h2", "h3", "h4", "h5", "h6" };

    /// <summary>The page's tree, or null when only the full HTML parser builds it exactly.</summary>
    public static PageTree? Read(string html)
    {
        if (html.AsSpan().IndexOfAny('\r', '\0') >= 0) return null;
        try { return new Reader(html).Read(); }
        catch (NotPlainException) { return null; }
    }

    private sealed class NotPlainException : Exception;

    /// <summary>A tag's name (lower case), whether it ends an element, and whether it closes itself (<c>/&gt;</c>).</summary>
    private readonly record struct TagRead(string Name, bool IsEnd, bool SelfClosing);

    /// <summary>The names of elements and attributes pages have most, in lower case: a name read from a page is one of these
    /// strings instead of a new one.</summary>
    private static readonly HashSet<string> CommonNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "html", "head", "body", "title", "a", "abbr", "article", "aside", "b", "blockquote", "br", "button", "caption", "circle",
        "code", "dd", "details", "div", "dl", "dt", "em", "figcaption", "figure", "footer", "form", "g", "h1", "h2", "h3", "h4",
        "h5", "h6", "header", "hr", "i", "img", "input", "label", "li", "link", "main", "meta", "nav", "ol", "p", "path", "pre",
        "rect", "script", "search", "section", "small", "span", "strong", "style", "summary", "svg", "table", "tbody", "td", "th",
        "thead", "time", "tr", "ul", "use",
        "alt", "aria-controls", "aria-current", "aria-describedby", "aria-expanded", "aria-hidden", "aria-label", "aria-labelledby",
        "action", "autocomplete", "charset", "class", "colspan", "content", "d", "data-lotse-search", "datetime", "defer", "download",
        "fill", "focusable", "for", "height", "hidden", "href", "hreflang", "http-equiv", "id", "lang", "loading", "media", "method",
        "name", "open", "placeholder", "property", "rel", "role", "rowspan", "scope", "src", "stroke", "tabindex", "type", "value",
        "viewbox", "width", "xmlns",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CommonNamesBySpan =
        CommonNames.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>An element's name in lower case (its letters are ASCII).</summary>
    private static string NameOf(ReadOnlySpan<char> name) =>
        CommonNamesBySpan.TryGetValue(name, out var known) ? known : name.ToString().ToLowerInvariant();

    private static readonly HashSet<string> CheckedAttributesIgnoringCase = new(PageElement.CheckedAttributes, StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CheckedAttributesBySpan =
        CheckedAttributesIgnoringCase.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The runs of white space between a page's tags (most of its texts): one string each for all pages.</summary>
    private static readonly string[] CommonSpaces = ["\n", "\n\n", "\n\n\n", " ", "\n\n\n\n"];

    /// <summary>The text as a string: one of <see cref="CommonSpaces"/> when it is one.</summary>
    private static string TextOf(ReadOnlySpan<char> text)
    {
        if (text.Length <= 4)
            foreach (var space in CommonSpaces)
                if (text.SequenceEqual(space)) return space;
        return text.ToString();
    }

    private sealed class Reader(string html)
    {
        private int i;
        private readonly List<(string Name, string Value)> attributes = [];

        /// <summary>The children of the open elements, innermost last; <see cref="Close"/> moves an element's into it.</summary>
        private readonly List<object> children = [];

        /// <summary>Where each open element's children start in <see cref="children"/>, innermost last.</summary>
        private readonly Stack<int> openChildren = new();

        private int elementCount;
        private string title = "";
        private bool hasTitle;

        public PageTree Read()
        {
            SkipSpaceAndComments();
            Expect(string.CompareOrdinal(html, i, "<!", 0, 2) == 0);
            var close = html.IndexOf('>', i);
            Expect(close > 0 && html.AsSpan(i + 2, close - i - 2).Trim().Equals("DOCTYPE html", StringComparison.OrdinalIgnoreCase)
                && html.AsSpan(i + 2, 7).Equals("DOCTYPE", StringComparison.OrdinalIgnoreCase) && char.IsWhiteSpace(html[i + 9]));
            i = close + 1;

            SkipSpaceAndComments();
            var root = Element(StartTag("html"), null);
            Open();
            SkipSpaceAndComments();
            var head = Element(StartTag("head"), root);
            Open();
            ReadHead(head);
            Close(head);
            Space();
            var body = Element(StartTag("body"), root);
            Open();
            ReadBody(body);
            Space();
            Close(body);
            if (i < html.Length)
            {
                var end = Tag();
                Expect(end.IsEnd && end.Name == "html");
                SkipSpaceAndComments();
                Expect(i == html.Length);
            }
            Expect(hasTitle);
            Close(root);
            return new PageTree(root, title, elementCount);
        }

        private void ReadHead(PageElement head)
        {
            while (true)
            {
                Space();
                var tag = Tag();
                if (tag.IsEnd) { Expect(tag.Name == "head"); return; }
                Expect(InHead.Contains(tag.Name));
                var element = Element(tag, head);
                if (tag.Name == "title") ReadTitle(element);
                else if (tag.Name is "script" or "style") RawText(element);
                else Expect(Void.Contains(tag.Name));
            }
        }

        private void ReadTitle(PageElement element)
        {
            var close = html.IndexOf("</title", i, StringComparison.OrdinalIgnoreCase);
            Expect(close >= 0 && close + 7 < html.Length && html[close + 7] == '>');
            var text = Decode(i, close);
            if (text.Length > 0) element.Children = [text];
            if (!hasTitle) title = text;
            hasTitle = true;
            i = close + 8;
        }

        private void RawText(PageElement element)
        {
            var endTag = "</" + element.Name;
            var close = html.IndexOf(endTag, i, StringComparison.OrdinalIgnoreCase);
            Expect(close >= 0 && close + endTag.Length < html.Length && html[close + endTag.Length] == '>');
            var text = html.AsSpan(i, close - i);
            Expect(!text.Contains("<!--", StringComparison.Ordinal));
            if (text.Length > 0) element.Children = [TextOf(text)];
            i = close + endTag.Length + 1;
        }

        /// <summary>The body's content up to its end tag (or the end of the page).</summary>
        private void ReadBody(PageElement body)
        {
            var current = body;
            var svgDepth = 0;
            while (true)
            {
                var lt = NextTagStart();
                if (lt > i) Text(current, i, lt);
                i = lt;
                if (i >= html.Length) { Expect(current == body); return; }
                if (html[i + 1] == '!') { Comment(); continue; }
                var tag = Tag();
                if (tag.IsEnd)
                {
                    if (current == body) { Expect(tag.Name == "body"); return; }
                    Expect(tag.Name == current.Name);
                    if (current.Name == "svg") svgDepth--;
                    Close(current);
                    current = current.Parent!;
                    continue;
                }
                var name = tag.Name;
                if (svgDepth > 0) Expect(InSvg.Contains(name));
                else
                {
                    Expect(InBody.Contains(name) && Allowed(current, name));
                    Expect(!tag.SelfClosing || Void.Contains(name));
                }
                var element = Element(tag, current);
                if (svgDepth > 0 && tag.SelfClosing) continue;
                if (svgDepth == 0 && Void.Contains(name)) continue;
                if (svgDepth == 0 && name is "script" or "style") { RawText(element); continue; }
                if (name == "svg") svgDepth++;
                Open();
                current = element;
                if (name == "pre" && i < html.Length && html[i] == '\n') i++;
            }
        }

        /// <summary>Whether the parser puts a start tag of that name inside <paramref name="current"/> as it is.</summary>
        private static bool Allowed(PageElement current, string name)
        {
            switch (current.Name)
            {
                case "table": return name is "caption" or "colgroup" or "thead" or "tbody" or "tfoot";
                case "thead" or "tbody" or "tfoot": return name == "tr";
                case "tr": return name is "td" or "th";
                case "colgroup": return name == "col";
                case "select": return name is "option" or "optgroup";
                case "optgroup": return name == "option";
                case "option": return false;
            }
            if (name is "tr" or "td" or "th" or "thead" or "tbody" or "tfoot" or "caption" or "colgroup" or "col" or "option" or "optgroup") return false;
            if (name is "li") return current.Name is "ul" or "ol" or "menu";
            if (name is "dd" or "dt") return current.Name == "dl" || current.Name == "div" && current.Parent?.Name == "dl";
            if (Headings.Contains(name) && Headings.Contains(current.Name)) return false;
            for (var open = current; open is not null; open = open.Parent)
            {
                if (open.Name == "p" && ClosesParagraph.Contains(name)) return false;
                if (open.Name == name && name is "a" or "button" or "form") return false;
            }
            return true;
        }

        private void Text(PageElement parent, int start, int end)
        {
            if (TableParts.Contains(parent.Name) && parent.Name is not ("select" or "optgroup")) Expect(IsSpace(start, end));
            children.Add(Decode(start, end));
        }

        /// <summary>White space and comments, the white space a text of the innermost open element.</summary>
        private void Space()
        {
            var start = i;
            while (i < html.Length && IsSpace(html[i])) i++;
            if (i > start) children.Add(TextOf(html.AsSpan(start, i - start)));
            while (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                Comment();
                start = i;
                while (i < html.Length && IsSpace(html[i])) i++;
                if (i > start) children.Add(TextOf(html.AsSpan(start, i - start)));
            }
        }

        private void SkipSpaceAndComments()
        {
            while (true)
            {
                while (i < html.Length && IsSpace(html[i])) i++;
                if (string.CompareOrdinal(html, i, "<!--", 0, 4) != 0) return;
                Comment();
            }
        }

        private void Comment()
        {
            Expect(string.CompareOrdinal(html, i, "<!--", 0, 4) == 0 && i + 4 < html.Length && html[i + 4] != '>'
                && string.CompareOrdinal(html, i + 4, "->", 0, 2) != 0);
            var close = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
            Expect(close >= 0);
            var bang = html.IndexOf("--!>", i + 4, close - i - 4 + 3, StringComparison.Ordinal);
            Expect(bang < 0);
            i = close + 3;
        }

        /// <summary>Where the next tag or comment starts ('&lt;' then a letter, '/' or '!'); a lone '&lt;' is text.</summary>
        private int NextTagStart()
        {
            var at = i;
            while ((at = html.IndexOf('<', at)) >= 0)
            {
                if (at + 1 >= html.Length) throw new NotPlainException();
                var next = html[at + 1];
                if (char.IsAsciiLetter(next) || next == '!') return at;
                if (next == '/') { Expect(at + 2 < html.Length && char.IsAsciiLetter(html[at + 2])); return at; }
                Expect(next is ' ' or '\n' or '\t');
                at++;
            }
            return html.Length;
        }

        private TagRead StartTag(string name)
        {
            var tag = Tag();
            Expect(!tag.IsEnd && tag.Name == name && !tag.SelfClosing);
            return tag;
        }

        /// <summary>The tag at the reader's place, read as the HTML tokenizer reads it, its attributes (names in lower
        /// case, values decoded) in <see cref="attributes"/> until the next tag; anything else (a space the tokenizer reads
        /// as a character, an end tag with more than its name, a '&lt;' inside) is left to the parser.</summary>
        private TagRead Tag()
        {
            var start = i;
            Expect(i + 1 < html.Length && html[i] == '<');
            attributes.Clear();
            var isEnd = html[i + 1] == '/';
            var at = start + (isEnd ? 2 : 1);
            var nameStart = at;
            while (at < html.Length && (char.IsAsciiLetterOrDigit(html[at]) || html[at] == '-')) at++;
            Expect(at > nameStart && char.IsAsciiLetter(html[nameStart]) && at < html.Length);
            var name = NameOf(html.AsSpan(nameStart, at - nameStart));
            Expect(html[at] is '>' or '/' or ' ' or '\n' or '\t');
            if (isEnd)
            {
                Expect(html[at] == '>');
                i = at + 1;
                return new TagRead(name, true, false);
            }
            var selfClosing = false;
            var hasReference = false;
            while (true)
            {
                while (at < html.Length && IsSpace(html[at])) at++;
                Expect(at < html.Length);
                var c = html[at];
                if (c == '>') { at++; break; }
                if (c == '/')
                {
                    Expect(at + 1 < html.Length && html[at + 1] == '>');
                    selfClosing = true;
                    at += 2;
                    break;
                }
                var attributeStart = at;
                while (at < html.Length && html[at] is not (' ' or '\n' or '\t' or '\f' or '=' or '>' or '/')) at++;
                Expect(at > attributeStart && at < html.Length
                    && !html.AsSpan(attributeStart, at - attributeStart).ContainsAnyExcept(AttributeNameCharacters));
                var attribute = CheckedAttributesBySpan.TryGetValue(html.AsSpan(attributeStart, at - attributeStart), out var known) ? known : null;
                while (at < html.Length && IsSpace(html[at])) at++;
                if (at >= html.Length || html[at] != '=')
                {
                    if (attribute is not null) Add(attribute, "");
                    continue;
                }
                at++;
                while (at < html.Length && IsSpace(html[at])) at++;
                Expect(at < html.Length);
                int valueStart, valueEnd;
                if (html[at] is '"' or '\'')
                {
                    valueStart = at + 1;
                    valueEnd = html.IndexOf(html[at], valueStart);
                    Expect(valueEnd >= 0);
                    at = valueEnd + 1;
                }
                else
                {
                    valueStart = at;
                    while (at < html.Length && html[at] is not (' ' or '\n' or '\t' or '\f' or '>'))
                    {
                        var v = html[at];
                        Expect(v >= 0x20 && !(v > 0x7F && char.IsWhiteSpace(v)));
                        at++;
                    }
                    valueEnd = at;
                }
                var value = html.AsSpan(valueStart, valueEnd - valueStart);
                Expect(!value.Contains('<'));
                var withReference = value.Contains('&');
                hasReference |= withReference;
                if (attribute is null) continue;
                Add(attribute, withReference ? WebUtility.HtmlDecode(value.ToString()) : value.ToString());
            }
            if (hasReference) CheckReferences(start, at);
            i = at;
            return new TagRead(name, false, selfClosing);
        }

        /// <summary>An attribute the tag gives again is the first one's (as the tokenizer drops it).</summary>
        private void Add(string name, string value)
        {
            foreach (var (known, _) in attributes)
                if (ReferenceEquals(known, name) || known == name) return;
            attributes.Add((name, value));
        }

        /// <summary>The element of a start tag, a child of the innermost open element (<paramref name="parent"/>).</summary>
        private PageElement Element(TagRead tag, PageElement? parent)
        {
            var element = new PageElement(tag.Name, parent);
            if (attributes.Count > 0) element.Attributes = [.. attributes];
            if (parent is not null) children.Add(element);
            elementCount++;
            return element;
        }

        /// <summary>The element made last is open: the children read next are its.</summary>
        private void Open() => openChildren.Push(children.Count);

        /// <summary>The innermost open element ends: its children move into it.</summary>
        private void Close(PageElement element)
        {
            var start = openChildren.Pop();
            var count = children.Count - start;
            if (count == 0) return;
            var own = new object[count];
            children.CopyTo(start, own, 0, count);
            children.RemoveRange(start, count);
            element.Children = own;
        }

        private string Decode(int start, int end)
        {
            var text = html.AsSpan(start, end - start);
            if (!text.Contains('&')) return TextOf(text);
            CheckReferences(start, end);
            return WebUtility.HtmlDecode(text.ToString());
        }

        /// <summary>Every '&amp;' starts a character reference that the HTML parser and <see cref="WebUtility.HtmlDecode(string)"/>
        /// read alike (named with ';', or a number of a printable character), or is followed by a space.</summary>
        private void CheckReferences(int start, int end)
        {
            for (var at = html.IndexOf('&', start, end - start); at >= 0; at = at + 1 < end ? html.IndexOf('&', at + 1, end - at - 1) : -1)
            {
                var semicolon = html.IndexOf(';', at, Math.Min(40, end - at));
                if (at + 1 < end && html[at + 1] is ' ' or '\n' or '\t' or '"' or '\'') continue;
                Expect(semicolon > at + 1);
                var reference = html.AsSpan(at + 1, semicolon - at - 1);
                if (reference[0] == '#')
                {
                    var hex = reference.Length > 1 && reference[1] is 'x' or 'X';
                    var digits = reference[(hex ? 2 : 1)..];
                    Expect(digits.Length is > 0 and <= 6);
                    Expect(int.TryParse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var value));
                    Expect(value is 9 or 10 or >= 0x20 and <= 0x7E or >= 0xA0 and <= 0xD7FF or >= 0xE000 and <= 0xFDCF or >= 0xFDF0 and <= 0xFFFD or >= 0x10000 and <= 0x10FFFF);
                }
                else
                {
                    Expect(reference.Length > 0 && char.IsAsciiLetter(reference[0]));
                    foreach (var c in reference) Expect(char.IsAsciiLetterOrDigit(c));
                    var entity = html.Substring(at, semicolon - at + 1);
                    Expect(WebUtility.HtmlDecode(entity) != entity);
                }
            }
        }

        private bool IsSpace(int start, int end)
        {
            for (var k = start; k < end; k++)
                if (!IsSpace(html[k])) return false;
            return true;
        }

        private static bool IsSpace(char c) => c is ' ' or '\n' or '\t' or '\f';

        private static void Expect(bool condition)
        {
            if (!condition) throw new NotPlainException();
        }
    }
}

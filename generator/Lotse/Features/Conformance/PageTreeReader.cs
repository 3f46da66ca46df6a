using System.Runtime.CompilerServices;
using System.Buffers;
using System.Globalization;
using System.Net;
using System.Runtime.InteropServices;
using System.Text;
using Lotse.Blocks.Html;

namespace Lotse.Features.Conformance;

/// <summary>
/// Reads a built page into its element tree in one pass, without the full HTML parser, when the page is written the
/// way Lotse's layouts and Markdown write it: <c>&lt;!DOCTYPE html&gt;</c>, <c>html</c>, <c>head</c> and <c>body</c>
/// written out, every element closed by its own end tag (or void), no element the HTML parser would close, move or
/// read differently (a block inside <c>p</c>, a row outside a table section, <c>template</c>, <c>textarea</c>, MathML,
/// character references it does not know). For such a page the tree is the one the HTML parser builds; for any other
/// page it gives null and the caller parses the page fully (<see cref="PageTreeFromDom"/>).
/// Issue 26: it reads the page's UTF-8 bytes, as the build keeps a page, without a string of the page: the markup it
/// reads is ASCII, and it makes strings only of the texts and of the attributes the checks read.
/// Its hot methods (and those of <see cref="PageChecks"/>, <see cref="PageElement"/>, <see cref="PageTreeSpace"/>) are
/// compiled fully optimised at their first call (<see cref="MethodImplOptions.AggressiveOptimization"/>): a build checks
/// each page once, mostly in the ReadyToRun code, which ran them at about half the speed (10k pages: the module's CPU
/// 2.6-3.2 s -> 1.9-2.1 s with this alone).
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

    /// <summary>What the names of attributes the reader takes are written with.</summary>
    private static readonly SearchValues<byte> AttributeNameCharacters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_."u8);

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static readonly HashSet<string> Headings = new(StringComparer.Ordinal) { "h1", "h2", "h3", "h4", "h5", "h6" };

    /// <summary>The page's tree, or null when only the full HTML parser builds it exactly.</summary>
    public static PageTree? Read(string html, PageTreeSpace? space = null) => Read(Utf8.GetBytes(html), space ?? new PageTreeSpace());

    /// <summary>The tree of a page kept as UTF-8 (<see cref="Read(string)"/>), in <paramref name="space"/> (a new one
    /// when not given; the tree is valid until the space reads the next page).</summary>
    public static PageTree? Read(ReadOnlySequence<byte> html, PageTreeSpace? space = null) =>
        Read(html.IsSingleSegment && MemoryMarshal.TryGetArray(html.First, out var whole) && whole is { Offset: 0, Array: { } array }
            && whole.Count == array.Length ? array : html.ToArray(), space ?? new PageTreeSpace());

    private static PageTree? Read(byte[] html, PageTreeSpace space)
    {
        if (html.AsSpan().IndexOfAny((byte)'\r', (byte)0) >= 0) return null;
        space.Start(html);
        try { return new Reader(html, space).Read(); }
        catch (NotPlainException) { return null; }
    }

    private sealed class NotPlainException : Exception;

    /// <summary>A tag's name (lower case), whether it ends an element, and whether it closes itself (<c>/&gt;</c>).</summary>
    private readonly record struct TagRead(string Name, NameKind Kind, bool IsEnd, bool SelfClosing);

    /// <summary>What the reader's rules say of an element's name (<see cref="Void"/>, <see cref="InHead"/>, …): found once
    /// with the name (<see cref="NameOf"/>), not in a set for each rule.</summary>
    [Flags]
    private enum NameKind
    {
        None = 0,
        Void = 1,
        InHead = 2,
        InBody = 4,
        ClosesParagraph = 8,
        InSvg = 16,
        Heading = 32,
    }

    private static NameKind KindOf(string name) =>
        (Void.Contains(name) ? NameKind.Void : 0) | (InHead.Contains(name) ? NameKind.InHead : 0) | (InBody.Contains(name) ? NameKind.InBody : 0)
        | (ClosesParagraph.Contains(name) ? NameKind.ClosesParagraph : 0) | (InSvg.Contains(name) ? NameKind.InSvg : 0)
        | (Headings.Contains(name) ? NameKind.Heading : 0);

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

    private static readonly AsciiNames<NameKind> CommonNamesByBytes = new(CommonNames, KindOf);

    /// <summary>An element's name in lower case (its letters are ASCII) and what the rules say of it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (string Name, NameKind Kind) NameOf(ReadOnlySpan<byte> name)
    {
        if (CommonNamesByBytes.TryFind(name, out var known, out var kind)) return (known, kind);
        var other = Encoding.ASCII.GetString(name).ToLowerInvariant();
        return (other, KindOf(other));
    }

    private static readonly AsciiNames<bool> CheckedAttributesByBytes = new(PageElement.CheckedAttributes, _ => true);

    /// <summary>The attribute's name in lower case when the checks read it (<see cref="PageElement.CheckedAttributes"/>), else null.</summary>
    private static string? CheckedAttributeOf(ReadOnlySpan<byte> name) => CheckedAttributesByBytes.TryFind(name, out var known, out _) ? known : null;

    /// <summary>The runs of white space between a page's tags (most of its texts): one string each for all pages.</summary>
    private static readonly string[] CommonSpaces = ["\n", "\n\n", "\n\n\n", " ", "\n\n\n\n"];

    /// <summary>The text of UTF-8 bytes as a string: one of <see cref="CommonSpaces"/> when it is one.</summary>
    internal static string TextOf(ReadOnlySpan<byte> text)
    {
        if (text.Length <= 4 && !text.ContainsAnyExcept((byte)' ', (byte)'\n'))
            foreach (var space in CommonSpaces)
                if (text.Length == space.Length && Ascii.Equals(text, space)) return space;
        return Utf8.GetString(text);
    }

    /// <summary>Where <paramref name="tag"/> (ASCII, any case) is next in <paramref name="html"/> from <paramref name="from"/>; -1 if nowhere.</summary>
    private static int IndexOfIgnoringCase(byte[] html, int from, ReadOnlySpan<byte> tag)
    {
        for (var at = from; at < html.Length;)
        {
            var found = html.AsSpan(at).IndexOf(tag[..2]);
            if (found < 0) return -1;
            at += found;
            if (at + tag.Length <= html.Length && Ascii.EqualsIgnoreCase(html.AsSpan(at, tag.Length), tag)) return at;
            at++;
        }
        return -1;
    }

    private static bool StartsWith(byte[] html, int at, ReadOnlySpan<byte> value) => at <= html.Length && html.AsSpan(at).StartsWith(value);

    /// <summary>An attribute of the tag read last: a bare one (its value empty) or a place in the page's bytes.</summary>
    internal readonly record struct TagAttribute(string Name, int Start, int Length, bool HasReference, bool Bare);

    /// <summary>What a reader needs while it reads, reused by the next page's reader.</summary>
    internal sealed class Scratch
    {
        internal readonly List<TagAttribute> Attributes = [];
        internal readonly List<PageTreeSpace.Node> Children = [];
        internal readonly Stack<int> OpenChildren = new();
    }

    private sealed class Reader(byte[] html, PageTreeSpace space)
    {
        private int i;
        private readonly List<TagAttribute> attributes = space.ReaderScratch.Attributes;

        /// <summary>The children of the open elements, innermost last; <see cref="Close"/> moves an element's into it.</summary>
        private readonly List<PageTreeSpace.Node> children = space.ReaderScratch.Children;

        /// <summary>Where each open element's children start in <see cref="children"/>, innermost last.</summary>
        private readonly Stack<int> openChildren = space.ReaderScratch.OpenChildren;

        private string title = "";
        private bool hasTitle;

        public PageTree Read()
        {
            attributes.Clear();
            children.Clear();
            openChildren.Clear();
            SkipSpaceAndComments();
            Expect(StartsWith(html, i, "<!"u8));
            var close = html.AsSpan(i).IndexOf((byte)'>');
            Expect(close > 0);
            close += i;
            var doctype = html.AsSpan(i + 2, close - i - 2);
            Expect(Ascii.EqualsIgnoreCase(doctype[Ascii.Trim(doctype)], "DOCTYPE html"u8)
                && Ascii.EqualsIgnoreCase(html.AsSpan(i + 2, 7), "DOCTYPE"u8) && html[i + 9] is (byte)' ' or (byte)'\n' or (byte)'\t' or (byte)'\f' or 0x0B);
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
            return new PageTree(space, root, title);
        }

        private void ReadHead(PageElement head)
        {
            while (true)
            {
                Space();
                var tag = Tag();
                if (tag.IsEnd) { Expect(tag.Name == "head"); return; }
                Expect(tag.Kind.HasFlag(NameKind.InHead));
                var element = Element(tag, head);
                if (tag.Name == "title") ReadTitle(element);
                else if (tag.Name is "script" or "style") RawText(element);
                else Expect(tag.Kind.HasFlag(NameKind.Void));
            }
        }

        private void ReadTitle(PageElement element)
        {
            var close = IndexOfIgnoringCase(html, i, "</title"u8);
            Expect(close >= 0 && close + 7 < html.Length && html[close + 7] == '>');
            var text = Decode(i, close);
            if (text.Length > 0) space.SetChildren(element, [PageTreeSpace.TextNode(text)]);
            if (!hasTitle) title = text;
            hasTitle = true;
            i = close + 8;
        }

        private void RawText(PageElement element)
        {
            var endTag = element.Name == "script" ? "</script"u8 : "</style"u8;
            var close = IndexOfIgnoringCase(html, i, endTag);
            Expect(close >= 0 && close + endTag.Length < html.Length && html[close + endTag.Length] == '>');
            var text = html.AsSpan(i, close - i);
            Expect(text.IndexOf("<!--"u8) < 0);
            if (text.Length > 0) space.SetChildren(element, [PageTreeSpace.TextNode(i, text.Length, hasReference: false)]);
            i = close + endTag.Length + 1;
        }

        /// <summary>The body's content up to its end tag (or the end of the page).</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
                var isVoid = tag.Kind.HasFlag(NameKind.Void);
                if (svgDepth > 0) Expect(tag.Kind.HasFlag(NameKind.InSvg));
                else
                {
                    Expect(tag.Kind.HasFlag(NameKind.InBody) && Allowed(current, name, tag.Kind));
                    Expect(!tag.SelfClosing || isVoid);
                }
                var element = Element(tag, current);
                if (svgDepth > 0 && tag.SelfClosing) continue;
                if (svgDepth == 0 && isVoid) continue;
                if (svgDepth == 0 && name is "script" or "style") { RawText(element); continue; }
                if (name == "svg") svgDepth++;
                Open();
                current = element;
                if (name == "pre" && i < html.Length && html[i] == '\n') i++;
            }
        }

        /// <summary>Whether the parser puts a start tag of that name inside <paramref name="current"/> as it is.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static bool Allowed(PageElement current, string name, NameKind kind)
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
            if (kind.HasFlag(NameKind.Heading) && Headings.Contains(current.Name)) return false;
            // Only these are closed or moved by an open ancestor.
            if (!kind.HasFlag(NameKind.ClosesParagraph) && name is not ("a" or "button" or "form")) return true;
            for (var open = current; open is not null; open = open.Parent)
            {
                if (open.Name == "p" && kind.HasFlag(NameKind.ClosesParagraph)) return false;
                if (open.Name == name && name is "a" or "button" or "form") return false;
            }
            return true;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void Text(PageElement parent, int start, int end)
        {
            if (parent.Name is "table" or "thead" or "tbody" or "tfoot" or "tr" or "colgroup") Expect(IsSpace(start, end));
            var hasReference = html.AsSpan(start, end - start).Contains((byte)'&');
            if (hasReference) CheckReferences(start, end);
            children.Add(PageTreeSpace.TextNode(start, end - start, hasReference));
        }

        /// <summary>White space and comments, the white space a text of the innermost open element.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void Space()
        {
            var start = i;
            while (i < html.Length && IsSpace(html[i])) i++;
            if (i > start) children.Add(PageTreeSpace.TextNode(start, i - start, hasReference: false));
            while (StartsWith(html, i, "<!--"u8))
            {
                Comment();
                start = i;
                while (i < html.Length && IsSpace(html[i])) i++;
                if (i > start) children.Add(PageTreeSpace.TextNode(start, i - start, hasReference: false));
            }
        }

        private void SkipSpaceAndComments()
        {
            while (true)
            {
                while (i < html.Length && IsSpace(html[i])) i++;
                if (!StartsWith(html, i, "<!--"u8)) return;
                Comment();
            }
        }

        private void Comment()
        {
            Expect(StartsWith(html, i, "<!--"u8) && i + 4 < html.Length && html[i + 4] != '>' && !StartsWith(html, i + 4, "->"u8));
            var close = html.AsSpan(i + 4).IndexOf("-->"u8);
            Expect(close >= 0);
            close += i + 4;
            Expect(html.AsSpan(i + 4, close - i - 4 + 3).IndexOf("--!>"u8) < 0);
            i = close + 3;
        }

        /// <summary>Where the next tag or comment starts ('&lt;' then a letter, '/' or '!'); a lone '&lt;' is text.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private int NextTagStart()
        {
            var at = i;
            while (at < html.Length)
            {
                var found = html.AsSpan(at).IndexOf((byte)'<');
                if (found < 0) break;
                at += found;
                if (at + 1 >= html.Length) throw new NotPlainException();
                var next = (char)html[at + 1];
                if (char.IsAsciiLetter(next) || next == '!') return at;
                if (next == '/') { Expect(at + 2 < html.Length && char.IsAsciiLetter((char)html[at + 2])); return at; }
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
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private TagRead Tag()
        {
            var start = i;
            Expect(i + 1 < html.Length && html[i] == '<');
            attributes.Clear();
            var isEnd = html[i + 1] == '/';
            var at = start + (isEnd ? 2 : 1);
            var nameStart = at;
            while (at < html.Length && (char.IsAsciiLetterOrDigit((char)html[at]) || html[at] == '-')) at++;
            Expect(at > nameStart && char.IsAsciiLetter((char)html[nameStart]) && at < html.Length && at - nameStart <= 64);
            var (name, kind) = NameOf(html.AsSpan(nameStart, at - nameStart));
            Expect(html[at] is (byte)'>' or (byte)'/' or (byte)' ' or (byte)'\n' or (byte)'\t');
            if (isEnd)
            {
                Expect(html[at] == '>');
                i = at + 1;
                return new TagRead(name, kind, true, false);
            }
            var selfClosing = false;
            var hasReference = false;
            while (true)
            {
                while (at < html.Length && IsSpace(html[at])) at++;
                Expect(at < html.Length);
                var c = (char)html[at];
                if (c == '>') { at++; break; }
                if (c == '/')
                {
                    Expect(at + 1 < html.Length && html[at + 1] == '>');
                    selfClosing = true;
                    at += 2;
                    break;
                }
                var attributeStart = at;
                while (at < html.Length && html[at] is not ((byte)' ' or (byte)'\n' or (byte)'\t' or (byte)'\f' or (byte)'=' or (byte)'>' or (byte)'/')) at++;
                Expect(at > attributeStart && at < html.Length
                    && !html.AsSpan(attributeStart, at - attributeStart).ContainsAnyExcept(AttributeNameCharacters));
                var attribute = CheckedAttributeOf(html.AsSpan(attributeStart, at - attributeStart));
                while (at < html.Length && IsSpace(html[at])) at++;
                if (at >= html.Length || html[at] != '=')
                {
                    if (attribute is not null) Add(new TagAttribute(attribute, 0, 0, false, Bare: true));
                    continue;
                }
                at++;
                while (at < html.Length && IsSpace(html[at])) at++;
                Expect(at < html.Length);
                int valueStart, valueEnd;
                if (html[at] is (byte)'"' or (byte)'\'')
                {
                    valueStart = at + 1;
                    valueEnd = html.AsSpan(valueStart).IndexOf(html[at]);
                    Expect(valueEnd >= 0);
                    valueEnd += valueStart;
                    at = valueEnd + 1;
                }
                else
                {
                    valueStart = at;
                    while (at < html.Length && html[at] is not ((byte)' ' or (byte)'\n' or (byte)'\t' or (byte)'\f' or (byte)'>'))
                    {
                        // Outside ASCII, a character may be white space the tokenizer reads otherwise: the parser's.
                        Expect(html[at] is >= 0x20 and < 0x80);
                        at++;
                    }
                    valueEnd = at;
                }
                var value = html.AsSpan(valueStart, valueEnd - valueStart);
                Expect(!value.Contains((byte)'<'));
                var withReference = value.Contains((byte)'&');
                hasReference |= withReference;
                if (attribute is null) continue;
                Add(new TagAttribute(attribute, valueStart, valueEnd - valueStart, withReference, Bare: false));
            }
            if (hasReference) CheckReferences(start, at);
            i = at;
            return new TagRead(name, kind, false, selfClosing);
        }

        /// <summary>An attribute the tag gives again is the first one's (as the tokenizer drops it).</summary>
        private void Add(TagAttribute attribute)
        {
            foreach (var known in attributes)
                if (ReferenceEquals(known.Name, attribute.Name) || known.Name == attribute.Name) return;
            attributes.Add(attribute);
        }

        /// <summary>The element of a start tag, a child of the innermost open element (<paramref name="parent"/>).</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private PageElement Element(TagRead tag, PageElement? parent)
        {
            var element = space.NewElement(tag.Name, parent);
            foreach (var attribute in attributes)
                if (attribute.Bare) space.AddAttribute(element, attribute.Name, "");
                else space.AddAttribute(element, attribute.Name, attribute.Start, attribute.Length, attribute.HasReference);
            if (parent is not null) children.Add(PageTreeSpace.ElementNode(element));
            return element;
        }

        /// <summary>The element made last is open: the children read next are its.</summary>
        private void Open() => openChildren.Push(children.Count);

        /// <summary>The innermost open element ends: its children move into it.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void Close(PageElement element)
        {
            var start = openChildren.Pop();
            var count = children.Count - start;
            space.SetChildren(element, CollectionsMarshal.AsSpan(children).Slice(start, count));
            children.RemoveRange(start, count);
        }

        private string Decode(int start, int end)
        {
            var text = html.AsSpan(start, end - start);
            if (!text.Contains((byte)'&')) return TextOf(text);
            CheckReferences(start, end);
            return WebUtility.HtmlDecode(Utf8.GetString(text));
        }

        /// <summary>Every '&amp;' starts a character reference that the HTML parser and <see cref="WebUtility.HtmlDecode(string)"/>
        /// read alike (named with ';', or a number of a printable character), or is followed by a space.</summary>
        private void CheckReferences(int start, int end)
        {
            for (var at = IndexOf((byte)'&', start, end - start); at >= 0; at = at + 1 < end ? IndexOf((byte)'&', at + 1, end - at - 1) : -1)
            {
                var semicolon = IndexOf((byte)';', at, Math.Min(40, end - at));
                if (at + 1 < end && html[at + 1] is (byte)' ' or (byte)'\n' or (byte)'\t' or (byte)'"' or (byte)'\'') continue;
                Expect(semicolon > at + 1);
                var reference = html.AsSpan(at + 1, semicolon - at - 1);
                if (reference[0] == '#')
                {
                    var hex = reference.Length > 1 && reference[1] is (byte)'x' or (byte)'X';
                    var digits = reference[(hex ? 2 : 1)..];
                    Expect(digits.Length is > 0 and <= 6);
                    Expect(int.TryParse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var value));
                    Expect(value is 9 or 10 or >= 0x20 and <= 0x7E or >= 0xA0 and <= 0xD7FF or >= 0xE000 and <= 0xFDCF or >= 0xFDF0 and <= 0xFFFD or >= 0x10000 and <= 0x10FFFF);
                }
                else
                {
                    Expect(reference.Length > 0 && char.IsAsciiLetter((char)reference[0]));
                    foreach (var c in reference) Expect(char.IsAsciiLetterOrDigit((char)c));
                    var entity = Utf8.GetString(html.AsSpan(at, semicolon - at + 1));
                    Expect(WebUtility.HtmlDecode(entity) != entity);
                }
            }
        }

        /// <summary>Where <paramref name="value"/> is first among the <paramref name="count"/> bytes from <paramref name="start"/>; -1 if not.</summary>
        private int IndexOf(byte value, int start, int count)
        {
            var found = html.AsSpan(start, count).IndexOf(value);
            return found < 0 ? -1 : start + found;
        }

        private bool IsSpace(int start, int end)
        {
            for (var k = start; k < end; k++)
                if (!IsSpace(html[k])) return false;
            return true;
        }

        private static bool IsSpace(byte c) => c is (byte)' ' or (byte)'\n' or (byte)'\t' or (byte)'\f';

        private static void Expect(bool condition)
        {
            if (!condition) throw new NotPlainException();
        }
    }
}

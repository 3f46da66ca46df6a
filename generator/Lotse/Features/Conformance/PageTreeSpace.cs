using System.Runtime.CompilerServices;
using System.Net;
using System.Text;

namespace Lotse.Features.Conformance;

/// <summary>
/// Where a page's tree keeps its elements, attributes and children, reused page after page by one worker of the checks.
/// Issue 26: a page has some 300 elements, 350 texts and 120 attributes the checks keep; made anew for each of 10,000
/// pages they were 700 MiB of the conformance report's 780. A text or an attribute's value read from the page's bytes
/// stays a place in them until a check reads it (most are never read: the checks ask whether a link has an
/// <c>href</c>, not what it is); then it is made once.
/// </summary>
internal sealed class PageTreeSpace
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>A child of an element: an element, or a text (a string, or a place in the page's bytes until read).</summary>
    internal struct Node
    {
        public PageElement? Element;
        public string? Text;
        public int Start;
        public int Length;
        public bool HasReference;
    }

    /// <summary>An attribute of an element: its name and its value (a string, or a place in the page's bytes until read).</summary>
    internal struct Attribute
    {
        public string Name;
        public string? Value;
        public int Start;
        public int Length;
        public bool HasReference;
    }

    private readonly List<PageElement> pool = [];
    private byte[] html = [];

    internal PageElement[] Elements = new PageElement[256];
    internal int ElementCount;
    internal Node[] Nodes = new Node[512];
    internal int NodeCount;
    internal Attribute[] Attributes = new Attribute[128];
    internal int AttributeCount;
    internal readonly PageIds Ids;

    public PageTreeSpace() => Ids = new PageIds(this);

    /// <summary>What <see cref="PageTreeReader"/> needs while it reads a page into the space.</summary>
    internal readonly PageTreeReader.Scratch ReaderScratch = new();

    /// <summary>Starts the tree of a new page (the elements of the page before are reused).</summary>
    internal void Start(byte[] page)
    {
        html = page;
        ElementCount = NodeCount = AttributeCount = 0;
    }

    /// <summary>A new element of the tree, next in document order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal PageElement NewElement(string name, PageElement? parent)
    {
        if (ElementCount == pool.Count) pool.Add(new PageElement(this));
        var element = pool[ElementCount];
        element.Reset(name, parent, ElementCount);
        if (ElementCount == Elements.Length) Array.Resize(ref Elements, Elements.Length * 2);
        Elements[ElementCount++] = element;
        return element;
    }

    /// <summary>Adds an attribute of the element made last, its value a string.</summary>
    internal void AddAttribute(PageElement element, string name, string value)
    {
        ref var attribute = ref NextAttribute(element);
        attribute = new Attribute { Name = name, Value = value };
    }

    /// <summary>Adds an attribute of the element made last, its value the page's bytes from <paramref name="start"/>.</summary>
    internal void AddAttribute(PageElement element, string name, int start, int length, bool hasReference)
    {
        ref var attribute = ref NextAttribute(element);
        attribute = new Attribute { Name = name, Start = start, Length = length, HasReference = hasReference };
    }

    private ref Attribute NextAttribute(PageElement element)
    {
        if (element.AttributeCount == 0) element.FirstAttribute = AttributeCount;
        element.AttributeCount++;
        if (AttributeCount == Attributes.Length) Array.Resize(ref Attributes, Attributes.Length * 2);
        return ref Attributes[AttributeCount++];
    }

    /// <summary>The element's children, in order (<paramref name="children"/>, kept together after those of the elements
    /// closed before it).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void SetChildren(PageElement element, ReadOnlySpan<Node> children)
    {
        element.FirstChild = NodeCount;
        element.ChildCount = children.Length;
        element.End = ElementCount;
        if (children.Length == 0) return;
        if (NodeCount + children.Length > Nodes.Length) Array.Resize(ref Nodes, Math.Max(Nodes.Length * 2, NodeCount + children.Length));
        children.CopyTo(Nodes.AsSpan(NodeCount));
        NodeCount += children.Length;
    }

    internal static Node TextNode(string text) => new() { Text = text };

    internal static Node TextNode(int start, int length, bool hasReference) => new() { Start = start, Length = length, HasReference = hasReference };

    internal static Node ElementNode(PageElement element) => new() { Element = element };

    /// <summary>The page's bytes at a place.</summary>
    internal ReadOnlySpan<byte> Bytes(int start, int length) => html.AsSpan(start, length);

    /// <summary>Whether an attribute's value is still its place in the page's bytes, all ASCII and without a reference
    /// (so its text is those bytes as characters), and where.</summary>
    internal bool IsAsciiPlace(int attribute, out int start, out int length)
    {
        ref var value = ref Attributes[attribute];
        (start, length) = (value.Start, value.Length);
        return value.Value is null && !value.HasReference && Ascii.IsValid(html.AsSpan(start, length));
    }

    /// <summary>The text of a child, made once.</summary>
    internal string TextOf(int node)
    {
        ref var child = ref Nodes[node];
        return child.Text ??= Decode(child.Start, child.Length, child.HasReference);
    }

    /// <summary>The value of an attribute, made once.</summary>
    internal string ValueOf(int attribute)
    {
        ref var value = ref Attributes[attribute];
        return value.Value ??= Decode(value.Start, value.Length, value.HasReference);
    }

    /// <summary>Whether a text child has a character that is not white space (<see cref="char.IsWhiteSpace(char)"/>): told
    /// by its bytes up to the first character reference (a character's bytes are read as it, <see cref="Rune"/>); else
    /// by its text. Issue 26: a heading's text that starts with 'Ü' or hides a soft hyphen (<c>&amp;#173;</c>) was
    /// decoded to a string for this.</summary>
    internal bool TextHasLetters(int node)
    {
        ref var child = ref Nodes[node];
        if (child.Text is null)
        {
            var bytes = html.AsSpan(child.Start, child.Length);
            while (bytes.Length > 0 && bytes[0] != '&')
            {
                Rune.DecodeFromUtf8(bytes, out var rune, out var used);
                if (!Rune.IsWhiteSpace(rune)) return true;
                bytes = bytes[used..];
            }
            if (bytes.Length == 0) return false;
        }
        foreach (var c in TextOf(node))
            if (!char.IsWhiteSpace(c)) return true;
        return false;
    }

    /// <summary>Bytes of the page as text: references decoded as the HTML parser decodes them (the reader made sure it does).</summary>
    private string Decode(int start, int length, bool hasReference)
    {
        var bytes = html.AsSpan(start, length);
        return hasReference ? WebUtility.HtmlDecode(Utf8.GetString(bytes)) : PageTreeReader.TextOf(bytes);
    }
}

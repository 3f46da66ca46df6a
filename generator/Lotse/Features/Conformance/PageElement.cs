using System.Runtime.CompilerServices;
using System.Diagnostics;
using System.Text;

namespace Lotse.Features.Conformance;

/// <summary>One element of a built page as the static checks see it: its name, the attributes the checks read
/// (<see cref="CheckedAttributes"/>; names in lower case, a bare attribute's value empty) and its children, each an element
/// or a text.</summary>
/// <remarks>Issue 26: the element's attributes and children are kept in its tree's storage (<see cref="PageTreeSpace"/>),
/// as places in the page's bytes until a check reads them, and the element itself is reused for the next page the same
/// space reads: an element is valid while its tree is.</remarks>
internal sealed class PageElement
{
    /// <summary>The attributes any check reads. Issue 26: a page has about a thousand attributes and the checks read few
    /// kinds (never <c>class</c>, an SVG path's <c>d</c>, …), so a tree keeps only these: every other value would be a
    /// string made for nothing, 10,000 pages over.</summary>
    public static readonly HashSet<string> CheckedAttributes = new(StringComparer.Ordinal)
    {
        "accesskey", "alt", "aria-hidden", "aria-label", "aria-labelledby", "autocomplete", "content", "for", "hidden", "href",
        "http-equiv", "id", "lang", "name", "rel", "role", "src", "title", "type", "value",
    };

    internal PageElement(PageTreeSpace space) => this.space = space;

    private readonly PageTreeSpace space;

    public string Name { get; private set; } = "";
    public PageElement? Parent { get; private set; }

    /// <summary>Where the element is in document order (<see cref="PageTree.Elements"/>), and where the elements inside it end.</summary>
    internal int Index { get; private set; }
    internal int End { get; set; }

    /// <summary>The element's attributes and children: ranges of the space's <see cref="PageTreeSpace.Attributes"/> and
    /// <see cref="PageTreeSpace.Nodes"/>.</summary>
    internal int FirstAttribute { get; set; }
    internal int AttributeCount { get; set; }
    internal int FirstChild { get; set; }
    internal int ChildCount { get; set; }

    /// <summary>Makes the element a new one of the space's tree (it may have been an element of the page read before).</summary>
    internal void Reset(string name, PageElement? parent, int index)
    {
        Name = name;
        Parent = parent;
        Index = index;
        End = index + 1;
        FirstAttribute = AttributeCount = FirstChild = ChildCount = 0;
    }

    /// <summary>The attribute's value (the first, when it is given twice); null when the element does not have it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string? Get(string attribute)
    {
        Debug.Assert(CheckedAttributes.Contains(attribute), $"The tree does not keep the attribute '{attribute}': add it to CheckedAttributes.");
        return AttributeIndex(attribute) is var k and >= 0 ? space.ValueOf(k) : null;
    }

    /// <summary>Where the attribute is in the space's <see cref="PageTreeSpace.Attributes"/> (the first, when it is given
    /// twice); -1 when the element does not have it. (Inlined into <see cref="Get"/> and <see cref="Has"/>, which the checks
    /// call for every element.)</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int AttributeIndex(string attribute)
    {
        var attributes = space.Attributes;
        for (var k = FirstAttribute; k < FirstAttribute + AttributeCount; k++)
            if (ReferenceEquals(attributes[k].Name, attribute) || attributes[k].Name == attribute) return k;
        return -1;
    }

    /// <summary>Whether the element has the attribute (without making its value).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Has(string attribute) => AttributeIndex(attribute) >= 0;

    public string? Id => Get("id");

    /// <summary>The element's attributes of <see cref="CheckedAttributes"/>, in the order written (a new array on each call).</summary>
    public (string Name, string Value)[] Attributes
    {
        get
        {
            var result = new (string, string)[AttributeCount];
            for (var k = 0; k < AttributeCount; k++) result[k] = (space.Attributes[FirstAttribute + k].Name, space.ValueOf(FirstAttribute + k));
            return result;
        }
    }

    /// <summary>The element's children in order: a <see cref="PageElement"/> or a text (a string); a new array on each call.</summary>
    public object[] Children
    {
        get
        {
            var result = new object[ChildCount];
            for (var k = 0; k < ChildCount; k++) result[k] = ChildElement(k) ?? (object)ChildText(k);
            return result;
        }
    }

    /// <summary>The child at <paramref name="k"/> when it is an element, else null (it is a text).</summary>
    public PageElement? ChildElement(int k) => space.Nodes[FirstChild + k].Element;

    /// <summary>The text of the child at <paramref name="k"/>, which is a text.</summary>
    public string ChildText(int k) => space.TextOf(FirstChild + k);

    /// <summary>Whether the text of the child at <paramref name="k"/> has a character that is not white space (without
    /// making a string of it when its bytes tell).</summary>
    public bool ChildTextHasLetters(int k) => space.TextHasLetters(FirstChild + k);

    /// <summary>The element itself or its nearest ancestor of that name.</summary>
    public PageElement? Closest(string name)
    {
        for (var e = this; e is not null; e = e.Parent)
            if (e.Name == name) return e;
        return null;
    }

    /// <summary>Every element inside, in document order: a part of the tree's list, made once for all elements.</summary>
    public ArraySegment<PageElement> Descendants() => new(space.Elements, Index + 1, End - Index - 1);

    /// <summary>All text inside, hidden or not (the DOM's textContent).</summary>
    public string TextContent
    {
        get
        {
            var text = new StringBuilder();
            AppendText(text);
            return text.ToString();
        }
    }

    private void AppendText(StringBuilder text)
    {
        for (var k = 0; k < ChildCount; k++)
            if (ChildElement(k) is { } element) element.AppendText(text);
            else text.Append(ChildText(k));
    }
}

/// <summary>A built page's element tree: the <c>html</c> element, its <c>body</c>, the document's title, every element in
/// document order and the first element of each id. It is valid until its space reads the next page.</summary>
internal sealed class PageTree
{
    /// <summary>Each id's first element and how many elements give it (the space's, reused).</summary>
    private readonly PageIds ids;
    private readonly bool anyRepeated;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public PageTree(PageTreeSpace space, PageElement root, string title)
    {
        Root = root;
        Title = title;
        Elements = new ArraySegment<PageElement>(space.Elements, 0, space.ElementCount);
        ids = space.Ids;
        ids.Clear();
        foreach (var element in Elements)
        {
            if (element.AttributeIndex("id") is var id and >= 0) anyRepeated |= ids.Add(element, id);
            if (Body is null && element.Name == "body" && element.Parent == root) Body = element;
        }
    }

    public PageElement Root { get; }
    public PageElement? Body { get; }
    public string Title { get; }

    /// <summary>Every element in document order (a part of the space's list).</summary>
    public ArraySegment<PageElement> Elements { get; }

    public PageElement? ById(string id) => ids.Of(id).First;

    /// <summary>The ids more than one element gives, with how many, in the order of first use (a page has hundreds of
    /// ids, almost all once).</summary>
    public IEnumerable<(string Id, int Count)> RepeatedIds()
    {
        if (!anyRepeated) yield break;
        foreach (var element in Elements)
            if (element.Id is { } id && ids.Of(id) is { Count: > 1 } entry && entry.First == element) yield return (id, entry.Count);
    }
}

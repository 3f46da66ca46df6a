using System.Diagnostics;
using System.Text;

namespace Lotse.Features.Conformance;

/// <summary>One element of a built page as the static checks see it: its name, the attributes the checks read
/// (<see cref="CheckedAttributes"/>; names in lower case, a bare attribute's value empty) and its children, each an element
/// or a text (a string).</summary>
internal sealed class PageElement(string name, PageElement? parent)
{
    /// <summary>The attributes any check reads. Issue 26: a page has about a thousand attributes and the checks read few
    /// kinds (never <c>class</c>, an SVG path's <c>d</c>, …), so a tree keeps only these: every other value would be a
    /// string made for nothing, 10,000 pages over.</summary>
    public static readonly HashSet<string> CheckedAttributes = new(StringComparer.Ordinal)
    {
        "accesskey", "alt", "aria-hidden", "aria-label", "aria-labelledby", "autocomplete", "content", "for", "hidden", "href",
        "http-equiv", "id", "lang", "name", "rel", "role", "src", "title", "type", "value",
    };

    public string Name { get; } = name;
    public PageElement? Parent { get; } = parent;

    /// <summary>The element's attributes of <see cref="CheckedAttributes"/>, in the order written.</summary>
    public (string Name, string Value)[] Attributes { get; set; } = [];

    /// <summary>The element's children in order: a <see cref="PageElement"/> or a text (a string).</summary>
    public object[] Children { get; set; } = [];

    /// <summary>Where the element and its descendants are in <see cref="PageTree.Elements"/> (set by the tree).</summary>
    private PageElement[] inOrder = [];
    private int index;
    private int end;

    /// <summary>The attribute's value (the first, when it is given twice); null when the element does not have it.</summary>
    public string? Get(string attribute)
    {
        Debug.Assert(CheckedAttributes.Contains(attribute), $"The tree does not keep the attribute '{attribute}': add it to CheckedAttributes.");
        foreach (var (name, value) in Attributes)
            if (name == attribute) return value;
        return null;
    }

    public bool Has(string attribute) => Get(attribute) is not null;

    public string? Id => Get("id");

    /// <summary>The element itself or its nearest ancestor of that name.</summary>
    public PageElement? Closest(string name)
    {
        for (var e = this; e is not null; e = e.Parent)
            if (e.Name == name) return e;
        return null;
    }

    /// <summary>Every element inside, in document order: a part of the tree's list, made once for all elements.</summary>
    public ArraySegment<PageElement> Descendants() => new(inOrder, index + 1, end - index - 1);

    /// <summary>Puts the element and everything inside at their places in <paramref name="order"/> (document order), from
    /// <paramref name="next"/> on.</summary>
    internal void Place(PageElement[] order, ref int next)
    {
        inOrder = order;
        index = next;
        order[next++] = this;
        foreach (var child in Children)
            if (child is PageElement element) element.Place(order, ref next);
        end = next;
    }

    /// <summary>How many elements the element is, with those inside.</summary>
    internal int Count()
    {
        var count = 1;
        foreach (var child in Children)
            if (child is PageElement element) count += element.Count();
        return count;
    }

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
        foreach (var child in Children)
            if (child is string s) text.Append(s);
            else ((PageElement)child).AppendText(text);
    }
}

/// <summary>A built page's element tree: the <c>html</c> element, its <c>body</c>, the document's title, every element in
/// document order and the first element of each id.</summary>
internal sealed class PageTree
{
    private readonly Dictionary<string, PageElement> byId = new(StringComparer.Ordinal);

    /// <param name="elementCount">How many elements the tree has, when the caller knows.</param>
    public PageTree(PageElement root, string title, int elementCount = 0)
    {
        Root = root;
        Title = title;
        var elements = new PageElement[elementCount > 0 ? elementCount : root.Count()];
        var placed = 0;
        root.Place(elements, ref placed);
        System.Diagnostics.Debug.Assert(placed == elements.Length, "The tree's elements are as many as the reader counted.");
        Elements = elements;
        foreach (var element in elements)
        {
            if (element.Id is { } id) byId.TryAdd(id, element);
            if (Body is null && element.Name == "body" && element.Parent == root) Body = element;
        }
    }

    public PageElement Root { get; }
    public PageElement? Body { get; }
    public string Title { get; }
    public IReadOnlyList<PageElement> Elements { get; }

    public PageElement? ById(string id) => byId.GetValueOrDefault(id);
}

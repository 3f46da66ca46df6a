using System.Text;

namespace Lotse.Features.Conformance;

/// <summary>One element of a built page as the static checks see it: its name, its attributes (names in lower case,
/// a bare attribute's value empty) and its children, each an element or a text (a string).</summary>
internal sealed class PageElement(string name, PageElement? parent)
{
    public string Name { get; } = name;
    public PageElement? Parent { get; } = parent;
    public List<(string Name, string Value)> Attributes { get; } = [];
    public List<object> Children { get; } = [];

    /// <summary>The attribute's value (the first, when it is given twice); null when the element does not have it.</summary>
    public string? Get(string attribute)
    {
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

    /// <summary>Every element inside, in document order.</summary>
    public IEnumerable<PageElement> Descendants()
    {
        var list = new List<PageElement>();
        AddDescendants(list);
        return list;
    }

    private void AddDescendants(List<PageElement> list)
    {
        foreach (var child in Children)
            if (child is PageElement element)
            {
                list.Add(element);
                element.AddDescendants(list);
            }
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

    public PageTree(PageElement root, string title)
    {
        Root = root;
        Title = title;
        var elements = new List<PageElement> { root };
        elements.AddRange(root.Descendants());
        Elements = elements;
        foreach (var element in Elements)
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

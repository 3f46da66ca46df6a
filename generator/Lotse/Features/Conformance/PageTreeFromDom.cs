using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Lotse.Features.Conformance;

/// <summary>The element tree of a page by the full HTML parser (AngleSharp), for pages <see cref="PageTreeReader"/>
/// leaves to it: what the parser builds, with a <c>template</c>'s content left out as the DOM's children leave it.</summary>
internal static class PageTreeFromDom
{
    public static PageTree Parse(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        return new PageTree(Convert(document.DocumentElement, null), document.Title ?? "");
    }

    private static PageElement Convert(IElement element, PageElement? parent)
    {
        var result = new PageElement(element.LocalName, parent);
        var attributes = new List<(string, string)>();
        foreach (var attribute in element.Attributes)
            if (PageElement.CheckedAttributes.Contains(attribute.Name)) attributes.Add((attribute.Name, attribute.Value));
        result.Attributes = [.. attributes];
        var children = new List<object>();
        foreach (var child in element.ChildNodes)
            if (child is IElement inner) children.Add(Convert(inner, result));
            else if (child is IText text) children.Add(text.Data);
        result.Children = [.. children];
        return result;
    }
}

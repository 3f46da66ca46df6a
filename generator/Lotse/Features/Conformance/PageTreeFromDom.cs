using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Lotse.Features.Conformance;

/// <summary>The element tree of a page by the full HTML parser (AngleSharp), for pages <see cref="PageTreeReader"/>
/// leaves to it: what the parser builds, with a <c>template</c>'s content left out as the DOM's children leave it.</summary>
internal static class PageTreeFromDom
{
    /// <summary>The page's tree, in <paramref name="space"/> (a new one when not given).</summary>
    public static PageTree Parse(string html, PageTreeSpace? space = null)
    {
        var document = new HtmlParser().ParseDocument(html);
        space ??= new PageTreeSpace();
        space.Start([]);
        return new PageTree(space, Convert(document.DocumentElement, null, space), document.Title ?? "");
    }

    private static PageElement Convert(IElement element, PageElement? parent, PageTreeSpace space)
    {
        var result = space.NewElement(element.LocalName, parent);
        foreach (var attribute in element.Attributes)
            if (PageElement.CheckedAttributes.Contains(attribute.Name)) space.AddAttribute(result, attribute.Name, attribute.Value);
        var children = new List<PageTreeSpace.Node>();
        foreach (var child in element.ChildNodes)
            if (child is IElement inner) children.Add(PageTreeSpace.ElementNode(Convert(inner, result, space)));
            else if (child is IText text) children.Add(PageTreeSpace.TextNode(text.Data));
        space.SetChildren(result, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(children));
        return result;
    }
}

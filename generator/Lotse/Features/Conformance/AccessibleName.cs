using AngleSharp.Dom;

namespace Lotse.Features.Conformance;

/// <summary>A static approximation of an element's accessible name (accname 1.2 in its common cases): aria-labelledby,
/// aria-label, the text and image alternatives inside, then title.</summary>
internal static class AccessibleName
{
    public static string Of(IElement element)
    {
        if (element.GetAttribute("aria-labelledby") is { Length: > 0 } ids)
        {
            var text = string.Join(" ", ids.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(id => element.Owner?.GetElementById(id) is { } e ? Text(e) : ""));
            if (Normalize(text).Length > 0) return Normalize(text);
        }
        if (element.GetAttribute("aria-label") is { } label && Normalize(label).Length > 0) return Normalize(label);
        var inner = Normalize(Text(element));
        if (inner.Length > 0) return inner;
        return Normalize(element.GetAttribute("title") ?? "");
    }

    /// <summary>The text a reader hears inside the element: text nodes and image alternatives, without hidden parts.</summary>
    public static string Text(INode node) => node switch
    {
        IElement e when e.HasAttribute("hidden") || e.GetAttribute("aria-hidden") == "true" => "",
        IElement { LocalName: "img" } img => " " + (img.GetAttribute("alt") ?? "") + " ",
        IElement { LocalName: "svg" } svg => svg.QuerySelector("title")?.TextContent ?? "",
        IElement e => string.Concat(e.ChildNodes.Select(Text)),
        IText t => t.Data,
        _ => "",
    };

    public static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

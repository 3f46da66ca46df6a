namespace Lotse.Features.Conformance;

/// <summary>A static approximation of an element's accessible name (accname 1.2 in its common cases): aria-labelledby,
/// aria-label, the text and image alternatives inside, then title.</summary>
internal static class AccessibleName
{
    public static string Of(PageElement element, PageTree document)
    {
        if (element.Get("aria-labelledby") is { Length: > 0 } ids)
        {
            var text = string.Join(" ", ids.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(id => document.ById(id) is { } e ? Text(e) : ""));
            if (Normalize(text).Length > 0) return Normalize(text);
        }
        if (element.Get("aria-label") is { } label && Normalize(label).Length > 0) return Normalize(label);
        var inner = Normalize(Text(element));
        if (inner.Length > 0) return inner;
        return Normalize(element.Get("title") ?? "");
    }

    /// <summary>The text a reader hears inside the element: text nodes and image alternatives, without hidden parts.</summary>
    public static string Text(PageElement element) =>
        element.Has("hidden") || element.Get("aria-hidden") == "true" ? ""
        : element.Name == "img" ? " " + (element.Get("alt") ?? "") + " "
        : element.Name == "svg" ? element.Descendants().FirstOrDefault(e => e.Name == "title")?.TextContent ?? ""
        : string.Concat(element.Children.Select(child => child as string ?? Text((PageElement)child)));

    public static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

using System.Runtime.CompilerServices;
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

    /// <summary>Whether <see cref="Of"/> gives a name (not an empty one), without making it: the checks ask this of every
    /// link and button of every page.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool HasName(PageElement element, PageTree document)
    {
        if (element.Get("aria-labelledby") is { Length: > 0 } ids)
            foreach (var id in ids.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                if (document.ById(id) is { } e && HasText(e)) return true;
        return element.Get("aria-label") is { } label && HasLetters(label) || HasText(element) || HasLetters(element.Get("title") ?? "");
    }

    /// <summary>Whether <see cref="Text"/> has more than white space.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool HasText(PageElement element)
    {
        if (element.Has("hidden") || element.Get("aria-hidden") == "true") return false;
        if (element.Name == "img") return HasLetters(element.Get("alt") ?? "");
        if (element.Name == "svg") return HasLetters(element.Descendants().FirstOrDefault(e => e.Name == "title")?.TextContent ?? "");
        for (var k = 0; k < element.ChildCount; k++)
            if (element.ChildElement(k) is { } child ? HasText(child) : element.ChildTextHasLetters(k)) return true;
        return false;
    }

    /// <summary>Whether the text has a character that is not white space (<see cref="Normalize"/> leaves it non-empty).</summary>
    private static bool HasLetters(string text)
    {
        foreach (var c in text)
            if (!char.IsWhiteSpace(c)) return true;
        return false;
    }

    /// <summary>The text a reader hears inside the element: text nodes and image alternatives, without hidden parts.</summary>
    public static string Text(PageElement element) =>
        element.Has("hidden") || element.Get("aria-hidden") == "true" ? ""
        : element.Name == "img" ? " " + (element.Get("alt") ?? "") + " "
        : element.Name == "svg" ? element.Descendants().FirstOrDefault(e => e.Name == "title")?.TextContent ?? ""
        : ChildrenText(element);

    private static string ChildrenText(PageElement element)
    {
        var parts = new string[element.ChildCount];
        for (var k = 0; k < parts.Length; k++) parts[k] = element.ChildElement(k) is { } child ? Text(child) : element.ChildText(k);
        return string.Concat(parts);
    }

    public static string Normalize(string text) =>
        IsNormal(text) ? text : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Whether <see cref="Normalize"/> gives the text as it is: words between single spaces, no other white space.
    /// Issue 26: most titles and names are written so; splitting and joining them made three strings each, 10,000 pages over.</summary>
    private static bool IsNormal(string text)
    {
        if (text.Length > 0 && (text[0] == ' ' || text[^1] == ' ')) return false;
        for (var k = 0; k < text.Length; k++)
            if (char.IsWhiteSpace(text[k]) && (text[k] != ' ' || text[k - 1] == ' ')) return false;
        return true;
    }
}

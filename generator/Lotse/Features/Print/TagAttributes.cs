using Lotse.Blocks.Html;

namespace Lotse.Features.Print;

/// <summary>An attribute of a tag by name, as <see cref="HtmlTag.Get"/> finds it (the first, the name's case not counting),
/// without a delegate per look-up: the merger asks a dozen names of each of a Gesamtausgabe's hundreds of thousands of tags.</summary>
internal static class TagAttributes
{
    /// <summary>Where the attribute is in the tag's list; -1 when the tag does not have it.</summary>
    public static int IndexOf(HtmlTag tag, string name)
    {
        var attributes = tag.Attributes;
        for (var k = 0; k < attributes.Count; k++)
            if (attributes[k].Name.Equals(name, StringComparison.OrdinalIgnoreCase)) return k;
        return -1;
    }

    /// <summary>Where the attribute is when it has a value (as <c>tag.Get(name) is not null</c>); -1 otherwise.</summary>
    public static int IndexOfValue(HtmlTag tag, string name) => IndexOf(tag, name) is var k and >= 0 && tag.Attributes[k].Value is not null ? k : -1;

    public static string? Get(HtmlTag tag, string name) => IndexOf(tag, name) is var k and >= 0 ? tag.Attributes[k].Value : null;
}

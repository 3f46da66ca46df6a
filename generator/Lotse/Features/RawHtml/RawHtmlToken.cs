namespace Lotse.Features.RawHtml;

/// <summary>One piece of raw HTML: text, a start or end tag, a comment, or the raw text inside
/// <c>&lt;script&gt;</c>, <c>&lt;style&gt;</c> and the like. <see cref="Start"/> and <see cref="Length"/>
/// are offsets into the scanned text; <see cref="Name"/> is the lower-case tag name.</summary>
internal sealed record RawHtmlToken(RawHtmlTokenKind Kind, int Start, int Length, string Name, IReadOnlyList<RawHtmlAttribute> Attributes)
{
    public int End => Start + Length;

    public RawHtmlAttribute? Attribute(string name) => Attributes.FirstOrDefault(a => a.Name == name);
}

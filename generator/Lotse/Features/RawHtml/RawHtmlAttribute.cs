namespace Lotse.Features.RawHtml;

/// <summary>An attribute of a tag: lower-case name, value with character references decoded (as the
/// browser sees it), and the offset of its name in the scanned text.</summary>
internal sealed record RawHtmlAttribute(string Name, string Value, int Start);

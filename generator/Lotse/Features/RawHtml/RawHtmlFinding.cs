namespace Lotse.Features.RawHtml;

/// <summary>Something in raw HTML worth a diagnostic: its code, where it starts (offset into the scanned
/// text) and the message.</summary>
internal sealed record RawHtmlFinding(string Code, int Offset, string Message);

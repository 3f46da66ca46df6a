namespace Lotse.Features.RawHtml;

internal enum RawHtmlTokenKind { Text, StartTag, EndTag, Comment, RawText }

namespace Lotse.Features.RawHtml;

public enum RawHtmlTokenKind { Text, StartTag, EndTag, Comment, RawText }

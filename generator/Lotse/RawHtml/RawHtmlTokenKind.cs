namespace Lotse.RawHtml;

public enum RawHtmlTokenKind { Text, StartTag, EndTag, Comment, RawText }

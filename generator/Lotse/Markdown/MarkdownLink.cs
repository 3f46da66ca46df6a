namespace Lotse.Markdown;

/// <summary>A link or image as written in Markdown, with its 1-based position in the source file.</summary>
/// <param name="TargetSource">The content-relative source path the link resolved to (page or file), or null for external links.</param>
public sealed record MarkdownLink(string Url, int Line, int Column, bool IsImage, string? TargetSource, string? Anchor);


namespace Lotse.Blocks.Markdown;

/// <summary>A link or image as written in Markdown (<paramref name="Url"/>) and as written to HTML
/// (<paramref name="Href"/>), with its 1-based position in the source file.</summary>
/// <param name="TargetSource">The content-relative source path the link resolved to (page or file), or null for external links.</param>
public sealed record MarkdownLink(string Url, string Href, int Line, int Column, bool IsImage, string? TargetSource, string? Anchor);

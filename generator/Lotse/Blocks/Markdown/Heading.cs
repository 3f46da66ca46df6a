
namespace Lotse.Blocks.Markdown;

/// <summary>A heading of a page: level, anchor id, plain text and its 1-based line in the source file.</summary>
public sealed record Heading(int Level, string Id, string Text, int Line);

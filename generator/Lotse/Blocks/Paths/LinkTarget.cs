namespace Lotse.Blocks.Paths;

public enum LinkKind { External, SamePage, Page, File, Missing, EscapesContent }

/// <summary>What a link in Markdown points to.</summary>
/// <param name="TargetSource">Content-relative source path of the target page or file.</param>
/// <param name="Url">The relative URL to write.</param>
public sealed record LinkTarget(LinkKind Kind, string? TargetSource, string? Anchor, string Url);

namespace Lotse.Core;

/// <summary>
/// An immutable document flowing through the pipelines: where it came from, where it goes, its
/// content and its metadata. Modules never change a document; they return a new one (<c>with</c>).
/// </summary>
/// <param name="SourcePath">Path relative to the site root with '/' separators, e.g. <c>content/leitfaden/a.md</c>.</param>
/// <param name="OutputPath">Path relative to the output folder, e.g. <c>leitfaden/a/index.html</c>; empty when not written.</param>
public sealed record Document(string SourcePath, string OutputPath, string Content, Metadata Metadata)
{
    public string Title => Metadata.GetString(Keys.Title) ?? "";

    public Document WithMetadata(string key, object? value) => this with { Metadata = Metadata.Set(key, value) };
}

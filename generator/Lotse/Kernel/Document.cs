namespace Lotse.Kernel;

/// <summary>
/// An immutable document flowing through the pipelines: where it came from, where it goes, its
/// content, how it is written and its metadata. Modules never change a document; they return a new one (<c>with</c>).
/// </summary>
/// <param name="SourcePath">Path relative to the site root with '/' separators, e.g. <c>content/anleitungen/a.md</c>.</param>
/// <param name="OutputPath">Path relative to the output folder, e.g. <c>anleitungen/a/index.html</c>; empty when not written.</param>
public sealed record Document(string SourcePath, string OutputPath, string Content, Metadata Metadata)
{
    /// <summary>The metadata key of <see cref="Title"/>.</summary>
    public const string TitleKey = "title";

    public string Title => Metadata.GetString(TitleKey) ?? "";

    /// <summary>How the document is written (its text, unless a module says otherwise).</summary>
    public DocumentBody Body { get; init; } = DocumentBody.Text;

    public Document WithMetadata(string key, object? value) => this with { Metadata = Metadata.Set(key, value) };
}

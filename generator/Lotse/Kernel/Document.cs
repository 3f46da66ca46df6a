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

    /// <summary>The document's text: its <see cref="Content"/>, or, for one kept as UTF-8 (<see cref="KeptAsUtf8"/>), its
    /// bytes decoded (a new string on each call: for readers that read a page once).</summary>
    public string Text => Content.Length == 0 && Body is Utf8Body utf8 ? Utf8Text.Decode(utf8.Bytes) : Content;

    /// <summary>Whether <see cref="Text"/> contains <paramref name="value"/> (without decoding a document kept as UTF-8).</summary>
    public bool TextContains(string value) =>
        Content.Length == 0 && Body is Utf8Body utf8 ? Utf8Text.Contains(utf8.Bytes, value) : Content.Contains(value, StringComparison.Ordinal);

    /// <summary>The same document with its text held as UTF-8 (<see cref="DocumentBody.Utf8"/>, written the same): half
    /// the memory of a string for HTML, which is mostly ASCII. Read it with <see cref="Text"/>. A document with another
    /// body or no text stays as it is.</summary>
    public Document KeptAsUtf8() => Body is TextBody && Content.Length > 0
        ? this with { Content = "", Body = DocumentBody.Utf8(new System.Buffers.ReadOnlySequence<byte>(Utf8Text.Encode(Content))) }
        : this;
}

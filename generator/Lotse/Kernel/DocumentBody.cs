using System.Buffers;

namespace Lotse.Kernel;

/// <summary>What a document is written as. Only the output writer looks inside; modules choose one when they make a
/// document and never branch on it.</summary>
public abstract record DocumentBody
{
    /// <summary>The document's <see cref="Document.Content"/> as UTF-8: pages, generated text files (the default).</summary>
    public static readonly DocumentBody Text = new TextBody();

    /// <summary>Bytes kept in pieces instead of a text (a big generated file, half the size of a string).</summary>
    public static DocumentBody Utf8(ReadOnlySequence<byte> bytes) => new Utf8Body(bytes);

    /// <summary>A copy of a file (theme assets, images, PDFs), given by its full path.</summary>
    public static DocumentBody CopyOf(string sourceFile) => new FileCopyBody(sourceFile);

    /// <summary>A file the output writer already wrote while the build ran (streamed, to hold nothing in memory).</summary>
    public static readonly DocumentBody Streamed = new StreamedBody();
}

internal sealed record TextBody : DocumentBody;

public sealed record Utf8Body(ReadOnlySequence<byte> Bytes) : DocumentBody;

internal sealed record FileCopyBody(string SourceFile) : DocumentBody;

internal sealed record StreamedBody : DocumentBody;

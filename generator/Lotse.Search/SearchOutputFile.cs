using System.Buffers;
using System.Text;

namespace Lotse.Search;

/// <summary>A file to write into the site, path relative to the site root with forward slashes, and its bytes
/// (UTF-8 text without BOM), in chunks: the biggest shard of a large site is over a hundred MB, which as a string
/// would take twice that, and as one array once more while it is joined.</summary>
public sealed record SearchOutputFile(string RelativePath, ReadOnlySequence<byte> Utf8)
{
    /// <summary>True when the file was streamed to where it belongs as it was made (<see cref="SearchIndexWriter.Write"/>
    /// with a place to write to); <see cref="Utf8"/> is then empty.</summary>
    public bool Written { get; init; }

    /// <summary>The text, decoded (for small files: the single-file FAQ embeds them; tests read them).</summary>
    public string Text() => Encoding.UTF8.GetString(Utf8);

    /// <summary>The bytes in one array (a copy).</summary>
    public byte[] ToArray() => Utf8.ToArray();
}

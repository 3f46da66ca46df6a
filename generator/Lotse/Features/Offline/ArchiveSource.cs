namespace Lotse.Features.Offline;

/// <summary>A file for the offline archive, read only when it is compressed (so the whole site is never in
/// memory at once); <paramref name="Read"/> gives null when the file is gone. The bytes are not copied: a page's are the
/// document's own.</summary>
public sealed record ArchiveSource(string Path, Func<ReadOnlyMemory<byte>?> Read)
{
    public static ArchiveSource Of(ArchiveEntry file) => new(file.Path, () => file.Bytes);
}

namespace Lotse.Features.Offline;

/// <summary>A file of the offline archive: its path in the archive ('/' separators) and its bytes.</summary>
public sealed record ArchiveEntry(string Path, byte[] Bytes);

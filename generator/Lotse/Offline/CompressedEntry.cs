namespace Lotse.Offline;

/// <summary>A file of the archive, compressed (deflate) or stored: what its ZIP headers need and its data.</summary>
public sealed record CompressedEntry(string Path, uint Crc32, int Size, bool Deflated, byte[] Data);

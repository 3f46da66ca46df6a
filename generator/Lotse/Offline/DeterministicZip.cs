using System.IO.Compression;
using System.Text;

namespace Lotse.Offline;

/// <summary>
/// Writes a ZIP archive that is byte-identical for the same files: <c>index.html</c> first (so it sits at
/// the top of the archive), then the other entries in ordinal order, every entry with the same fixed
/// timestamp and permissions, formats that are compressed already stored as they are.
/// </summary>
public static class DeterministicZip
{
    private static readonly HashSet<string> Stored = new(StringComparer.OrdinalIgnoreCase)
        { ".zip", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".woff", ".woff2", ".gz", ".br", ".pdf" };

    /// <summary>The default timestamp: the earliest a ZIP can store.</summary>
    public static readonly DateTime DefaultTimestamp = new(1980, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    /// <summary>Entry order: <c>index.html</c>, then ordinal.</summary>
    public static IEnumerable<ArchiveEntry> Ordered(IEnumerable<ArchiveEntry> entries) => entries
        .OrderBy(e => e.Path == "index.html" ? 0 : 1)
        .ThenBy(e => e.Path, StringComparer.Ordinal);

    public static byte[] Write(IEnumerable<ArchiveEntry> entries, DateTime timestamp, string comment = "")
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: Encoding.UTF8))
        {
            if (comment.Length > 0) zip.Comment = comment;
            foreach (var file in Ordered(entries))
            {
                var level = Stored.Contains(Path.GetExtension(file.Path)) ? CompressionLevel.NoCompression : CompressionLevel.Optimal;
                var entry = zip.CreateEntry(file.Path, level);
                entry.LastWriteTime = new DateTimeOffset(timestamp, TimeSpan.Zero);
                entry.ExternalAttributes = Convert.ToInt32("100644", 8) << 16; // a regular file, rw-r--r--
                using var stream = entry.Open();
                stream.Write(file.Bytes);
            }
        }
        return buffer.ToArray();
    }
}

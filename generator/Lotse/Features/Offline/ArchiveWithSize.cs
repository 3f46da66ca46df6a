using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Text;

using Lotse.Kernel;

namespace Lotse.Features.Offline;

/// <summary>
/// The offline archive contains the pages that state its size. Builds it with the size written into
/// those pages until the stated size and the real one agree (as <see cref="FileSize.German"/> shows
/// them); when two sizes alternate, takes the larger and pads the archive comment up to it.
/// </summary>
public static class ArchiveWithSize
{
    private const int MaxRounds = 6;

    /// <summary>A file that states the size: its start (up to the first statement) compressed once, with its length and
    /// checksum, and the rest as it is, compressed again with each size tried. Only the rest is kept uncompressed.</summary>
    private sealed record StatingFile(string Path, int HeadLength, byte[] DeflatedHead, Crc32 HeadCrc, byte[] Rest, SpooledBytes? SpooledHead);

    /// <param name="sources">The files as written, some of which contain <paramref name="placeholder"/>; each is read
    /// once and only its compressed form is kept (and, of a file that states the size, the part from the first statement on).</param>
    /// <param name="spool">Where the compressed data waits until the archive is written (then it must stay open until
    /// then); without one it is held in memory (<c>lotse serve</c>, whose <paramref name="memo"/> keeps it for the next build).</param>
    /// <returns>The archive's entries, the size text put into the files, and the files that state it.</returns>
    public static SizedArchive Build(
        IReadOnlyList<ArchiveSource> sources, string placeholder, DateTime timestamp, Memo<CompressedEntry>? memo = null, ArchiveSpool? spool = null)
    {
        var marker = Encoding.UTF8.GetBytes(placeholder);
        // The files without the size are compressed once. Of those that state it, the part before the first
        // statement is compressed once too, and only the rest again in each round.
        var unchanged = new CompressedEntry?[sources.Count];
        var statingAt = new StatingFile?[sources.Count];
        Parallel.For(0, sources.Count, i =>
        {
            if (sources[i].Read() is not { } bytes) return;
            var path = sources[i].Path;
            var at = bytes.Span.IndexOf(marker);
            if (at < 0)
            {
                var entry = DeterministicZip.Compress(path, bytes, memo);
                unchanged[i] = spool is null ? entry : entry.SpooledIn(spool);
                return;
            }
            var head = memo is null // (the memo keys the head by its bytes)
                ? DeterministicZip.DeflateHead(bytes.Span[..at])
                : DeterministicZip.Compress(path, bytes[..at], memo, head: true).Data;
            var crc = new Crc32();
            crc.Append(bytes.Span[..at]);
            statingAt[i] = spool is null
                ? new StatingFile(path, at, head, crc, bytes[at..].ToArray(), null)
                : new StatingFile(path, at, [], crc, bytes[at..].ToArray(), spool.Add(head));
        });
        var compressed = unchanged.OfType<CompressedEntry>().ToList();
        var stating = statingAt.OfType<StatingFile>().ToList();
        var statingPaths = stating.Select(s => s.Path).ToList();

        var seen = new List<string>();
        var text = FileSize.German(0);
        for (var round = 0; round < MaxRounds; round++)
        {
            var entries = compressed.Concat(Stating(text)).ToList();
            var actual = FileSize.German(DeterministicZip.SizeOf(entries));
            if (actual == text) return new SizedArchive(entries, timestamp, "", placeholder, text, statingPaths);
            if (seen.Contains(actual)) break;
            seen.Add(text);
            text = actual;
        }

        // Alternating: state the largest size seen and pad the archive until it really has that size.
        var target = seen.Append(text).MaxBy(ParseApproximate)!;
        var paddedEntries = compressed.Concat(Stating(target)).ToList();
        for (var padding = 1; padding < ushort.MaxValue; padding += padding < 64 ? 1 : 64)
        {
            var comment = new string(' ', padding);
            if (FileSize.German(DeterministicZip.SizeOf(paddedEntries, comment)) == target)
                return new SizedArchive(paddedEntries, timestamp, comment, placeholder, target, statingPaths);
        }
        throw new InvalidOperationException("The archive size did not settle; this is a bug in Lotse.");

        CompressedEntry[] Stating(string sizeText)
        {
            // The ends of pages are mostly the same (the footer, from the statement on), so each different end is deflated
            // once: a new deflater for each page's end in each round was about a third of the deflaters made.
            var deflatedEnds = new ConcurrentDictionary<byte[], byte[]>(SameBytes.Instance);
            var entries = new CompressedEntry[stating.Count];
            Parallel.For(0, stating.Count, i =>
            {
                var file = stating[i];
                var rest = Utf8Replace.All(file.Rest, placeholder, sizeText);
                var deflatedRest = deflatedEnds.GetOrAdd(rest, DeterministicZip.Deflate);
                entries[i] = DeterministicZip.Joined(file.Path, file.HeadLength, file.DeflatedHead, file.HeadCrc, rest, deflatedRest, file.SpooledHead);
            });
            return entries;
        }
    }

    private static double ParseApproximate(string sizeText)
    {
        var parts = sizeText.Split(' ');
        var number = double.Parse(parts[0].Replace(".", "").Replace(',', '.'), System.Globalization.CultureInfo.InvariantCulture);
        return parts[1] switch { "MB" => number * 1024 * 1024, "KB" => number * 1024, _ => number };
    }
}

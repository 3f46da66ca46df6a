using System.Text;

namespace Lotse.Offline;

/// <summary>
/// The offline archive contains the pages that state its size. Builds it with the size written into
/// those pages until the stated size and the real one agree (as <see cref="FileSize.German"/> shows
/// them); when two sizes alternate, takes the larger and pads the archive comment up to it.
/// </summary>
public static class ArchiveWithSize
{
    private const int MaxRounds = 6;

    /// <param name="files">The files as written, some of which contain <paramref name="placeholder"/>.</param>
    /// <returns>The archive, the size text put into the files, and the files with the text in place.</returns>
    public static (byte[] Archive, string SizeText, IReadOnlyList<ArchiveEntry> Files) Build(
        IReadOnlyList<ArchiveEntry> files, string placeholder, DateTime timestamp, Core.Memo<CompressedEntry>? memo = null,
        CancellationToken cancellationToken = default)
    {
        var marker = Encoding.UTF8.GetBytes(placeholder);
        var withPlaceholder = files.Where(f => f.Bytes.AsSpan().IndexOf(marker) >= 0).Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        // The files without the size are compressed once. Of those that state it, the part before the first
        // statement is compressed once too, and only the rest again in each round.
        var unchanged = DeterministicZip.CompressAll(files.Where(f => !withPlaceholder.Contains(f.Path)).ToList(), memo);
        cancellationToken.ThrowIfCancellationRequested();
        var stating = files.Where(f => withPlaceholder.Contains(f.Path)).ToList();
        var heads = DeterministicZip.CompressAll(stating.Select(f => new ArchiveEntry(f.Path, f.Bytes[..f.Bytes.AsSpan().IndexOf(marker)])).ToList(), memo, b => DeterministicZip.DeflateHead(b));
        var seen = new List<string>();
        var text = FileSize.German(0);
        for (var round = 0; round < MaxRounds; round++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var archive = DeterministicZip.Assemble(unchanged.Concat(Stating(text)), timestamp);
            var actual = FileSize.German(archive.Length);
            if (actual == text) return (archive, text, Fill(files, withPlaceholder, placeholder, text));
            if (seen.Contains(actual)) break;
            seen.Add(text);
            text = actual;
        }

        // Alternating: state the largest size seen and pad the archive until it really has that size.
        var target = seen.Append(text).MaxBy(ParseApproximate)!;
        var paddedEntries = unchanged.Concat(Stating(target)).ToList();
        for (var padding = 1; padding < ushort.MaxValue; padding += padding < 64 ? 1 : 64)
        {
            var archive = DeterministicZip.Assemble(paddedEntries, timestamp, new string(' ', padding));
            if (FileSize.German(archive.Length) == target) return (archive, target, Fill(files, withPlaceholder, placeholder, target));
        }
        throw new InvalidOperationException("The archive size did not settle; this is a bug in Lotse.");

        CompressedEntry[] Stating(string sizeText)
        {
            var entries = new CompressedEntry[stating.Count];
            Parallel.For(0, stating.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            {
                var bytes = stating[i].Bytes;
                var split = heads[i].Size;
                entries[i] = DeterministicZip.CompressJoined(stating[i].Path, bytes.AsSpan(0, split), heads[i].Data,
                    Utf8Replace.All(bytes[split..], placeholder, sizeText));
            });
            return entries;
        }
    }

    private static List<ArchiveEntry> Fill(IReadOnlyList<ArchiveEntry> files, HashSet<string> withPlaceholder, string placeholder, string text) =>
        files.Select(f => withPlaceholder.Contains(f.Path)
                ? f with { Bytes = Utf8Replace.All(f.Bytes, placeholder, text) }
                : f)
            .ToList();

    private static double ParseApproximate(string sizeText)
    {
        var parts = sizeText.Split(' ');
        var number = double.Parse(parts[0].Replace(".", "").Replace(',', '.'), System.Globalization.CultureInfo.InvariantCulture);
        return parts[1] switch { "MB" => number * 1024 * 1024, "KB" => number * 1024, _ => number };
    }
}

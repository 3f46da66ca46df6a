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
        IReadOnlyList<ArchiveEntry> files, string placeholder, DateTime timestamp, Core.Memo<CompressedEntry>? memo = null)
    {
        var marker = Encoding.UTF8.GetBytes(placeholder);
        var withPlaceholder = files.Where(f => f.Bytes.AsSpan().IndexOf(marker) >= 0).Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        // The files without the size are compressed once; only those that state it are compressed again each round.
        var unchanged = DeterministicZip.CompressAll(files.Where(f => !withPlaceholder.Contains(f.Path)).ToList(), memo);
        var seen = new List<string>();
        var text = FileSize.German(0);
        for (var round = 0; round < MaxRounds; round++)
        {
            var (filled, entries) = FillAndCompress(text);
            var archive = DeterministicZip.Assemble(entries, timestamp);
            var actual = FileSize.German(archive.Length);
            if (actual == text) return (archive, text, filled);
            if (seen.Contains(actual)) break;
            seen.Add(text);
            text = actual;
        }

        // Alternating: state the largest size seen and pad the archive until it really has that size.
        var target = seen.Append(text).MaxBy(ParseApproximate)!;
        var (padded, paddedEntries) = FillAndCompress(target);
        for (var padding = 1; padding < ushort.MaxValue; padding += padding < 64 ? 1 : 64)
        {
            var archive = DeterministicZip.Assemble(paddedEntries, timestamp, new string(' ', padding));
            if (FileSize.German(archive.Length) == target) return (archive, target, padded);
        }
        throw new InvalidOperationException("The archive size did not settle; this is a bug in Lotse.");

        (List<ArchiveEntry> Filled, IEnumerable<CompressedEntry> Entries) FillAndCompress(string sizeText)
        {
            var filled = Fill(files, withPlaceholder, placeholder, sizeText);
            var stating = DeterministicZip.CompressAll(filled.Where(f => withPlaceholder.Contains(f.Path)).ToList(), memo);
            return (filled, unchanged.Concat(stating));
        }
    }

    private static List<ArchiveEntry> Fill(IReadOnlyList<ArchiveEntry> files, HashSet<string> withPlaceholder, string placeholder, string text) =>
        files.Select(f => withPlaceholder.Contains(f.Path)
                ? f with { Bytes = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(f.Bytes).Replace(placeholder, text, StringComparison.Ordinal)) }
                : f)
            .ToList();

    private static double ParseApproximate(string sizeText)
    {
        var parts = sizeText.Split(' ');
        var number = double.Parse(parts[0].Replace(".", "").Replace(',', '.'), System.Globalization.CultureInfo.InvariantCulture);
        return parts[1] switch { "MB" => number * 1024 * 1024, "KB" => number * 1024, _ => number };
    }
}

using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Lotse.Core;
using Lotse.Offline;
using Lotse.Pipelines;

namespace Lotse.Modules;

/// <summary>
/// Runs after every other file is written: fills the download sizes into the written pages and writes
/// the offline archive (<c>download/NAME.zip</c>): the whole site without the archive and the service
/// worker, <c>index.html</c> at the top, deterministic (entries sorted, every timestamp the build's Stand).
/// </summary>
public sealed class WriteOfflineArchive : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        var settings = context.Plan.Offline;
        if (!settings.Enabled) return Task.FromResult(inputs);
        var staging = context.StagingFolder;
        var faqFile = Path.Combine(staging, settings.FaqPath);
        var faqSize = File.Exists(faqFile) ? FileSize.German(new FileInfo(faqFile).Length) : "";

        var onDisk = StagingFiles.List(staging)
            .Where(p => p != settings.ArchivePath && p != ServiceWorkerFiles.WorkerPath)
            .ToDictionary(p => p, p => File.ReadAllBytes(Path.Combine(staging, p)), StringComparer.Ordinal);
        var files = onDisk.Select(f => new ArchiveEntry(f.Key, WithFaqSize(f.Key, f.Value, faqSize))).ToList();
        var (archive, _, filled) = ArchiveWithSize.Build(files, DownloadPlaceholders.ArchiveSize, Timestamp(settings.Stand));

        foreach (var file in filled)
            if (!file.Bytes.AsSpan().SequenceEqual(onDisk[file.Path]))
                File.WriteAllBytes(Path.Combine(staging, file.Path), file.Bytes);
        var target = Path.Combine(staging, settings.ArchivePath);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllBytes(target, archive);
        return Task.FromResult(inputs);
    }

    private static byte[] WithFaqSize(string file, byte[] bytes, string faqSize)
    {
        if (!file.EndsWith(".html", StringComparison.Ordinal)) return bytes;
        var text = Encoding.UTF8.GetString(bytes);
        return text.Contains(DownloadPlaceholders.FaqSize, StringComparison.Ordinal)
            ? Encoding.UTF8.GetBytes(text.Replace(DownloadPlaceholders.FaqSize, faqSize, StringComparison.Ordinal))
            : bytes;
    }

    private static DateTime Timestamp(string? stand) =>
        DateTime.TryParseExact(stand, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.AddHours(12)
            : DeterministicZip.DefaultTimestamp;
}

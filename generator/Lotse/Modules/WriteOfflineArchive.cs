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
        var written = BuildOutputs.Of(context).Where(d => d.OutputPath != settings.ArchivePath && d.OutputPath != ServiceWorkerFiles.WorkerPath).ToList();

        // The files as the build wrote them (from the documents: in place, the output folder also holds others' files).
        var logical = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var document in written)
            if (BuildOutputs.Bytes(document, staging) is { } bytes) logical[document.OutputPath] = bytes;
        var faqSize = logical.TryGetValue(settings.FaqPath, out var faq) ? FileSize.German(faq.Length) : "";
        var files = logical.Select(f => new ArchiveEntry(f.Key, WithFaqSize(f.Key, f.Value, faqSize))).ToList();
        var (archive, sizeText, filled) = ArchiveWithSize.Build(files, DownloadPlaceholders.ArchiveSize, Timestamp(settings.Stand), context.Cache?.ArchiveEntries,
            context.CancellationToken);

        // From here on not cancelled: the pages with the sizes, the archive and the sizes remembered belong together.
        Parallel.ForEach(filled, file =>
        {
            if (ReferenceEquals(file.Bytes, logical[file.Path])) return; // states no size: WriteFiles wrote it
            if (context.Cache is { } cache)
            {
                var fingerprint = StatedSizes.Of(file.Bytes);
                if (cache.Filled.TryGetValue(file.Path, out var onDisk) && onDisk == fingerprint) return;
                cache.Filled[file.Path] = fingerprint;
            }
            Output.WholeFile.Write(Path.Combine(staging, file.Path), file.Bytes);
        });
        var target = Path.Combine(staging, settings.ArchivePath);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        Output.ChangedFile.Write(target, archive);
        if (context.Cache is { } memo) memo.StatedSizes = new StatedSizes(sizeText, faqSize);
        return Task.FromResult(inputs);
    }

    private static byte[] WithFaqSize(string file, byte[] bytes, string faqSize) =>
        file.EndsWith(".html", StringComparison.Ordinal) ? Utf8Replace.All(bytes, DownloadPlaceholders.FaqSize, faqSize) : bytes;

    private static DateTime Timestamp(string? stand) =>
        DateTime.TryParseExact(stand, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.AddHours(12)
            : DeterministicZip.DefaultTimestamp;
}

using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Lotse.Kernel;
using Lotse.Site;

namespace Lotse.Features.Offline;

/// <summary>
/// Runs after every other file is written: fills the download sizes into the written pages and writes
/// the offline archive (<c>download/NAME.zip</c>): the whole site without the archive and the service
/// worker, <c>index.html</c> at the top, deterministic (entries sorted, every timestamp the build's Stand).
/// </summary>
internal sealed class WriteOfflineArchive : IModule
{
    /// <summary>From this many files, a build collects the garbage of the checks before it writes the archive.</summary>
    private const int LargeSiteFiles = 5_000;

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        var settings = OfflineSettings.Of(context);
        if (!settings.Enabled) return Task.FromResult(inputs);
        var output = context.Output;
        var cache = context.Cache?.Slot<OfflineCache>();
        var written = BuildOutputs.Of(context).Where(d => d.OutputPath != settings.ArchivePath && d.OutputPath != ServiceWorkerFiles.WorkerPath).ToList();
        if (written.Count >= LargeSiteFiles)
        {
            // Every check has run: the garbage of the search index, the Gesamtausgaben and the conformance checks is
            // collected and the memory it held given back before the archive and the compressed copies take their own
            // (10k pages: committed memory 753 -> about 520 MiB here, peak RSS of the build about 1050 -> 1000 MiB).
            OneShotMemory.GiveBack(context);
        }

        // The files as the build wrote them (from the documents: in place, the output folder also holds others' files),
        // each read when it is compressed, with the single-file FAQ's size in place.
        var faq = written.FirstOrDefault(d => d.OutputPath == settings.FaqPath) is { } faqDocument ? output.MemoryOf(faqDocument) : null;
        var faqSize = faq is { } faqBytes ? FileSize.German(faqBytes.Length) : "";
        ReadOnlyMemory<byte>? Read(Document document) => output.MemoryOf(document) is { } bytes ? WithFaqSize(document.OutputPath, bytes, faqSize) : null;
        // A build without a cache holds the compressed data in a temporary file until the archive is written (in memory when
        // the system has no room for temporary files); lotse serve keeps it in memory for its next rebuild.
        using var spool = cache is null ? ArchiveSpool.TryCreate() : null;
        var archive = ArchiveWithSize.Build(
            written.Select(d => new ArchiveSource(d.OutputPath, () => Read(d))).ToList(),
            DownloadPlaceholders.ArchiveSize, Timestamp(settings.Stand), cache?.ArchiveEntries, spool);

        // From here on not cancelled: the pages with the sizes, the archive and the sizes remembered belong together.
        context.CancellationToken.ThrowIfCancellationRequested();

        // The pages that state a size (left to this module), with the sizes in place: made again from the documents
        // (the archive keeps only their compressed form, not every page's bytes).
        // Folder by folder (a site of pretty URLs has a folder a page, none made yet: two workers that each made their
        // page's folder spun on the parent's lock; 10k pages, two alternating pairs: this module 5.3/8.8 -> 3.9/6.9 s).
        output.WriteFiles(written.Where(d => DownloadPlaceholders.AreIn(d, context)).ToList(), document => document.OutputPath,
            document => archive.FilledPieces(Read(document)!.Value));
        output.WriteFile(settings.ArchivePath, archive.Length, archive.WriteTo, archive.Fingerprint);
        // The pages' DEFLATE data for the .gz copies made after this (read back from the archive as written).
        if (output.WrittenFile(settings.ArchivePath) is { } archiveFile && new FileInfo(archiveFile).Length == archive.Length)
            ArchivedDeflates.Of(context).Set(archiveFile, archive);
        if (cache is not null) cache.StatedSizes = new StatedSizes(archive.SizeText, faqSize);
        return Task.FromResult(inputs);
    }

    private static ReadOnlyMemory<byte> WithFaqSize(string file, ReadOnlyMemory<byte> bytes, string faqSize) =>
        file.EndsWith(".html", StringComparison.Ordinal) ? Utf8Replace.All(bytes, DownloadPlaceholders.FaqSize, faqSize) : bytes;

    private static DateTime Timestamp(string? stand) =>
        DateTime.TryParseExact(stand, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.AddHours(12)
            : DeterministicZip.DefaultTimestamp;
}

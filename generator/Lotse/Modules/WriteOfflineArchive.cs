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

        // The files as the build wrote them (from the documents: in place, the output folder also holds others' files),
        // each read when it is compressed, with the single-file FAQ's size in place.
        var faq = written.FirstOrDefault(d => d.OutputPath == settings.FaqPath) is { } faqDocument ? BuildOutputs.Bytes(faqDocument, staging) : null;
        var faqSize = faq is null ? "" : FileSize.German(faq.Length);
        byte[]? Read(Document document) => BuildOutputs.Bytes(document, staging) is { } bytes ? WithFaqSize(document.OutputPath, bytes, faqSize) : null;
        var archive = ArchiveWithSize.Build(
            written.Select(d => new ArchiveSource(d.OutputPath, () => Read(d))).ToList(),
            DownloadPlaceholders.ArchiveSize, Timestamp(settings.Stand), context.Cache?.ArchiveEntries);

        // From here on not cancelled: the pages with the sizes, the archive and the sizes remembered belong together.
        context.CancellationToken.ThrowIfCancellationRequested();

        // The pages that state a size (WriteFiles left them, or in lotse serve wrote them with the last sizes), with the sizes in place:
        // made again from the documents (the archive keeps only their compressed form, not every page's bytes).
        Parallel.ForEach(written.Where(d => DownloadPlaceholders.AreIn(d, context)), document =>
        {
            var target = Path.Combine(staging, document.OutputPath);
            if (!context.InPlace && context.Cache is null)
            {
                // A new staging folder, which no server reads yet: written straight, the size put in while writing.
                archive.WriteFilled(target, Read(document)!);
                return;
            }
            var bytes = archive.Fill(Read(document)!);
            if (context.Cache is { } cache && !cache.IsNew(document.OutputPath, bytes)) return;
            Output.WholeFile.Write(target, bytes);
        });
        WriteArchive(staging, settings.ArchivePath, archive, context.Cache);
        if (context.Cache is { } memo) memo.StatedSizes = new StatedSizes(archive.SizeText, faqSize);
        return Task.FromResult(inputs);
    }

    /// <summary>Streams the archive to disk, replaced whole (a server never sees half an archive);
    /// a rebuild in <c>lotse serve</c> leaves an unchanged archive alone.</summary>
    private static void WriteArchive(string folder, string path, SizedArchive archive, BuildCache? cache)
    {
        var target = Path.Combine(folder, path);
        if (cache is not null && !cache.IsNew(path, archive.Fingerprint()) && File.Exists(target)) return;
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        Output.WholeFile.Write(target, archive.Length, archive.WriteTo);
    }

    private static byte[] WithFaqSize(string file, byte[] bytes, string faqSize) =>
        file.EndsWith(".html", StringComparison.Ordinal) ? Utf8Replace.All(bytes, DownloadPlaceholders.FaqSize, faqSize) : bytes;

    private static DateTime Timestamp(string? stand) =>
        DateTime.TryParseExact(stand, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.AddHours(12)
            : DeterministicZip.DefaultTimestamp;
}

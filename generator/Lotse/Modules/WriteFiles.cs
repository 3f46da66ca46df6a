using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using Lotse.Core;
using Lotse.Diagnostics;

namespace Lotse.Modules;

/// <summary>Writes each document to the build's staging folder: its text as UTF-8, or a copy of its file. Pages that
/// state the size of an offline download are written later, once, with the size (<see cref="WriteOfflineArchive"/>); in
/// <c>lotse serve</c> a rebuild writes them at once with the sizes the last archive had (<see cref="Offline.StatedSizes"/>).</summary>
public sealed class WriteFiles : IModule
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        var documents = inputs.Where(d => d.OutputPath.Length > 0).ToList();
        // First what to write (a rebuild in lotse serve leaves most files alone), then each of their folders once
        // (creating it for every file was a third of the writing), then the files.
        var writing = new bool[documents.Count];
        Parallel.For(0, documents.Count, new ParallelOptions { CancellationToken = context.CancellationToken }, i =>
        {
            var doc = documents[i];
            // A file its module wrote itself (ContentKeys.Written) is there already.
            writing[i] = !doc.Metadata.GetBool(ContentKeys.Written) &&
                (Offline.DownloadPlaceholders.AreIn(doc, context) || !IsUnchanged(doc, Path.Combine(context.StagingFolder, doc.OutputPath), context));
        });
        var toWrite = documents.Where((_, i) => writing[i]).ToList();
        foreach (var folder in toWrite.Select(d => Path.GetDirectoryName(Path.Combine(context.StagingFolder, d.OutputPath))!).Distinct(StringComparer.Ordinal))
            Directory.CreateDirectory(folder);
        Parallel.ForEach(toWrite, new ParallelOptions { CancellationToken = context.CancellationToken }, doc =>
        {
            var target = Path.Combine(context.StagingFolder, doc.OutputPath);
            if (Offline.DownloadPlaceholders.AreIn(doc, context))
            {
                Offline.StatedSizes.WritePage(doc, target, context); // lotse serve: with the last archive's sizes, for now
                return;
            }
            if (BuildOutputs.Utf8Of(doc) is { } utf8)
            {
                if (context.InPlace) Output.WholeFile.Write(target, utf8.Length, stream => WriteTo(stream, utf8));
                else
                {
                    using var file = new FileStream(target, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0);
                    WriteTo(file, utf8);
                }
            }
            else if (doc.Metadata.GetString(ContentKeys.CopyFrom) is not { } source)
            {
                // In place (lotse serve), a file is replaced whole: the server may be reading it.
                if (context.InPlace) Output.WholeFile.Write(target, Utf8.GetBytes(doc.Content));
                else File.WriteAllText(target, doc.Content, Utf8);
            }
            else Copy(source, target, doc.SourcePath, context);
        });
        return Task.FromResult(inputs);
    }

    private static void WriteTo(Stream stream, ReadOnlySequence<byte> bytes)
    {
        foreach (var segment in bytes) stream.Write(segment.Span);
    }

    /// <summary>When the build updates the output in place (a rebuild in <c>lotse serve</c>), a file written from the same
    /// document as before is left alone; otherwise its new fingerprint is noted (and any filled-in version forgotten).</summary>
    private static bool IsUnchanged(Document doc, string target, BuildContext context)
    {
        if (context.Cache is not { } cache) return false;
        var source = doc.Metadata.GetString(ContentKeys.CopyFrom);
        var key = new Fingerprint().Add(cache.Fingerprints.Of(doc.Content)).Add(source);
        if (BuildOutputs.Utf8Of(doc) is { } utf8) key.Add(utf8);
        if (source is not null && File.Exists(source)) key.Add(new FileInfo(source).Length).Add(File.GetLastWriteTimeUtc(source).Ticks);
        var fingerprint = key.Value;
        if (context.InPlace && cache.Written.TryGetValue(doc.OutputPath, out var before) && before == fingerprint && File.Exists(target)) return true;
        cache.Written[doc.OutputPath] = fingerprint;
        cache.Filled.TryRemove(doc.OutputPath, out _);
        return false;
    }

    /// <summary>Copies a file; a source that vanished or cannot be read is a diagnostic (the build then fails
    /// and the staging folder is discarded), never a crash.</summary>
    private static void Copy(string source, string target, string sourcePath, BuildContext context)
    {
        try
        {
            if (context.InPlace) Output.WholeFile.Copy(source, target);
            else File.Copy(source, target, overwrite: true);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            context.Diagnostics.Error(DiagnosticCodes.FileUnreadable, sourcePath, 0, 0, "The file vanished while the build was reading it. Build again");
        }
        catch (UnauthorizedAccessException)
        {
            context.Diagnostics.Error(DiagnosticCodes.FileUnreadable, sourcePath, 0, 0, "The file cannot be read (no permission). Give the build read access to it");
        }
        catch (IOException e)
        {
            context.Diagnostics.Error(DiagnosticCodes.FileUnreadable, sourcePath, 0, 0, $"The file cannot be copied ({e.Message.TrimEnd('.')}). Check the file");
        }
    }
}

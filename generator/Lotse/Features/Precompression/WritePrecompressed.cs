using System.Collections.Concurrent;
using System.Collections.Immutable;
using Lotse.Features.Offline;
using Lotse.Kernel;
using Lotse.Site;

namespace Lotse.Features.Precompression;

/// <summary>
/// Last of the build: reads every text file the build wrote (as written, with download sizes and the service worker's
/// version in place) and writes <c>NAME.gz</c> and <c>NAME.br</c> next to each of at least
/// <see cref="PrecompressionSettings.MinBytes"/> bytes, when the copy is smaller. Each copy is one piece of work, the
/// biggest first, on all cores (the search shard alone took 11 s on one core as gzip and Brotli one after the other, while
/// the other core had run out of pages). Not in <c>lotse check</c> (writes nothing); in <c>lotse serve</c> too (in its
/// second stage), so its output equals a full build's, but there only for the files written after their copies (the
/// changed ones); never in the offline ZIP (written before this), whose DEFLATE data of a page becomes its <c>.gz</c>
/// (<see cref="ArchivedDeflates"/>) when the page is what the archive holds. Returns the copies as documents, so the output folder
/// knows them as Lotse's own.
/// </summary>
internal sealed class WritePrecompressed : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        var settings = PrecompressionSettings.From(context.Config);
        var output = context.Output;
        if (!settings.Enabled || output.WritesNothing) return Task.FromResult(ImmutableArray<Document>.Empty);
        var kinds = new List<Compression>(2);
        if (settings.Gzip) kinds.Add(Compression.Gzip);
        if (settings.Brotli) kinds.Add(Compression.Brotli);
        var work = new List<Copy>();
        var kept = new ConcurrentBag<string>();
        foreach (var document in BuildOutputs.Of(context))
        {
            if (!PrecompressionSettings.IsText(document.OutputPath) || output.WrittenFile(document.OutputPath) is not { } file) continue;
            var info = new FileInfo(file);
            if (info.Length < settings.MinBytes) continue;
            foreach (var kind in kinds)
            {
                var copy = new Copy(document.OutputPath, file, kind, info.Length);
                // In place (serve): a copy written after its file is still right; the changed files are compressed anew.
                if (output.IsInPlace && File.GetLastWriteTimeUtc(file + copy.Extension) is var at && at > info.LastWriteTimeUtc)
                    kept.Add(copy.OutputPath);
                else
                    work.Add(copy);
            }
        }
        work.Sort((a, b) => b.Length.CompareTo(a.Length));
        var written = new ConcurrentBag<string>();
        var archived = ArchivedDeflates.Of(context);
        var options = new ParallelOptions { CancellationToken = context.CancellationToken };
        // No buffering: each core takes the next biggest copy when it is free.
        Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(work, EnumerablePartitionerOptions.NoBuffering), options, copy =>
        {
            var bytes = File.ReadAllBytes(copy.File);
            // The offline archive deflated the same bytes at the same level: its stream in a gzip frame, not deflated again.
            ReadOnlyMemory<byte>[] compressed = copy.Kind == Compression.Brotli ? [Compressors.Brotli(bytes, settings.BrotliQuality)]
                : archived.Deflated(copy.Path, bytes) is { } deflated ? Compressors.GzipOf(bytes, deflated)
                : [Compressors.Gzip(bytes)];
            if (compressed.Sum(piece => (long)piece.Length) >= bytes.Length) return;
            output.WriteFile(copy.OutputPath, compressed);
            written.Add(copy.OutputPath);
        });
        return Task.FromResult(written.Concat(kept).Order(StringComparer.Ordinal)
            .Select(path => new Document("", path, "", Metadata.Empty) { Body = DocumentBody.Streamed })
            .ToImmutableArray());
    }

    private enum Compression { Gzip, Brotli }

    private sealed record Copy(string Path, string File, Compression Kind, long Length)
    {
        public string Extension => Kind == Compression.Gzip ? ".gz" : ".br";
        public string OutputPath => Path + Extension;
    }
}

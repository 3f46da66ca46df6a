using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using Lotse.Features.Offline;
using Lotse.Blocks.Output;
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
        var work = new List<FileToCompress>();
        var kept = new ConcurrentBag<string>();
        foreach (var document in BuildOutputs.Of(context))
        {
            if (!PrecompressionSettings.IsText(document.OutputPath) || output.WrittenFile(document.OutputPath) is not { } file) continue;
            var info = new FileInfo(file);
            if (info.Length < settings.MinBytes) continue;
            var copies = new List<Compression>(2);
            foreach (var kind in Kinds(settings, document.OutputPath, info.Length))
            {
                // In place (serve): a copy written after its file is still right; the changed files are compressed anew.
                if (output.IsInPlace && File.GetLastWriteTimeUtc(file + Extension(kind)) is var at && at > info.LastWriteTimeUtc)
                    kept.Add(document.OutputPath + Extension(kind));
                else
                    copies.Add(kind);
            }
            if (copies.Count > 0) work.Add(new FileToCompress(document.OutputPath, file, copies, info.Length));
        }
        work.Sort((a, b) => b.Length.CompareTo(a.Length));
        var written = new ConcurrentBag<string>();
        using var archived = ArchivedDeflates.Of(context).Open();
        // One worker a core: the work waits on the disk now and then (creating and writing files), and more workers than
        // cores (the pool added up to 15) only took turns and contended.
        var options = new ParallelOptions { CancellationToken = context.CancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        // No buffering: each core takes the next biggest file when it is free. A file's copies are made one after the other
        // from one read of it (the 87 MB search shard of 10k pages was read twice at once, by two cores, when each copy was
        // its own piece of work; its .gz comes from the offline archive and costs little).
        Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(work, EnumerablePartitionerOptions.NoBuffering), options, item =>
        {
            if (item.Length > RentedBytes.PooledMax)
            {
                foreach (var copy in WriteBig(output, item, settings, archived)) written.Add(copy);
                return;
            }
            using var bytes = RentedBytes.ReadFile(item.File);
            foreach (var kind in item.Copies)
                if (WriteCopy(output, item.Path, bytes.Span, kind, settings, archived)) written.Add(item.Path + Extension(kind));
        });
        return Task.FromResult(written.Concat(kept).Order(StringComparer.Ordinal)
            .Select(path => new Document("", path, "", Metadata.Empty) { Body = DocumentBody.Streamed })
            .ToImmutableArray());
    }

    /// <summary>Writes one copy of a file when it is smaller than the file; true when it did. Its bytes are in arrays
    /// rented for it (the file's, the Brotli copy's, the archive's DEFLATE data), given back once it is written.</summary>
    private static bool WriteCopy(OutputWriter output, string path, ReadOnlySpan<byte> bytes, Compression kind, PrecompressionSettings settings, ArchivedDeflates.Reader archived)
    {
        if (kind == Compression.Brotli)
        {
            using var brotli = Compressors.Brotli(bytes, settings.BrotliQuality);
            return WriteIfSmaller(output, path + Extension(kind), [brotli.Memory], bytes.Length);
        }
        // The offline archive deflated the same bytes at the same level: its stream in a gzip frame, not deflated again.
        RentedBytes? rented = null;
        try
        {
            ReadOnlyMemory<byte>[] compressed = archived.Deflated(path, bytes, length => (rented = RentedBytes.Rent(length)).Value.Array) is { } deflated
                ? Compressors.GzipOf(bytes, deflated)
                : [Compressors.Gzip(bytes)];
            return WriteIfSmaller(output, path + Extension(kind), compressed, bytes.Length);
        }
        finally
        {
            rented?.Dispose();
        }
    }

    /// <summary>The copies of a file too big for the pool, from reads of it (<see cref="BigFileCopies"/>); the paths of
    /// those written.</summary>
    private static List<string> WriteBig(OutputWriter output, FileToCompress item, PrecompressionSettings settings, ArchivedDeflates.Reader archived)
    {
        var (brotli, crc, length) = BigFileCopies.Read(item.File, item.Copies.Contains(Compression.Brotli) ? settings.BrotliQuality : null);
        var written = new List<string>(2);
        foreach (var kind in item.Copies)
        {
            var copy = kind == Compression.Brotli ? brotli!.Pieces() : BigFileCopies.Gzip(item.Path, item.File, crc, length, archived);
            if (WriteIfSmaller(output, item.Path + Extension(kind), copy, length)) written.Add(item.Path + Extension(kind));
        }
        return written;
    }

    private static bool WriteIfSmaller(OutputWriter output, string copyPath, IReadOnlyList<ReadOnlyMemory<byte>> compressed, long length)
    {
        if (compressed.Sum(piece => (long)piece.Length) >= length) return false;
        output.WriteFile(copyPath, compressed);
        return true;
    }

    private enum Compression { Gzip, Brotli }

    private static IEnumerable<Compression> Kinds(PrecompressionSettings settings, string path, long length)
    {
        if (settings.Gzip) yield return Compression.Gzip;
        if (settings.WantsBrotli(path, length)) yield return Compression.Brotli;
    }

    private static string Extension(Compression kind) => kind == Compression.Gzip ? ".gz" : ".br";

    /// <summary>A written file and the copies of it still to make.</summary>
    private sealed record FileToCompress(string Path, string File, IReadOnlyList<Compression> Copies, long Length);
}

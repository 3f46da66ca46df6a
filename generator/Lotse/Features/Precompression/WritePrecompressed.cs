using System.Collections.Immutable;
using Lotse.Kernel;
using Lotse.Site;

namespace Lotse.Features.Precompression;

/// <summary>
/// Last of the build: reads every text file the build wrote (as written, with download sizes and the service worker's
/// version in place) and writes <c>NAME.gz</c> and <c>NAME.br</c> next to each of at least
/// <see cref="PrecompressionSettings.MinBytes"/> bytes, on all cores, when the copy is smaller. Not in <c>lotse check</c>
/// (writes nothing); in <c>lotse serve</c> too (in its second stage), so its output equals a full build's; never in the
/// offline ZIP (written before this). Returns the copies as documents, so the output folder knows them as Lotse's own.
/// </summary>
internal sealed class WritePrecompressed : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        var settings = PrecompressionSettings.From(context.Config);
        var output = context.Output;
        if (!settings.Enabled || output.WritesNothing) return Task.FromResult(ImmutableArray<Document>.Empty);
        var files = BuildOutputs.Of(context)
            .Where(d => PrecompressionSettings.IsText(d.OutputPath))
            .Select(d => (d.OutputPath, File: output.WrittenFile(d.OutputPath)))
            .Where(f => f.File is not null && new FileInfo(f.File).Length >= settings.MinBytes)
            .ToList();
        var written = new List<string>?[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { CancellationToken = context.CancellationToken }, i =>
        {
            var (path, file) = files[i];
            var bytes = File.ReadAllBytes(file!);
            var mine = new List<string>(2);
            if (settings.Gzip && Compressors.Gzip(bytes) is { } gz && gz.Length < bytes.Length)
            {
                output.WriteFile(path + ".gz", gz);
                mine.Add(path + ".gz");
            }
            if (settings.Brotli && Compressors.Brotli(bytes, settings.BrotliQuality) is { } br && br.Length < bytes.Length)
            {
                output.WriteFile(path + ".br", br);
                mine.Add(path + ".br");
            }
            written[i] = mine;
        });
        return Task.FromResult(written.SelectMany(w => w ?? [])
            .Select(path => new Document("", path, "", Metadata.Empty) { Body = DocumentBody.Streamed })
            .ToImmutableArray());
    }
}

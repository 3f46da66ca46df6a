using System.Collections.Immutable;
using System.Globalization;
using Lotse.Kernel;
using Lotse.Site;

namespace Lotse.Features.Dates;

/// <summary>Sets <c>zuletzt_geaendert</c> on every page read from a file: the date of the last commit that
/// touched it (one <see cref="GitHistory"/> call per build; in <c>lotse serve</c> only when the checked-out commit changed), or the file's modification time (UTC) where
/// there is no git or the file has no commit yet.</summary>
internal sealed class AddLastChanged : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        var root = context.Options.Root;
        var history = context.Cache is { } cache
            ? cache.Slot<DatesCache>().GitHistory.LastChanged(root, "content", context.CancellationToken)
            : GitHistory.LastChanged(root, "content", context.CancellationToken);
        var results = new Document[inputs.Length];
        Parallel.For(0, inputs.Length, new ParallelOptions { CancellationToken = context.CancellationToken }, i =>
        {
            var page = inputs[i];
            results[i] = page;
            if (page.Metadata.ContainsKey(DateKeys.LastChanged)) return;
            var date = history?.GetValueOrDefault(page.SourcePath) ?? FileDate(context.Paths.Full(page.SourcePath), context.Cache);
            if (date is null) return;
            // In lotse serve, the same page with the same date is the same document as before.
            results[i] = context.Derive(cache => cache.Slot<DatesCache>().LastChanged, page, date, WithDate);
        });
        return Task.FromResult(results.ToImmutableArray());
    }

    private static Document WithDate(Document page, string? date) => page.WithMetadata(DateKeys.LastChanged, date);

    /// <summary>In <c>lotse serve</c>, the time the file had when its text was read (<see cref="SourceTexts.WriteTime"/>), without asking the file system again.</summary>
    private static string? FileDate(string path, BuildCache? cache)
    {
        var time = cache?.SourceTexts.WriteTime(path) ?? (File.Exists(path) ? File.GetLastWriteTimeUtc(path) : (DateTime?)null);
        return time?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}

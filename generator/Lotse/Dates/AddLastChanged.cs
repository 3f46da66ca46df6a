using System.Collections.Immutable;
using System.Globalization;
using Lotse.Core;

namespace Lotse.Dates;

/// <summary>Sets <c>zuletzt_geaendert</c> on every page read from a file: the date of the last commit that
/// touched it (one <see cref="GitHistory"/> call per build; in <c>lotse serve</c> only when the checked-out commit changed), or the file's modification time (UTC) where
/// there is no git or the file has no commit yet.</summary>
public sealed class AddLastChanged : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        var root = context.Options.Root;
        var history = context.Cache is { } cache
            ? cache.GitHistory.LastChanged(root, "content", context.CancellationToken)
            : GitHistory.LastChanged(root, "content", context.CancellationToken);
        return Task.FromResult(inputs.Select(page =>
        {
            if (page.Metadata.ContainsKey(DateKeys.LastChanged)) return page;
            var date = history?.GetValueOrDefault(page.SourcePath) ?? FileDate(Path.Combine(root, page.SourcePath));
            return date is null ? page : page.WithMetadata(DateKeys.LastChanged, date);
        }).ToImmutableArray());
    }

    private static string? FileDate(string path) => File.Exists(path)
        ? File.GetLastWriteTimeUtc(path).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : null;
}

using System.Collections.Immutable;
using Lotse.Blocks.Diagnostics;
using Lotse.Blocks.Paths;
using Lotse.Kernel;

namespace Lotse.Site.Modules;

/// <summary>Gives every page its output path (<c>a.md</c> → <c>a/index.html</c>) and reports two pages that
/// would be written to the same path, or to paths that differ only in case or Unicode normalisation (one file on
/// Windows, macOS and in the ZIP download), naming both. Documents come out sorted by source path.</summary>
internal sealed class AssignOutputPaths : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        var docs = inputs
            .Select(d => context.Derive(cache => cache.OutputPaths, d, true, WithOutputPath))
            .OrderBy(d => d.SourcePath, StringComparer.Ordinal)
            .ToList();
        // The first page (by source path) for each output path stays; the pages keep that order.
        var result = ImmutableArray.CreateBuilder<Document>(docs.Count);
        var first = new Dictionary<string, Document>(docs.Count, StringComparer.Ordinal);
        var folded = new Dictionary<string, Document>(docs.Count, StringComparer.Ordinal);
        foreach (var doc in docs)
        {
            if (!first.TryAdd(doc.OutputPath, doc))
                context.Diagnostics.Error(DiagnosticCodes.DuplicateOutputPath, doc.SourcePath, 0, 0,
                    $"This page and '{first[doc.OutputPath].SourcePath}' would both be written to '{doc.OutputPath}'. Rename or move one of them");
            else if (!folded.TryAdd(FileNames.CollisionKey(doc.OutputPath), doc))
            {
                var other = folded[FileNames.CollisionKey(doc.OutputPath)];
                context.Diagnostics.Error(DiagnosticCodes.DuplicateOutputPath, doc.SourcePath, 0, 0,
                    $"This page would be written to '{doc.OutputPath}' and '{other.SourcePath}' to '{other.OutputPath}', which differ only in upper/lower case or in how umlauts are encoded; on Windows, macOS and in the ZIP download they are the same file. Rename or move one of them");
            }
            else result.Add(doc);
        }
        return Task.FromResult(result.ToImmutable());
    }

    /// <summary>In <c>lotse serve</c>, the same page gets the same document as before (<see cref="BuildCache.OutputPaths"/>).</summary>
    private static Document WithOutputPath(Document d, bool _) =>
        d with { OutputPath = d.Metadata.GetString(ContentKeys.OutputOverride) ?? SiteUrls.OutputPathFor(d.ContentPath()) };
}

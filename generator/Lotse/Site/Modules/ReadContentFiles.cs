using System.Collections.Immutable;
using Lotse.Kernel;

namespace Lotse.Site.Modules;

/// <summary>Reads every <c>content/**/*.md</c> (and <c>*.mdx</c>) (not in folders or files starting with <c>_</c> or <c>.</c>), sorted by path.</summary>
internal sealed class ReadContentFiles : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        var files = ContentFiles.Enumerate(context.Paths.Content, context.Diagnostics, context.Paths.Relative, context.Cache?.ContentListing)
            .Where(ContentFiles.IsPage)
            .ToList();
        var docs = SourceFiles.ReadAll(files, context)
            .Where(f => f.Text is not null)
            .Select(f => new Document(f.Relative, "", f.Text!, Metadata.Empty));
        return Task.FromResult(docs.ToImmutableArray());
    }
}

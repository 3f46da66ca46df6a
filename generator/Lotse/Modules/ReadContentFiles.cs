using System.Collections.Immutable;
using Lotse.Core;
using Lotse.Data;
using Lotse.Diagnostics;

namespace Lotse.Modules;

/// <summary>Reads every <c>content/**/*.md</c> (not in folders or files starting with <c>_</c> or <c>.</c>), sorted by path.</summary>
public sealed class ReadContentFiles : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        var files = ContentFiles.Enumerate(context.Paths.Content, context.Diagnostics, context.Paths.Relative)
            .Where(f => f.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            .ToList();
        var docs = new Document?[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var relative = context.Paths.Relative(files[i]);
            var text = SourceText.Read(files[i], out var problem);
            if (text is null)
            {
                context.Diagnostics.Error(DiagnosticCodes.FileUnreadable, relative, 0, 0, problem!);
                return;
            }
            docs[i] = new Document(relative, "", text, Metadata.Empty);
        });
        return Task.FromResult(docs.OfType<Document>().ToImmutableArray());
    }
}

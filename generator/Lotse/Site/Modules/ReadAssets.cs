using System.Collections.Immutable;
using Lotse.Kernel;

namespace Lotse.Site.Modules;

/// <summary>Finds the files to copy: each theme's <c>assets/**</c> (layered: the first theme that has a file wins)
/// to <c>assets/…</c>, and every non-Markdown file in <c>content/</c> to the same path in the site.</summary>
public sealed class ReadAssets : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        var byOutput = new SortedDictionary<string, Document>(StringComparer.Ordinal);
        foreach (var theme in context.Paths.Themes.Reverse())
        {
            var assets = Path.Combine(theme, "assets");
            if (!Directory.Exists(assets)) continue;
            foreach (var file in Directory.EnumerateFiles(assets, "*", SearchOption.AllDirectories))
            {
                var output = "assets/" + Path.GetRelativePath(assets, file).Replace('\\', '/');
                byOutput[output] = new Document(context.Paths.Relative(file), output, "", Metadata.Empty) { Body = DocumentBody.CopyOf(file) };
            }
        }
        foreach (var file in ContentFiles.Enumerate(context.Paths.Content, context.Diagnostics, context.Paths.Relative, context.Cache?.ContentListing))
        {
            if (file.EndsWith(".md", StringComparison.OrdinalIgnoreCase)) continue;
            var source = context.Paths.Relative(file);
            var doc = new Document(source, "", "", Metadata.Empty) { Body = DocumentBody.CopyOf(file) };
            doc = doc with { OutputPath = doc.ContentPath() };
            byOutput[doc.OutputPath] = doc;
        }
        return Task.FromResult(byOutput.Values.ToImmutableArray());
    }
}

using System.Collections.Immutable;
using Lotse.Blocks.Diagnostics;
using Lotse.Blocks.Output;
using Lotse.Kernel;

namespace Lotse.Site.Modules;

/// <summary>Finds the files to copy: each theme's <c>assets/**</c> (layered: the first theme that has a file wins)
/// to <c>assets/…</c>, and every non-Markdown file in <c>content/</c> to the same path in the site.</summary>
internal sealed class ReadAssets : IModule
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
                if (FileKind.NotRegular(file) is { } what)
                {
                    context.Diagnostics.Error(DiagnosticCodes.SpecialFile, context.Paths.Relative(file), 0, 0,
                        $"The file is not a regular file ({what}), so it is not copied. Remove it from the theme");
                    continue;
                }
                var output = "assets/" + Path.GetRelativePath(assets, file).Replace('\\', '/');
                byOutput[output] = new Document(context.Paths.Relative(file), output, "", Metadata.Empty) { Body = DocumentBody.CopyOf(file) };
            }
        }
        foreach (var file in ContentFiles.Enumerate(context.Paths.Content, context.Diagnostics, context.Paths.Relative, context.Cache?.ContentListing))
        {
            if (ContentFiles.IsPage(file)) continue;
            var source = context.Paths.Relative(file);
            var doc = new Document(source, "", "", Metadata.Empty) { Body = DocumentBody.CopyOf(file) };
            doc = doc with { OutputPath = doc.ContentPath() };
            if (byOutput.TryGetValue(doc.OutputPath, out var asset))
            {
                context.Diagnostics.Error(DiagnosticCodes.DuplicateOutputPath, source, 0, 0,
                    $"This file and the theme's '{asset.SourcePath}' would both be written to '{doc.OutputPath}'. Rename or move the file");
                continue;
            }
            byOutput[doc.OutputPath] = doc;
        }
        return Task.FromResult(byOutput.Values.ToImmutableArray());
    }
}

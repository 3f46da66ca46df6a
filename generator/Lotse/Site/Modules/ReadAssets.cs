using Lotse.Blocks.Config;
using Lotse.Blocks.Paths;
using System.Collections.Immutable;
using Lotse.Blocks.Diagnostics;
using Lotse.Blocks.Output;
using Lotse.Kernel;

namespace Lotse.Site.Modules;

/// <summary>Finds the files to copy: each theme's <c>assets/**</c> (layered: the first theme that has a file wins)
/// to <c>assets/…</c>, and every non-Markdown file in <c>content/</c> (not excluded by <c>exclude:</c>) to the same path in the site.</summary>
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
        var contentFiles = ContentFiles.Enumerate(context.Paths.Content, context.Diagnostics, context.Paths.Relative, context.Cache?.ContentListing);
        foreach (var file in ContentExclusions.From(context.Config.Values).Filter(contentFiles, context.Paths.Content))
        {
            if (MarkdownFiles.IsPage(file)) continue;
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
        AddPublicFolder(byOutput, context);
        return Task.FromResult(byOutput.Values.ToImmutableArray());
    }

    /// <summary>The <c>lotse.yml</c> key of a folder (from the site root) whose files are published at the site's root,
    /// as Docusaurus's and Hugo's <c>static/</c>: <c>public: static</c>. Root-relative links (<c>/img/x.png</c>) find them.</summary>
    public const string PublicKey = "public";

    private static void AddPublicFolder(SortedDictionary<string, Document> byOutput, BuildContext context)
    {
        if (context.Config.Values.GetValueOrDefault(PublicKey) is not string { Length: > 0 } setting) return;
        var folder = Path.GetFullPath(Path.Combine(context.Paths.Root, setting));
        if (!Directory.Exists(folder))
        {
            var (line, column) = context.Config.At(PublicKey);
            context.Diagnostics.Error(DiagnosticCodes.PublicFolderMissing, SiteConfig.FileName, line, column,
                $"The public folder '{setting}' does not exist. Give a folder from the site root (public: static), or remove the setting");
            return;
        }
        foreach (var file in ContentFiles.Enumerate(folder, context.Diagnostics, context.Paths.Relative))
        {
            var output = Path.GetRelativePath(folder, file).Replace('\\', '/');
            var source = context.Paths.Relative(file);
            if (byOutput.TryGetValue(output, out var other))
            {
                context.Diagnostics.Error(DiagnosticCodes.DuplicateOutputPath, source, 0, 0,
                    $"This file and '{other.SourcePath}' would both be written to '{output}'. Rename or move one of them");
                continue;
            }
            byOutput[output] = new Document(source, output, "", Metadata.Empty.Set(ContentKeys.PublicPath, output)) { Body = DocumentBody.CopyOf(file) };
        }
    }
}

using System.Collections.Immutable;
using Lotse.Blocks.Diagnostics;
using Lotse.Kernel;
using Lotse.Search;

namespace Lotse.Site.Modules;

/// <summary>Copies the browser libraries for search (lunr.js, lunr-languages; pinned in package-lock.json,
/// restored by npm into node_modules, never committed) into the site's <c>assets/vendor/</c>: the site's own
/// <c>node_modules</c>, else those that ship next to the tool.</summary>
internal sealed class ReadVendorFiles : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        if (context.Config.Values.GetValueOrDefault("search") is not true) return Task.FromResult(inputs);
        var modules = Path.Combine(context.Paths.Root, "node_modules");
        var result = inputs.ToBuilder();
        foreach (var vendor in SearchIndexWriter.VendorFiles)
        {
            var file = Path.Combine(modules, vendor.NpmPath);
            // The libraries also ship next to the tool, so that a site needs no npm of its own.
            if (!File.Exists(file)) file = Path.Combine(AppContext.BaseDirectory, "node_modules", vendor.NpmPath);
            if (!File.Exists(file))
            {
                context.Diagnostics.Error(DiagnosticCodes.VendorFileMissing, "package.json", 0, 0,
                    $"'node_modules/{vendor.NpmPath}' is missing. Run 'npm ci' in the site root (dotnet build does it when node_modules is missing)");
                continue;
            }
            result.Add(new Document("node_modules/" + vendor.NpmPath, vendor.SitePath, "", Metadata.Empty) { Body = DocumentBody.CopyOf(file) });
        }
        return Task.FromResult(result.ToImmutable());
    }
}

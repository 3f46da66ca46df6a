using System.Collections.Immutable;
using System.Text;
using Lotse.Kernel;
using Lotse.Site;

namespace Lotse.Features.Offline;

/// <summary>
/// Writes <c>sw.js</c> at the site root from the theme's <c>sw.js</c>, last of all: its version is a
/// hash of every other written file, and it lists the start page, the FAQ, the search and the assets to
/// store at install. A theme without <c>sw.js</c> gets an empty worker that caches nothing.
/// The worker is written also without offline downloads (<c>offline: false</c>): the theme's offline.js
/// registers it on every page, and a site that once had a worker must be able to replace it.
/// </summary>
internal sealed class WriteServiceWorker : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        var settings = OfflineSettings.Of(context);
        var output = context.Output;
        // In path order (BuildOutputs.Of sorts). Text and bytes in memory are hashed from there (the same bytes as the
        // files); copies, streamed files and pages with download sizes are read from the output.
        var documents = BuildOutputs.Of(context)
            .Select(d => (Document: d, File: output.WrittenFile(d.OutputPath)))
            .Where(d => d.Document.OutputPath != ServiceWorkerFiles.WorkerPath && d.Document.OutputPath != settings.ArchivePath && d.File is not null)
            .ToList();
        var files = documents.Select(d => d.Document.OutputPath).ToList();
        // In lotse serve, a newer change stops a rebuild's second stage here too (it holds the output folder).
        var version = ServiceWorkerVersion.Of(files, context.CancellationToken, i =>
        {
            var (doc, file) = documents[i];
            return DownloadPlaceholders.AreIn(doc, context) ? ServiceWorkerVersion.OfFile(file!) : ServiceWorkerVersion.Of(doc, file!);
        });
        var template = ThemeFiles.Find(context.Paths.Themes, ServiceWorkerFiles.WorkerPath) is { } worker
            ? File.ReadAllText(worker)
            : "/* no service worker in the theme */\n";
        var script = ServiceWorkerScript.Fill(template, version, files.Where(p => ServiceWorkerFiles.IsPrecached(p, settings)));
        output.WriteFile(ServiceWorkerFiles.WorkerPath, new UTF8Encoding(false).GetBytes(script));
        return Task.FromResult(inputs);
    }
}

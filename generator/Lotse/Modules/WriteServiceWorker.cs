using System.Collections.Immutable;
using System.Text;
using Lotse.Core;
using Lotse.Offline;
using Lotse.Pipelines;

namespace Lotse.Modules;

/// <summary>
/// Writes <c>sw.js</c> at the site root from the theme's <c>sw.js</c>, last of all: its version is a
/// hash of every other written file, and it lists the start page, the FAQ, the search and the assets to
/// store at install. A theme without <c>sw.js</c> gets an empty worker that caches nothing.
/// The worker is written also without offline downloads (<c>offline: false</c>): the theme's offline.js
/// registers it on every page, and a site that once had a worker must be able to replace it.
/// </summary>
public sealed class WriteServiceWorker : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        var settings = context.Plan.Offline;
        var staging = context.StagingFolder;
        // In path order (BuildOutputs.Of sorts). Text that WriteFiles wrote as it is is hashed from memory (the same
        // UTF-8 bytes) instead of being read back; copies and pages with download sizes are read from the output.
        var documents = BuildOutputs.Of(context)
            .Where(d => d.OutputPath != ServiceWorkerFiles.WorkerPath && d.OutputPath != settings.ArchivePath && File.Exists(Path.Combine(staging, d.OutputPath)))
            .ToList();
        var files = documents.Select(d => d.OutputPath).ToList();
        // In lotse serve, a newer change stops a rebuild's second stage here too (it holds the output folder).
        var version = ServiceWorkerVersion.Of(files, context.CancellationToken, i =>
        {
            var doc = documents[i];
            var file = Path.Combine(staging, doc.OutputPath);
            if (doc.Metadata.GetBool(ContentKeys.Written)) return ServiceWorkerVersion.OfFile(file); // a search shard streamed to disk
            if (BuildOutputs.Utf8Of(doc) is { } utf8) return ServiceWorkerVersion.OfBytes(utf8); // a search shard kept in pieces
            return doc.Metadata.GetString(ContentKeys.CopyFrom) is not null || DownloadPlaceholders.AreIn(doc, context)
                ? ServiceWorkerVersion.OfFile(file)
                : ServiceWorkerVersion.OfText(doc.Content);
        });
        var template = ThemeFiles.Find(context.Paths.Themes, ServiceWorkerFiles.WorkerPath) is { } worker
            ? File.ReadAllText(worker)
            : "/* no service worker in the theme */\n";
        var script = ServiceWorkerScript.Fill(template, version, files.Where(p => ServiceWorkerFiles.IsPrecached(p, settings)));
        Output.ChangedFile.Write(Path.Combine(staging, ServiceWorkerFiles.WorkerPath), new UTF8Encoding(false).GetBytes(script));
        return Task.FromResult(inputs);
    }
}

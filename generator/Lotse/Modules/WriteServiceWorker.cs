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
        var files = new List<string>();
        using var version = new ServiceWorkerVersion();
        var buffer = Array.Empty<byte>();
        // In path order (BuildOutputs.Of sorts). Text that WriteFiles wrote as it is is hashed from memory (the same
        // UTF-8 bytes) instead of being read back; copies and pages with download sizes are read from the output.
        foreach (var doc in BuildOutputs.Of(context))
        {
            // In lotse serve, a newer change stops a rebuild's second stage here too (it holds the output folder).
            context.CancellationToken.ThrowIfCancellationRequested();
            var path = doc.OutputPath;
            var file = Path.Combine(staging, path);
            if (path == ServiceWorkerFiles.WorkerPath || path == settings.ArchivePath || !File.Exists(file)) continue;
            files.Add(path);
            if (doc.Metadata.GetBool(ContentKeys.Written))
            {
                using var written = File.OpenRead(file);
                version.Add(path, written); // a search shard, maybe over a hundred MB: read in pieces
                continue;
            }
            if (BuildOutputs.Utf8Of(doc) is { } utf8)
            {
                version.Add(path, utf8); // no copy of the search index's shards
                continue;
            }
            if (doc.Metadata.GetString(ContentKeys.CopyFrom) is not null || DownloadPlaceholders.AreIn(doc, context))
            {
                version.Add(path, File.ReadAllBytes(file));
                continue;
            }
            var most = Encoding.UTF8.GetMaxByteCount(doc.Content.Length);
            if (buffer.Length < most) buffer = new byte[Math.Max(most, 2 * buffer.Length)];
            version.Add(path, buffer.AsSpan(0, Encoding.UTF8.GetBytes(doc.Content, buffer)));
        }
        var template = ThemeFiles.Find(context.Paths.Themes, ServiceWorkerFiles.WorkerPath) is { } worker
            ? File.ReadAllText(worker)
            : "/* no service worker in the theme */\n";
        var script = ServiceWorkerScript.Fill(template, version.Value, files.Where(p => ServiceWorkerFiles.IsPrecached(p, settings)));
        Output.ChangedFile.Write(Path.Combine(staging, ServiceWorkerFiles.WorkerPath), new UTF8Encoding(false).GetBytes(script));
        return Task.FromResult(inputs);
    }
}

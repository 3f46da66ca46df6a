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
/// </summary>
public sealed class WriteServiceWorker : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        var settings = context.Plan.Offline;
        var staging = context.StagingFolder;
        var files = BuildOutputs.Of(context).Select(d => d.OutputPath)
            .Where(p => p != ServiceWorkerFiles.WorkerPath && p != settings.ArchivePath && File.Exists(Path.Combine(staging, p))).ToList();
        var version = ServiceWorkerScript.Version(files.Select(p => (p, File.ReadAllBytes(Path.Combine(staging, p)))));
        var template = ThemeFiles.Find(context.Paths.Themes, ServiceWorkerFiles.WorkerPath) is { } file
            ? File.ReadAllText(file)
            : "/* no service worker in the theme */\n";
        var script = ServiceWorkerScript.Fill(template, version, files.Where(p => ServiceWorkerFiles.IsPrecached(p, settings)));
        Output.ChangedFile.Write(Path.Combine(staging, ServiceWorkerFiles.WorkerPath), new UTF8Encoding(false).GetBytes(script));
        return Task.FromResult(inputs);
    }
}

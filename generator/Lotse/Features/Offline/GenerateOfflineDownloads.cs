using System.Collections.Immutable;
using Lotse.Blocks.Diagnostics;
using Lotse.Features.SiteSearch;
using Lotse.Kernel;
using Lotse.Site;
using Lotse.Site.Pipelines;

namespace Lotse.Features.Offline;

/// <summary>
/// Declares the offline files once every page is known: the single-file FAQ (written here), and the
/// archive and the service worker, whose bytes only exist after every other file is written
/// (<see cref="WriteOfflineArchive"/>, <see cref="WriteServiceWorker"/>). Declaring them now lets the
/// link check see the footer's links to them.
/// </summary>
internal sealed class GenerateOfflineDownloads : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        var pages = context.Outputs[nameof(ContentPipeline), Phase.Process];
        var settings = OfflineSettings.Of(context);
        var worker = inputs.Add(new Document("lotse.yml", ServiceWorkerFiles.WorkerPath, "", Metadata.Empty));
        if (!settings.Enabled) return Task.FromResult(worker);
        var result = worker.Add(new Document("lotse.yml", settings.ArchivePath, "", Metadata.Empty));

        var faq = FaqCollection.From(pages, settings.FaqSource);
        if (!faq.Questions.Any()) return Task.FromResult(result);
        var nodeModules = NodeModules.Find(context.Paths.Root);
        if (nodeModules is null)
        {
            context.Diagnostics.Warning(DiagnosticCodes.OfflineFilesMissing, "package.json", 0, 0,
                $"node_modules with lunr is missing, so '{settings.FaqPath}' has no search. Run 'npm ci' at the repository root");
        }
        var missing = new[] { SingleFileFaq.StyleFile, SingleFileFaq.ScriptFile, SingleFileFaq.LunrLotseFile }
            .Where(f => ThemeFiles.Find(context.Paths.Themes, f) is null).ToList();
        if (missing.Count > 0)
        {
            context.Diagnostics.Warning(DiagnosticCodes.OfflineFilesMissing, context.Paths.Relative(context.Paths.Themes[0]), 0, 0,
                $"The theme lacks {string.Join(", ", missing)}, so '{settings.FaqPath}' is not written. Copy them from themes/default");
            return Task.FromResult(result);
        }
        string ThemeFile(string path) => File.ReadAllText(ThemeFiles.Find(context.Paths.Themes, path)!);
        string NpmFile(string path) => nodeModules is null ? "" : File.ReadAllText(Path.Combine(nodeModules, path));
        var html = WriteOrReuse(pages, settings, nodeModules, context,
            () => new SingleFileFaq(faq, context.Config.Title, context.Config.BaseUrl, settings.Stand, GlossarySearchSynonyms.From(SiteData.Of(context))).Write(ThemeFile, NpmFile));
        return Task.FromResult(result.Add(new Document(faq.Overview!.SourcePath, settings.FaqPath, html, Metadata.Empty)));
    }

    /// <summary>In <c>lotse serve</c>, the single-file FAQ is written again only when its pages, the data, the
    /// settings or the files it embeds (theme and npm files, by path, size and time) changed.</summary>
    private static string WriteOrReuse(ImmutableArray<Document> pages, OfflineSettings settings, string? nodeModules, BuildContext context, Func<string> write) =>
        context.Reuse(cache => cache.Slot<OfflineCache>().Faq, () => Key(pages, settings, nodeModules, context), write)!;

    private static UInt128 Key(ImmutableArray<Document> pages, OfflineSettings settings, string? nodeModules, BuildContext context)
    {
        var key = new Fingerprint().Add(nameof(SingleFileFaq)).AddValue(context.Config.Values).AddValue(context.Plan.Data).Add(settings.Stand);
        foreach (var page in pages.Where(p => p.ContentPath().StartsWith(settings.FaqSource, StringComparison.Ordinal))) key.Add(page);
        var folders = context.Paths.Themes.Append(nodeModules is null ? null : Path.Combine(nodeModules, "lunr"))
            .Append(nodeModules is null ? null : Path.Combine(nodeModules, "lunr-languages"));
        foreach (var folder in folders.OfType<string>().Where(Directory.Exists))
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                key.Add(file).Add(new FileInfo(file).Length).Add(File.GetLastWriteTimeUtc(file).Ticks);
        return key.Value;
    }
}

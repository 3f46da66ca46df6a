
using Lotse.Kernel;
using Lotse.Site.Pipelines;

namespace Lotse.Site;

/// <summary>
/// A rebuild in <c>lotse serve</c> in two stages, so that the edited page is served as soon as it is rendered:
/// <list type="number">
/// <item>the pages and site files, checked against the previous build's search index, Gesamtausgaben and downloads
/// (<see cref="EarlyLinkCheckPipeline"/>), and written (pages that state a download's size wait for the archive);</item>
/// <item>(<see cref="FinishAsync"/>) the search index, the Gesamtausgaben, the offline downloads with the pages stating
/// their sizes, the service worker and the complete link check; then the files the build no longer makes are removed.</item>
/// </list>
/// Every file is replaced whole (never served half-written). Once the second stage is done, the output and the
/// diagnostics are those of a full build. A newer change cancels a pending second stage; the next rebuild's second
/// stage makes everything of it again (from what did not change, remembered in the <see cref="BuildCache"/>).
/// A first stage with any problem runs the whole build at once, so its outcome is the full build's.
/// </summary>
public sealed class StagedBuild
{
    /// <summary>The pipelines of the second stage besides the complete link check (<see cref="Pipeline.AfterPages"/>).</summary>
    internal static IReadOnlyList<string> LaterPipelines(BuildContext context) => context.LaterPipelineNames;

    private static readonly IReadOnlySet<Phase> UntilPostProcess = new HashSet<Phase> { Phase.Input, Phase.Process, Phase.PostProcess };
    private static readonly IReadOnlySet<Phase> OutputOnly = new HashSet<Phase> { Phase.Output };

    private readonly BuildRun? _run;
    private readonly Engine<BuildContext>? _engine;

    private StagedBuild(BuildResult first, BuildRun? run, Engine<BuildContext>? engine)
    {
        First = first;
        _run = run;
        _engine = engine;
    }

    /// <summary>After the first stage: whether the pages were good (then they are written) and their diagnostics so far.
    /// When <see cref="HasSecondStage"/> is false, the build's final result.</summary>
    public BuildResult First { get; }

    public bool HasSecondStage => _run is not null;

    /// <summary>After <see cref="FinishAsync"/>: the HTML pages (output paths) the second stage wrote anew, such as the
    /// Gesamtausgaben and the pages stating a download's size.</summary>
    public IReadOnlyList<string> PagesWrittenLater { get; private set; } = [];

    internal static StagedBuild Complete(BuildResult result) => new(result, null, null);

    internal static async Task<StagedBuild> StartAsync(BuildRun run, List<Pipeline> pipelines)
    {
        var context = run.Context;
        var later = LaterPipelines(context).Append(nameof(ValidationPipeline)).ToHashSet(StringComparer.Ordinal);
        var first = pipelines.Select(p => p.Name).Where(name => !later.Contains(name)).ToList();
        var early = new EarlyLinkCheckPipeline(first);
        var engine = new Engine<BuildContext>([.. pipelines, early]);

        await run.RunAsync(engine, first.ToHashSet(StringComparer.Ordinal), UntilPostProcess);
        var reported = context.Diagnostics.Count;
        if (!context.Diagnostics.HasErrors)
            await run.RunAsync(engine, new HashSet<string> { early.Name }, UntilPostProcess);
        var writing = context.Cache!.Writing;
        if (context.Diagnostics.HasErrors)
        {
            // A problem (or only a stand-in's): the whole build, as in one pass, decides.
            context.Diagnostics.ForgetAfter(reported);
            context.Cache!.LinkChecked.Clear();
            await run.RunAsync(engine, later, UntilPostProcess);
            await writing.WaitAsync(CancellationToken.None);
            try
            {
                await run.RunAsync(engine, pipelines.Select(p => p.Name).ToHashSet(StringComparer.Ordinal), OutputOnly);
                return Complete(run.Finish());
            }
            finally { writing.Release(); }
        }
        await writing.WaitAsync(CancellationToken.None);
        // The pages the reader waits for: files written from the same document as before are not looked for on disk
        // (the second stage does that, MissingOutputs).
        context.Output.ChecksExistence = false;
        try { await run.RunAsync(engine, first.ToHashSet(StringComparer.Ordinal), OutputOnly); }
        finally
        {
            context.Output.ChecksExistence = true;
            writing.Release();
        }
        var result = run.Result();
        // The fast lane's site-wide facts: this build's, once its pages are good and written (SinglePageRender).
        if (!context.CancellationToken.IsCancellationRequested) context.Cache.FastLane = result.Succeeded ? SinglePageRender.From(context) : null;
        return new StagedBuild(result, run, engine);
    }

    /// <summary>The second stage; returns the build's final result. Cancelled by a newer change: the files written so
    /// far are whole, and the next rebuild brings the rest up to date.</summary>
    public async Task<BuildResult> FinishAsync(CancellationToken cancellationToken)
    {
        if (_run is null || _engine is null) return First;
        var context = _run.Context;
        context.CancellationToken = cancellationToken;
        var cache = context.Cache!;
        var later = LaterPipelines(context).Append(nameof(ValidationPipeline)).ToHashSet(StringComparer.Ordinal);
        await _run.RunAsync(_engine, later, UntilPostProcess);
        await cache.Writing.WaitAsync(cancellationToken);
        BuildResult result;
        Dictionary<string, UInt128> written, filled;
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            written = Pages(cache.Output.Written);
            filled = Pages(cache.Output.Filled);
            await _run.RunAsync(_engine, later, OutputOnly);
            cancellationToken.ThrowIfCancellationRequested();
            result = _run.Finish();
            if (result.Succeeded) MissingOutputs = ForgetMissing(cache, context.Options.OutputFolder, result.WrittenFiles);
        }
        finally { cache.Writing.Release(); }
        PagesWrittenLater = Pages(cache.Output.Written).Where(p => written.GetValueOrDefault(p.Key) != p.Value)
            .Concat(Pages(cache.Output.Filled).Where(p => filled.GetValueOrDefault(p.Key) != p.Value))
            .Select(p => p.Key).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return result;
    }

    /// <summary>After <see cref="FinishAsync"/>: the files the record says were written but that are not on disk (removed
    /// by hand since): forgotten by the record, so that the next rebuild writes them again (<c>lotse serve</c> starts one).</summary>
    public IReadOnlyList<string> MissingOutputs { get; private set; } = [];

    private static List<string> ForgetMissing(BuildCache cache, string outputFolder, IReadOnlyList<string> written)
    {
        var record = cache.Output;
        var missing = new List<string>();
        foreach (var path in written)
            if ((record.Written.ContainsKey(path) || record.Filled.ContainsKey(path)) && !File.Exists(Path.Combine(outputFolder, path)))
                missing.Add(path);
        foreach (var path in missing)
        {
            record.Written.TryRemove(path, out _);
            record.Filled.TryRemove(path, out _);
        }
        return missing;
    }

    /// <summary>The fingerprints of the HTML pages the output record says are on disk (written or filled in).</summary>
    public static IReadOnlyDictionary<string, UInt128> HtmlFiles(BuildCache cache)
    {
        var pages = Pages(cache.Output.Written);
        foreach (var (path, bytes) in Pages(cache.Output.Filled)) pages[path] = bytes;
        return pages;
    }

    /// <summary>The HTML pages whose bytes on disk changed since <paramref name="before"/> (<see cref="HtmlFiles"/>).</summary>
    public static IReadOnlyList<string> HtmlFilesChanged(IReadOnlyDictionary<string, UInt128> before, BuildCache cache) =>
        HtmlFiles(cache).Where(p => !before.TryGetValue(p.Key, out var was) || was != p.Value)
            .Select(p => p.Key).Order(StringComparer.Ordinal).ToList();

    private static Dictionary<string, UInt128> Pages(IEnumerable<KeyValuePair<string, UInt128>> files) =>
        files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
}

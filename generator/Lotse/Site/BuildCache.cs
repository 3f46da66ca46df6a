using System.Collections.Concurrent;
using Lotse.Blocks.Html;
using Lotse.Blocks.Output;
using Lotse.Kernel;

namespace Lotse.Site;

/// <summary>
/// What one build can take from the previous one in the same process (<c>lotse serve</c>): each page's
/// Markdown and layout rendering and the facts of its HTML, each by the fingerprint of everything it depends on;
/// what was written where (<see cref="Output"/>), so that a rebuild writes only the files that changed; and each
/// feature's own part (<see cref="Slot{T}"/>). A build without a cache (<c>lotse build</c>) computes everything.
/// </summary>
public sealed class BuildCache
{
    private readonly ConcurrentDictionary<Type, IBuildCacheSlot> _slots = new();

    public BuildCache() => Output = new OutputRecord(Fingerprints);

    public Memo<Document> Markdown { get; } = new();
    public Memo<string> Layouts { get; } = new();
    public Memo<HtmlFacts> HtmlFacts { get; } = new();

    /// <summary>Each page after its front matter was read, by its path and text.</summary>
    public Memo<Document> FrontMatter { get; } = new();

    /// <summary>The source files' texts, read again only when a file changed.</summary>
    public SourceTexts SourceTexts { get; } = new();

    /// <summary>The files of the content folder as the last build listed them.</summary>
    public ContentListing ContentListing { get; } = new();

    /// <summary>Before a rebuild in <c>lotse serve</c>: the files and folders (full paths) that serve's file watcher saw
    /// change since the last build began, or null when that is not known; the rebuild asks the file system about
    /// these only (<see cref="SourceTexts"/>, <see cref="ContentListing"/>). Without this, every file is looked at.</summary>
    public void SourcesChanged(IReadOnlyCollection<string>? paths)
    {
        SourceTexts.Suspect(paths);
        ContentListing.Changed(paths);
    }

    /// <summary>Fingerprints of texts and documents the build took from the previous one.</summary>
    public InstanceFingerprints Fingerprints { get; } = new();

    /// <summary>Each page with its output path, by the page it was given (<see cref="Modules.AssignOutputPaths"/>).</summary>
    public DerivedDocuments<bool> OutputPaths { get; } = new();

    /// <summary>Each page with its folders' defaults, by the page and the defaults (<see cref="Modules.ApplyDirectoryDefaults"/>).</summary>
    public DerivedDocuments<UInt128> WithDirectoryDefaults { get; } = new();

    /// <summary>Each page in its layout, by the page and its HTML (<see cref="Modules.RenderLayouts"/>).</summary>
    public DerivedDocuments<string> LaidOut { get; } = new();

    /// <summary>Each page with the facts of its HTML, by the page (<see cref="Modules.AnalyzeHtml"/>).</summary>
    public DerivedDocuments<bool> Analyzed { get; } = new();

    /// <summary>The last build's navigation tree, taken again while no page's place, title or front matter changed.</summary>
    public Navigation.NavTreeMemo NavTree { get; } = new();

    /// <summary>Which feature writes each page later, by page instance (<see cref="Modules.WriteFiles"/>).</summary>
    public LaterWriters LaterWriters { get; } = new();

    /// <summary>What the output writer wrote where.</summary>
    public OutputRecord Output { get; }

    /// <summary>The documents of the pipelines that a rebuild in stages makes after the pages are written (search index,
    /// Gesamtausgaben, downloads), from the last build that made them: the early link check's stand-ins.</summary>
    public IReadOnlyList<Document> LaterOutputs { get; set; } = [];

    /// <summary>The text of each page when a rebuild's early link check last passed it (<see cref="Pipelines.EarlyLinkCheckPipeline"/>),
    /// and the fingerprint of the output paths then.</summary>
    public ConcurrentDictionary<string, string> LinkChecked { get; } = new(StringComparer.Ordinal);

    /// <inheritdoc cref="LinkChecked"/>
    public UInt128 LinkCheckedPaths { get; set; }

    /// <summary>The fast lane with the site-wide facts of the last build whose pages were good, or null (after a failed
    /// build, and while a change that is not body-only is rebuilt): <see cref="SinglePageRender"/>.</summary>
    public SinglePageRender? FastLane { get => Volatile.Read(ref _fastLane); set => Volatile.Write(ref _fastLane, value); }

    private SinglePageRender? _fastLane;

    /// <summary>Held by a build while it writes to the output folder: a rebuild's first stage may compute while the
    /// previous rebuild's cancelled second stage winds down, but only one of them writes (<see cref="StagedBuild"/>).</summary>
    public SemaphoreSlim Writing { get; } = new(1, 1);

    /// <summary>A feature's part of the cache, made on first use.</summary>
    public T Slot<T>() where T : class, IBuildCacheSlot, new() => (T)_slots.GetOrAdd(typeof(T), _ => new T());

    public void NextBuild()
    {
        Markdown.NextBuild();
        FrontMatter.NextBuild();
        Layouts.NextBuild();
        HtmlFacts.NextBuild();
        foreach (var slot in _slots.Values) slot.NextBuild();
    }

    public string Summary => $"reused: {Markdown.Hits} Markdown, {Layouts.Hits} layouts";
}

using System.Collections.Concurrent;
using Lotse.Html;
using Lotse.Offline;

namespace Lotse.Core;

/// <summary>
/// What one build can take from the previous one in the same process (<c>lotse serve</c>): each page's
/// Markdown and layout rendering, the facts of its HTML and the compressed entries of the offline archive,
/// each by the fingerprint of everything it depends on; and what was written where, so that a rebuild
/// writes only the files that changed. A build without a cache (<c>lotse build</c>) computes everything.
/// </summary>
public sealed class BuildCache
{
    public Memo<Document> Markdown { get; } = new();
    public Memo<string> Layouts { get; } = new();

    /// <summary>The A–Z list the layouts show, by everything it depends on (<see cref="Modules.RenderLayouts.SiteKey"/>).</summary>
    public Memo<List<object?>> SearchAz { get; } = new();
    public Memo<HtmlFacts> HtmlFacts { get; } = new();
    public Memo<CompressedEntry> ArchiveEntries { get; } = new();
    public Memo<Print.MergedEdition> PrintEditions { get; } = new();
    public Memo<Lotse.Search.SearchShardScript> SearchShards { get; } = new();

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

    /// <summary>Each page with its date of last change, by the page and the date (<see cref="Dates.AddLastChanged"/>).</summary>
    public DerivedDocuments<string?> LastChanged { get; } = new();

    /// <summary>Each page in its layout, by the page and its HTML (<see cref="Modules.RenderLayouts"/>).</summary>
    public DerivedDocuments<string> LaidOut { get; } = new();

    /// <summary>Each page with the facts of its HTML, by the page (<see cref="Modules.AnalyzeHtml"/>).</summary>
    public DerivedDocuments<bool> Analyzed { get; } = new();

    /// <summary>The pages without placeholders (<see cref="Scaffolding.CheckPlaceholders"/>).</summary>
    public CheckedDocuments WithoutPlaceholders { get; } = new();

    /// <summary>Whole generated files (the single-file FAQ).</summary>
    public Memo<string> Texts { get; } = new();

    /// <summary>The dates of the last commits, while the checked-out commit stays the same.</summary>
    public Dates.GitHistoryCache GitHistory { get; } = new();

    /// <summary>For each file in the output folder, by output path: the fingerprint of the document it was written from.</summary>
    public ConcurrentDictionary<string, UInt128> Written { get; } = new(StringComparer.Ordinal);

    /// <summary>For files whose download sizes were filled in afterwards: the fingerprint of the bytes on disk.</summary>
    public ConcurrentDictionary<string, UInt128> Filled { get; } = new(StringComparer.Ordinal);

    /// <summary>The documents of the pipelines that a rebuild in stages makes after the pages are written (search index,
    /// Gesamtausgaben, downloads), from the last build that made them: the early link check's stand-ins.</summary>
    public IReadOnlyList<Document> LaterOutputs { get; set; } = [];

    /// <summary>The text of each page when a rebuild's early link check last passed it (<see cref="Pipelines.EarlyLinkCheckPipeline"/>),
    /// and the fingerprint of the output paths then.</summary>
    public ConcurrentDictionary<string, string> LinkChecked { get; } = new(StringComparer.Ordinal);

    /// <inheritdoc cref="LinkChecked"/>
    public UInt128 LinkCheckedPaths { get; set; }

    /// <summary>The download sizes the last offline archive stated, for pages a rebuild writes before the new archive.</summary>
    public Offline.StatedSizes? StatedSizes { get; set; }

    /// <summary>Held by a build while it writes to the output folder: a rebuild's first stage may compute while the
    /// previous rebuild's cancelled second stage winds down, but only one of them writes (<see cref="StagedBuild"/>).</summary>
    public SemaphoreSlim Writing { get; } = new(1, 1);

    /// <summary>True when <paramref name="bytes"/> differ from what <see cref="Filled"/> knows is on disk at
    /// <paramref name="path"/>; remembers them as on disk (the caller writes them).</summary>
    public bool IsNew(string path, byte[] bytes) => IsNew(path, new Fingerprint().Add(System.IO.Hashing.XxHash128.HashToUInt128(bytes)).Value);

    /// <inheritdoc cref="IsNew(string, byte[])"/>
    public bool IsNew(string path, UInt128 fingerprint)
    {
        if (Filled.TryGetValue(path, out var onDisk) && onDisk == fingerprint) return false;
        Filled[path] = fingerprint;
        return true;
    }

    /// <summary>True once a build has swapped in a complete output folder; later builds update it in place,
    /// writing only what changed.</summary>
    public bool HasOutput { get; set; }

    public void NextBuild()
    {
        Markdown.NextBuild();
        FrontMatter.NextBuild();
        Layouts.NextBuild();
        SearchAz.NextBuild();
        HtmlFacts.NextBuild();
        ArchiveEntries.NextBuild();
        PrintEditions.NextBuild();
        SearchShards.NextBuild();
        Texts.NextBuild();
    }

    public string Summary => $"reused: {Markdown.Hits} Markdown, {Layouts.Hits} layouts, {ArchiveEntries.Hits} archive entries";
}

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
    public Memo<HtmlFacts> HtmlFacts { get; } = new();
    public Memo<CompressedEntry> ArchiveEntries { get; } = new();
    public Memo<Print.MergedEdition> PrintEditions { get; } = new();
    public Memo<Lotse.Search.SearchShardScript> SearchShards { get; } = new();

    /// <summary>Whole generated files (the single-file FAQ).</summary>
    public Memo<string> Texts { get; } = new();

    /// <summary>For each file in the output folder, by output path: the fingerprint of the document it was written from.</summary>
    public ConcurrentDictionary<string, UInt128> Written { get; } = new(StringComparer.Ordinal);

    /// <summary>For files whose download sizes were filled in afterwards: the fingerprint of the bytes on disk.</summary>
    public ConcurrentDictionary<string, UInt128> Filled { get; } = new(StringComparer.Ordinal);

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
        Layouts.NextBuild();
        HtmlFacts.NextBuild();
        ArchiveEntries.NextBuild();
        PrintEditions.NextBuild();
        SearchShards.NextBuild();
        Texts.NextBuild();
    }

    public string Summary => $"reused: {Markdown.Hits} Markdown, {Layouts.Hits} layouts, {ArchiveEntries.Hits} archive entries";
}

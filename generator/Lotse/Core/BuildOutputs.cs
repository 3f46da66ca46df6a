using System.Buffers;
using Lotse.Pipelines;

namespace Lotse.Core;

/// <summary>The documents a build writes, from every pipeline that writes, one per output path.</summary>
public static class BuildOutputs
{
    private static readonly string[] WritingPipelines =
        [nameof(AssetsPipeline), nameof(ContentPipeline), nameof(SiteFilesPipeline), nameof(SearchIndexPipeline), nameof(PrintEditionPipeline), nameof(OfflinePipeline)];

    /// <summary>Ordered by output path.</summary>
    public static List<Document> Of(BuildContext context) => WritingPipelines
        .SelectMany(name => context.Outputs.FromPipeline(name))
        .Where(d => d.OutputPath.Length > 0)
        .DistinctBy(d => d.OutputPath, StringComparer.Ordinal)
        .OrderBy(d => d.OutputPath, StringComparer.Ordinal)
        .ToList();

    /// <summary>The bytes of a document that carries them instead of text (<see cref="ContentKeys.Utf8"/>); null for others.
    /// Never to be changed.</summary>
    public static ReadOnlySequence<byte>? Utf8Of(Document document) =>
        document.Metadata.Get(ContentKeys.Utf8) is ReadOnlySequence<byte> utf8 ? utf8 : null;

    /// <summary>The bytes a document is written as: its text in UTF-8, or the copy of its file (or the file its module wrote) in <paramref name="folder"/>
    /// (null when the copy failed, which the build reported).</summary>
    public static byte[]? Bytes(Document document, string folder)
    {
        if (Utf8Of(document) is { } utf8) return utf8.ToArray();
        if (document.Metadata.GetString(ContentKeys.CopyFrom) is null && !document.Metadata.GetBool(ContentKeys.Written))
            return System.Text.Encoding.UTF8.GetBytes(document.Content);
        var copy = Path.Combine(folder, document.OutputPath);
        return File.Exists(copy) ? File.ReadAllBytes(copy) : null;
    }
}

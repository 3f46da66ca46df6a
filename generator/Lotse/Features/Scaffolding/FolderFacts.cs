
using Lotse.Blocks.Data;
using Lotse.Site.Modules;

using Lotse.Site;

namespace Lotse.Features.Scaffolding;

/// <summary>What a new page finds in its folder: the folder defaults that apply to it (all <c>_dir.yml</c> from
/// <c>content/</c> down, deeper ones win) and the next free <c>order</c> after the pages already there.</summary>
internal sealed record FolderFacts(IReadOnlyDictionary<string, object?> Defaults, long? NextOrder)
{
    public const long OrderStep = 10;

    /// <param name="contentFolder">The site's <c>content/</c> folder.</param>
    /// <param name="relativeFolder">The new page's folder relative to it, '/' separators ("" for content/ itself).</param>
    public static FolderFacts Of(string contentFolder, string relativeFolder)
    {
        var defaults = new Dictionary<string, object?>(StringComparer.Ordinal);
        var folder = contentFolder;
        foreach (var segment in new[] { "" }.Concat(relativeFolder.Split('/', StringSplitOptions.RemoveEmptyEntries)))
        {
            folder = Path.Combine(folder, segment);
            if (Read(Path.Combine(folder, ApplyDirectoryDefaults.FileName)) is { } map) defaults = PlainData.Merge(defaults, map);
        }
        return new FolderFacts(defaults, NextOrderIn(folder));
    }

    /// <summary>Ten more than the largest <c>order</c> of the pages in the folder (not its index.md); null when none has one.</summary>
    private static long? NextOrderIn(string folder)
    {
        if (!Directory.Exists(folder)) return null;
        long? max = null;
        foreach (var file in Directory.EnumerateFiles(folder, "*.md"))
        {
            if (Path.GetFileName(file) == "index.md") continue;
            var split = FrontMatter.Split(SourceText.Read(file, out _) ?? "");
            if (split?.Yaml is null || Parse(split.Yaml) is not { } map) continue;
            var order = map.GetValueOrDefault(Keys.Order) switch { long l => l, double d => (long)d, _ => (long?)null };
            if (order is { } o && (max is null || o > max)) max = o;
        }
        return max is { } m ? m + OrderStep : null;
    }

    private static Dictionary<string, object?>? Read(string file) =>
        File.Exists(file) ? Parse(SourceText.Read(file, out _) ?? "") : null;

    private static Dictionary<string, object?>? Parse(string yaml) =>
        YamlReader.Parse(yaml, out var error) is Dictionary<string, object?> map && error is null ? map : null;
}

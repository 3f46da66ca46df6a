using System.Collections.Immutable;
using Lotse.Blocks.Data;
using Lotse.Blocks.Diagnostics;
using Lotse.Blocks.Paths;
using Lotse.Kernel;
using Lotse.Site;

namespace Lotse.Features.Compatibility;

/// <summary>
/// Docusaurus orders and names its sidebar from the files: a page's <c>sidebar_position</c> and <c>sidebar_label</c>,
/// and a folder's <c>_category_.json</c> (or <c>.yml</c>) with <c>label</c> and <c>position</c>. They become Lotse's
/// <c>order</c> and <c>nav_title</c> of the page and of the folder's page (its title when Lotse made that page), unless
/// the page sets those itself. A category file Lotse cannot read is a warning (LOT0452) that names the problem.
/// </summary>
internal sealed class DocusaurusNavigation : IModule
{
    private static readonly string[] CategoryFiles = ["_category_.json", "_category_.yml", "_category_.yaml"];

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        var categories = new Dictionary<string, Category>(StringComparer.Ordinal);
        foreach (var folder in inputs.Select(d => SiteUrls.FolderOf(d.ContentPath())).Where(f => f.Length > 0).Distinct(StringComparer.Ordinal))
            if (Read(folder, context) is { } category) categories[folder] = category;

        var result = inputs.ToBuilder();
        for (var i = 0; i < result.Count; i++)
        {
            var page = result[i];
            var metadata = page.Metadata;
            if (!metadata.ContainsKey(Keys.Order) && metadata.GetNumber("sidebar_position") is { } position) metadata = metadata.Set(Keys.Order, position);
            if (!metadata.ContainsKey(Keys.NavigationTitle) && metadata.GetString("sidebar_label") is { Length: > 0 } label)
                metadata = metadata.Set(Keys.NavigationTitle, label);
            var path = page.ContentPath();
            if (MarkdownFiles.IsIndex(path) && categories.GetValueOrDefault(SiteUrls.FolderOf(path)) is { } category)
            {
                if (!metadata.ContainsKey(Keys.Order) && category.Position is { } order) metadata = metadata.Set(Keys.Order, order);
                if (category.Label is { Length: > 0 } name && !metadata.ContainsKey(Keys.NavigationTitle))
                    metadata = metadata.Set(metadata.GetBool(ContentKeys.IsGenerated) ? Keys.Title : Keys.NavigationTitle, name);
            }
            if (!ReferenceEquals(metadata, page.Metadata)) result[i] = page with { Metadata = metadata };
        }
        return Task.FromResult(result.ToImmutable());
    }

    private sealed record Category(string? Label, long? Position);

    /// <summary>The folder's category file, or null when it has none or it cannot be read (a warning). JSON is YAML, so
    /// one reader (with its limits against hostile files) reads both.</summary>
    private static Category? Read(string folder, BuildContext context)
    {
        foreach (var name in CategoryFiles)
        {
            var file = Path.Combine(context.Paths.Content, folder, name);
            if (!File.Exists(file)) continue;
            string text;
            try { text = File.ReadAllText(file); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
            var value = YamlReader.Parse(text, out var error);
            if (error is null && value is Dictionary<string, object?> map)
                return new Category(map.GetValueOrDefault("label") as string, map.GetValueOrDefault("position") switch
                {
                    long l => l,
                    double d => (long)Math.Floor(d),
                    _ => null,
                });
            context.Diagnostics.Warning(DiagnosticCodes.DocusaurusCategoryInvalid, $"content/{folder}/{name}", error?.Line ?? 1, error?.Column ?? 1,
                $"This Docusaurus category file cannot be read ({error?.Message.TrimEnd('.') ?? "it is not an object"}). " +
                "Write it as { \"label\": \"Titel\", \"position\": 2 }, or give the folder an index.md with 'title' and 'order'");
            return null;
        }
        return null;
    }
}

using System.Collections.Immutable;
using System.Globalization;
using Lotse.Kernel;

namespace Lotse.Site.Modules;

/// <summary>Gives every folder that holds pages an index page: a folder without <c>index.md</c> gets a
/// generated one (layout <c>section</c>) that lists its pages, titled after the folder.</summary>
public sealed class AddSectionPages : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        var existing = inputs.Select(d => d.SourcePath).ToHashSet(StringComparer.Ordinal);
        var folders = new HashSet<string>(StringComparer.Ordinal);
        var lastFolder = (string?)null;
        foreach (var doc in inputs)
        {
            var path = doc.ContentPath();
            var slash = path.LastIndexOf('/');
            // Pages come mostly folder by folder: a folder already seen, with all above it, is not split again.
            var folder = slash < 0 ? "" : path[..slash];
            if (folder == lastFolder) continue;
            lastFolder = folder;
            for (var end = folder.Length; ; end = folder.LastIndexOf('/', end - 1))
            {
                if (!folders.Add(end <= 0 ? "" : folder[..end]) || end <= 0) break;
            }
        }
        var added = new List<Document>();
        foreach (var folder in folders.Order(StringComparer.Ordinal))
        {
            var source = folder.Length == 0 ? "content/index.md" : $"content/{folder}/index.md";
            if (existing.Contains(source)) continue;
            var name = folder.Length == 0 ? context.Config.Title : folder[(folder.LastIndexOf('/') + 1)..];
            var title = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name.Replace('-', ' '));
            added.Add(new Document(source, "", "", Metadata.Empty
                .Set(Keys.Title, title)
                .Set(Keys.Layout, "section")
                .Set(ContentKeys.IsGenerated, true)
                .Set(ContentKeys.BodyLine, 1L)));
        }
        return Task.FromResult(inputs.AddRange(added));
    }
}

using System.Collections.Immutable;
using Lotse.Blocks.Paths;
using Lotse.Kernel;

namespace Lotse.Site.Modules;

/// <summary>Gives every folder that holds pages an index page: a folder without <c>index.md</c> gets a
/// generated one (layout <c>section</c>) that lists its pages, titled after the folder
/// (<see cref="FileNameTitle"/>: without a number prefix, words as written).</summary>
internal sealed class AddSectionPages : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        var existing = FolderPages.Keys(inputs.Select(d => d.ContentPath()).ToList()).Values.Select(key => "content/" + key).ToHashSet(StringComparer.Ordinal);
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
            var title = folder.Length == 0 ? context.Config.Title : FileNameTitle.From(folder[(folder.LastIndexOf('/') + 1)..]);
            added.Add(new Document(source, "", "", Metadata.Empty
                .Set(Keys.Title, title)
                .Set(Keys.Layout, "section")
                .Set(ContentKeys.IsGenerated, true)
                .Set(ContentKeys.BodyLine, 1L)));
        }
        return Task.FromResult(inputs.AddRange(added));
    }
}

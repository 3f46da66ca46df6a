using System.Collections.Immutable;
using System.Globalization;
using Lotse.Core;

namespace Lotse.Modules;

/// <summary>Gives every folder that holds pages an index page: a folder without <c>index.md</c> gets a
/// generated one (layout <c>section</c>) that lists its pages, titled after the folder.</summary>
public sealed class AddSectionPages : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        var existing = inputs.Select(d => d.SourcePath).ToHashSet(StringComparer.Ordinal);
        var folders = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var doc in inputs)
        {
            var parts = doc.ContentPath().Split('/');
            for (var i = 0; i < parts.Length; i++) folders.Add(string.Join('/', parts.Take(i)));
        }
        var added = new List<Document>();
        foreach (var folder in folders)
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

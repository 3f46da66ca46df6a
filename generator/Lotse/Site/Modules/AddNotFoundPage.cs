using System.Collections.Immutable;
using Lotse.Kernel;

namespace Lotse.Site.Modules;

/// <summary>Adds the page <c>404.html</c> (layout <c>404</c>), unless the content has its own <c>404.md</c>.</summary>
internal sealed class AddNotFoundPage : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        var own = inputs.FirstOrDefault(d => d.ContentPath() == "404.md");
        if (own is not null)
            return Task.FromResult(inputs.Replace(own, own.WithMetadata(ContentKeys.OutputOverride, "404.html").WithMetadata("nav", false)));
        if (context.Templates.Layout("404") is null) return Task.FromResult(inputs);
        var page = new Document("content/404.md", "", "", Metadata.Empty
            .Set(Keys.Title, "Seite nicht gefunden")
            .Set(Keys.Layout, "404")
            .Set("nav", false)
            .Set(ContentKeys.IsGenerated, true)
            .Set(ContentKeys.OutputOverride, "404.html")
            .Set(ContentKeys.BodyLine, 1L));
        return Task.FromResult(inputs.Add(page));
    }
}

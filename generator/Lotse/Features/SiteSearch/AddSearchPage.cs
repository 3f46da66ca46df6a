using System.Collections.Immutable;
using Lotse.Kernel;
using Lotse.Site;

namespace Lotse.Features.SiteSearch;

/// <summary>With <c>search: true</c> in lotse.yml, adds the search page <c>suche/</c> (layout <c>suche</c>)
/// unless the content has its own <c>suche.md</c>.</summary>
internal sealed class AddSearchPage : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        if (context.Config.Values.GetValueOrDefault("search") is not true || context.Templates.Layout("suche") is null
            || inputs.Any(d => d.ContentPath() == "suche.md"))
            return Task.FromResult(inputs);
        return Task.FromResult(inputs.Add(new Document("content/suche.md", "", "", Metadata.Empty
            .Set(Keys.Title, "Suche")
            .Set(Keys.Layout, "suche")
            .Set("nav", false)
            .Set(ContentKeys.IsGenerated, true)
            .Set(ContentKeys.BodyLine, 1L))));
    }
}

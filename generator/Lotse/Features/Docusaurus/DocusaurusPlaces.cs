using Lotse.Blocks.Data;
using Lotse.Kernel;
using Lotse.Site;

namespace Lotse.Features.Docusaurus;

/// <summary>Docusaurus' places in the sidebar: front matter <c>sidebar_position</c> is the page's <c>order</c> and
/// <c>sidebar_label</c> its <c>nav_title</c> (unless those are set); a folder's <c>_category_.json</c> (or
/// <c>.yml</c>) gives the page Lotse makes for the folder its <c>label</c> as title and its <c>position</c> as order.</summary>
internal sealed class DocusaurusPlaces : DocumentModule
{
    private static readonly string[] CategoryFiles = ["_category_.json", "_category_.yml", "_category_.yaml"];

    protected override Document? Execute(Document document, BuildContext context)
    {
        var metadata = document.Metadata;
        if (metadata.Get(Keys.Order) is null && metadata.Get("sidebar_position") is long or double)
            metadata = metadata.Set(Keys.Order, metadata.GetNumber("sidebar_position"));
        if (metadata.Get(Keys.NavigationTitle) is null && metadata.GetString("sidebar_label") is { Length: > 0 } label)
            metadata = metadata.Set(Keys.NavigationTitle, label);
        if (metadata.Get(ContentKeys.IsGenerated) is true && Category(document, context) is { } category)
        {
            if (category.GetValueOrDefault("label") is string { Length: > 0 } title) metadata = metadata.Set(Keys.Title, title);
            if (metadata.Get(Keys.Order) is null && category.GetValueOrDefault("position") is long or double)
                metadata = metadata.Set(Keys.Order, category["position"] is double d ? (long)d : category["position"]);
        }
        return ReferenceEquals(metadata, document.Metadata) ? document : document with { Metadata = metadata };
    }

    private static Dictionary<string, object?>? Category(Document page, BuildContext context)
    {
        var folder = Path.GetDirectoryName(Path.Combine(context.Paths.Content, page.ContentPath()))!;
        foreach (var name in CategoryFiles)
        {
            var file = Path.Combine(folder, name);
            if (!File.Exists(file)) continue;
            var text = SourceText.Read(file, out _);
            return text is null ? null : DataFileReader.Read(file, text, out _) as Dictionary<string, object?>;
        }
        return null;
    }
}

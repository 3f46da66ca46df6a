using Lotse.Kernel;
using Lotse.Site;

namespace Lotse.Features.TemplateTags;

/// <summary>In a Jekyll site (a <c>_config.yml</c> in content/), <c>layout:</c> names one of Jekyll's layouts
/// (<c>_layouts/complete.html</c>, a theme's <c>post</c>): when the site's theme has no layout of that name, the page
/// takes Lotse's usual layout instead of failing with LOT0201. So does <c>layout: default</c> anywhere (Jekyll-style
/// front matter without a <c>_config.yml</c>, as in bundestag/gesetze): it asks for the default layout, which is Lotse's.</summary>
internal sealed class JekyllLayouts : DocumentModule
{
    protected override Document? Execute(Document document, BuildContext context)
    {
        if (document.Metadata.GetString(Keys.Layout) is not { } layout || context.Templates.Layout(layout) is not null) return document;
        if (layout != "default" && !File.Exists(Path.Combine(context.Paths.Content, "_config.yml"))) return document;
        return document with { Metadata = Metadata.From(document.Metadata.Pairs.Where(p => p.Key != Keys.Layout)) };
    }
}

using Lotse.Navigation;
using Lotse.Offline;
using Lotse.Pipelines;
using Lotse.Print;

namespace Lotse.Core;

/// <summary>
/// What the whole site looks like once every page is known (after the ContentPipeline's Process phase), made
/// once per build and shared by the modules that need it: the data files, the navigation tree, the
/// Gesamtausgaben (none with <c>print: false</c> in lotse.yml), the offline downloads (none with
/// <c>offline: false</c>) and the settings as layouts see them (<c>site.offline</c> added).
/// </summary>
public sealed record SitePlan(IReadOnlyDictionary<string, object?> Data, NavTree Nav, PrintEditionPlan Print, OfflineSettings Offline,
    Config.SiteConfig LayoutConfig)
{
    public static SitePlan Create(BuildContext context)
    {
        var pages = context.Outputs[nameof(ContentPipeline), Phase.Process];
        var data = SiteData.Of(context);
        var nav = NavTree.Build(pages, NavTree.TopLevelOrder(data));
        var print = context.Config.Values.GetValueOrDefault("print") is false ? PrintEditionPlan.None : PrintEditionPlan.Create(nav, context.Templates);
        var offline = OfflineSettings.From(context.Config, pages);
        return new SitePlan(data, nav, print, offline, OfflineTemplateValues.AddTo(context.Config, offline, pages));
    }
}

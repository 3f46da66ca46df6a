
using Lotse.Blocks.Templates;
using Lotse.Site;
using Lotse.Site.Navigation;

namespace Lotse.Features.Print;

/// <summary>
/// Which Gesamtausgaben a site has: one per visible top-level section (a folder with an <c>index.md</c> and
/// visible pages), written to <c>FOLDER/gesamtausgabe/index.html</c>. A section opts out with
/// <c>gesamtausgabe: false</c> in its front matter. A theme without the layout <c>gesamtausgabe</c> has none.
/// </summary>
internal sealed class PrintEditionPlan
{
    public const string Layout = "gesamtausgabe";
    public const string OptOutKey = PrintKeys.OptOut;
    /// <summary>Metadata of a written Gesamtausgabe: its <see cref="PrintEdition.Name"/> (for <c>lotse pdf</c>).</summary>
    public const string NameKey = "lotse.print_edition";
    public const string DownloadsLayout = "downloads";
    public const string DownloadsOutputPath = "download/index.html";

    private readonly Dictionary<NavNode, PrintEdition> _bySection;

    private PrintEditionPlan(IReadOnlyList<PrintEdition> editions)
    {
        Editions = editions;
        _bySection = editions.ToDictionary(e => e.Section);
    }

    public static readonly PrintEditionPlan None = new([]);

    public IReadOnlyList<PrintEdition> Editions { get; }

    /// <summary>The Gesamtausgabe a page belongs to, or null.</summary>
    public PrintEdition? For(NavNode? node)
    {
        for (var n = node; n is not null; n = n.Parent)
            if (_bySection.TryGetValue(n, out var edition)) return edition;
        return null;
    }

    /// <summary>This build's plan (none with <c>print: false</c> in lotse.yml), made once.</summary>
    public static PrintEditionPlan Of(BuildContext context) => context.Plan.Part(c =>
        c.Config.Values.GetValueOrDefault("print") is false ? None : Create(c.Plan.Nav, c.Templates));

    public static PrintEditionPlan Create(NavTree nav, TemplateSet templates)
    {
        if (templates.Layout(Layout) is null) return None;
        var editions = new List<PrintEdition>();
        foreach (var section in nav.Root.VisibleChildren)
        {
            if (!section.IsSection || section.Page.Metadata.Get(OptOutKey) is false) continue;
            var pages = nav.Linear.Where(n => n == section || n.Ancestors().Contains(section)).ToList();
            if (pages.Count < 2) continue;
            var folder = section.Page.ContentPath()[..^"/index.md".Length];
            editions.Add(new PrintEdition(folder.Replace('/', '-'), section, folder + "/gesamtausgabe/index.html", pages));
        }
        return new PrintEditionPlan(editions);
    }
}

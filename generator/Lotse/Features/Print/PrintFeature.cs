using Lotse.Kernel;
using Lotse.Site;
using Lotse.Site.Navigation;

namespace Lotse.Features.Print;

/// <summary>The Gesamtausgaben (each top-level part on one printable page), their PDFs and the download page; every page
/// of a part links to its edition (<c>page.gesamtausgabe</c>).</summary>
internal sealed class PrintFeature : IFeature
{
    public IEnumerable<FrontMatterKey> FrontMatterKeys =>
        [new(PrintKeys.OptOut, FrontMatterType.Flag, "Nur in der index.md eines Bereichs: false schaltet die Gesamtausgabe (Druckfassung) des Bereichs ab.", Example: "gesamtausgabe: false")];

    public IEnumerable<Pipeline> Pipelines(IReadOnlyList<string> before) => [new PrintEditionPipeline()];

    public IPageValues PageValues(BuildContext context) => new EditionLink(PrintEditionPlan.Of(context));


    private sealed class EditionLink(PrintEditionPlan plan) : IPageValues
    {
        public void AddTo(IDictionary<string, object?> values, Document page, NavNode node, Func<string, string> url) =>
            values["gesamtausgabe"] = plan.For(node) is { } edition
                ? new Dictionary<string, object?>(StringComparer.Ordinal) { ["title"] = edition.Title, ["url"] = url(edition.OutputPath) }
                : null;
    }
}

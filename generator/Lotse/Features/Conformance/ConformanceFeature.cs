using System.Text;
using Lotse.Kernel;
using Lotse.Site;

namespace Lotse.Features.Conformance;

/// <summary>Accessibility conformance per build: the report of every WCAG 2.1 A/AA criterion
/// (<c>barrierefreiheit/pruefbericht/</c> and its JSON) and the generated part of the Erklärung zur Barrierefreiheit.</summary>
internal sealed class ConformanceFeature : IFeature
{
    public IEnumerable<IModule> AddPages => [new AddReportPage()];

    public IEnumerable<Pipeline> Pipelines(IReadOnlyList<string> before) => [new ConformancePipeline(before)];

    public bool WritesLater(Document page, BuildContext context) => ConformancePlaceholders.AreIn(page);

    /// <summary>In <c>lotse serve</c>, until the report is made, the page says so.</summary>
    public byte[]? ProvisionalBytes(Document page, BuildContext context)
    {
        const string Pending = "<p>Der Prüfbericht wird erstellt …</p>";
        return Encoding.UTF8.GetBytes(ConformancePlaceholders.Fill(page.Text, Pending, Pending));
    }
}

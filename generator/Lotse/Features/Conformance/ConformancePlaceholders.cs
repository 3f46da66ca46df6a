using Lotse.Kernel;
using Lotse.Site;

namespace Lotse.Features.Conformance;

/// <summary>Comments a layout writes where the report's parts go; they are only known once every page is built
/// (<see cref="BuildConformanceReport"/> fills them and writes those pages: <see cref="ConformanceFeature.WritesLater"/>).</summary>
internal static class ConformancePlaceholders
{
    public const string Report = "<!--lotse:pruefbericht-->";
    public const string Statement = "<!--lotse:erklaerung-->";

    public static bool AreIn(Document document) =>
        document.OutputPath.EndsWith(".html", StringComparison.Ordinal) &&
        (document.TextContains(Report) || document.TextContains(Statement));

    public static string Fill(string html, string report, string statement) =>
        html.Replace(Report, report, StringComparison.Ordinal).Replace(Statement, statement, StringComparison.Ordinal);
}

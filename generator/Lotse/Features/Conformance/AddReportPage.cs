using System.Collections.Immutable;
using Lotse.Kernel;
using Lotse.Site;

namespace Lotse.Features.Conformance;

/// <summary>Adds the conformance report page <c>barrierefreiheit/pruefbericht/</c> (layout <c>pruefbericht</c>) unless
/// the theme has no such layout or the content has its own page there.</summary>
internal sealed class AddReportPage : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        if (context.Templates.Layout("pruefbericht") is null || inputs.Any(d => d.SourcePath == ConformanceSettings.ReportSource))
            return Task.FromResult(inputs);
        return Task.FromResult(inputs.Add(new Document(ConformanceSettings.ReportSource, "", "", Metadata.Empty
            .Set(Keys.Title, "Prüfbericht zur Barrierefreiheit")
            .Set(Keys.Description, "Alle Erfolgskriterien der WCAG 2.1 (Stufen A und AA) mit ihrem Status und Nachweis für diesen Stand der Website.")
            .Set(Keys.Layout, "pruefbericht")
            .Set("nav", false)
            .Set("suche", false)
            .Set(ContentKeys.IsGenerated, true)
            .Set(ContentKeys.BodyLine, 1L))));
    }
}

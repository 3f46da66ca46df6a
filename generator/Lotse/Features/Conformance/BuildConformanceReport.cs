using System.Collections.Immutable;
using Lotse.Blocks.Config;
using Lotse.Blocks.Diagnostics;
using Lotse.Kernel;
using Lotse.Site;
using Lotse.Site.Pipelines;

namespace Lotse.Features.Conformance;

/// <summary>
/// Once every page is built: runs the static checks over all HTML pages, reads the recorded browser tests and the
/// site's evidence file, decides every criterion (<see cref="ReportBuilder"/>), and gives the report as JSON and the
/// pages with the report's parts in place (the report page, the Erklärung). With an evidence file
/// (<c>content/_data/pruefung.yml</c>), each open criterion no known limitation names is a warning of <c>lotse check</c> (LOT0800), so
/// <c>lotse check --strict</c> fails on it.
/// </summary>
internal sealed class BuildConformanceReport : IModule
{
    /// <summary>The evidence file's text, for the positions of its problems; null when it cannot be read.</summary>
    private static string? EvidenceText(string root)
    {
        try { return File.ReadAllText(Path.Combine(root, ConformanceSettings.EvidenceFile)); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
    }

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        var pages = context.Outputs.FromPipeline(nameof(ContentPipeline))
            .Where(d => d.OutputPath.EndsWith(".html", StringComparison.Ordinal)).ToList();
        var statics = HtmlChecks.Run(pages,
            (page, space) => context.Reuse(cache => cache.Slot<ConformanceCache>().Pages, () => new Fingerprint().Add(page.OutputPath).Add(page.Text).Value,
                () => HtmlChecks.CheckPage(page, space))!,
            context.CancellationToken);
        var settings = ConformanceSettings.Of(context);
        var evidence = EvidenceReader.Read(context.Plan.Data.GetValueOrDefault(ConformanceSettings.EvidenceData),
            EvidenceText(context.Paths.Root), context.Diagnostics);
        var browser = BrowserResults.Read(context.Paths.Root, settings, context.Diagnostics);
        var report = ReportBuilder.Build(statics, browser, ThemeFingerprint.Of(context.Paths.Themes), settings.BrowserResultsValidDays,
            evidence, context.Options.TodayOrClock);

        // Only 'lotse check' warns (like review dates): an open criterion must not turn an ordinary build or serve red
        // the day evidence expires.
        if (evidence.Exists && context.Options.ContentChecks)
            foreach (var open in report.OpenUndocumented)
                context.Diagnostics.Warning(DiagnosticCodes.ConformanceCriterionOpen, ConformanceSettings.EvidenceFile, 0, 0,
                    $"WCAG 2.1 criterion {open.Criterion.Number} ({open.Criterion.Name}) is open: {string.Join("; ", open.OpenReasons)}. " +
                    "Fix it, record a check by a person under 'pruefungen', or describe it under 'bekannte_einschraenkungen' with a reason");

        var reportHtml = ReportHtml.Write(report, settings.BrowserResultsValidDays);
        var result = inputs.Add(new Document(SiteConfig.FileName, ConformanceSettings.ReportJson, ReportJson.Write(report), Metadata.Empty));
        foreach (var page in pages.Where(ConformancePlaceholders.AreIn))
        {
            var statement = StatementHtml.Write(report, ReportLink(page.OutputPath, context.Config.LinkStyle));
            result = result.Add(new Document(page.SourcePath, page.OutputPath, ConformancePlaceholders.Fill(page.Text, reportHtml, statement), page.Metadata));
        }
        return Task.FromResult(result);
    }

    /// <summary>The report page's address relative to a page, in the site's link style.</summary>
    private static string ReportLink(string fromOutputPath, LinkStyle style)
    {
        var depth = fromOutputPath.Count(c => c == '/');
        var target = ConformanceSettings.ReportFolder + (style == LinkStyle.Files ? "index.html" : "");
        return string.Concat(Enumerable.Repeat("../", depth)) + target;
    }
}

using System.Collections.Immutable;
using Lotse.Blocks.Config;
using Lotse.Blocks.Diagnostics;
using Lotse.Kernel;
using Lotse.Site;
using Lotse.Site.Modules;

namespace Lotse.Features.SourcePolicy;

/// <summary>
/// Checks each page's sources (front matter <c>quellen</c>) against the site's policy (<see cref="SourcePolicySettings"/>),
/// in <c>lotse check</c> only (<see cref="BuildOptions.ContentChecks"/>), at the line of each entry:
/// <list type="bullet">
/// <item>a source from a refused domain, from a domain outside the allowed ones, or a bare homepage: a warning;</item>
/// <item>a page marked <c>ungeprueft: true</c> that cites unverified sources: a note that names them (or a warning with
/// <c>markedPages: warning</c>). The mark is how the site says "checked as far as we could"; it must not fail
/// <c>--strict</c>, or the site could only keep a fact by hiding that its source is unchecked;</item>
/// <item>an unverified source on a page without the mark, a mark on a page without any unverified source left (stale),
/// and an unverified source for which a checked replacement is listed: warnings, since each is something to fix now.</item>
/// </list>
/// Pages made from data (<c>_pages.yml</c>) are reported at the <c>_pages.yml</c> that gives them their sources.
/// </summary>
internal sealed class CheckSources : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        if (!context.Options.ContentChecks || SourcePolicySettings.From(context.Config.Values) is not { } policy)
            return Task.FromResult(inputs);
        foreach (var problem in policy.Problems)
        {
            var (line, column) = context.Config.At(problem);
            context.Diagnostics.Warning(DiagnosticCodes.SourcePolicyInvalid, SiteConfig.FileName, line, column, problem.Message);
        }
        Parallel.ForEach(inputs, new ParallelOptions { CancellationToken = context.CancellationToken }, page => Check(page, policy, context));
        return Task.FromResult(inputs);
    }

    private static void Check(Document page, SourcePolicySettings policy, BuildContext context)
    {
        if (page.Metadata.GetBool(ContentKeys.Failed)) return;
        var sources = page.Metadata.GetStrings(Keys.Sources);
        var marked = page.Metadata.GetBool(SourcePolicyKeys.Unverified);
        if (sources.Count == 0 && !marked) return;

        var (path, lines) = Where(page, context);
        int Line(string entry) => lines.EntryLine(Keys.Sources, entry) ?? 0;
        var markLine = lines.KeyLine(SourcePolicyKeys.Unverified) ?? 0;
        var diagnostics = context.Diagnostics;
        var unverified = new List<string>();
        foreach (var source in sources.Distinct(StringComparer.Ordinal))
        {
            if (SourceUrl.Parse(source) is not { } uri) continue;
            var host = uri.IdnHost;
            if (policy.Refused.FirstOrDefault(d => SourceUrl.IsIn(host, d)) is { } refused)
                diagnostics.Warning(DiagnosticCodes.SourceRefused, path, Line(source), 1,
                    $"Source '{source}' is from '{refused}', which this site refuses ('{SourcePolicySettings.Section}.refused' in lotse.yml). " +
                    "Cite the original: the official page, the decision or the law itself");
            else if (policy.Allowed.Count > 0 && !policy.Allowed.Any(d => SourceUrl.IsIn(host, d)))
                diagnostics.Warning(DiagnosticCodes.SourceNotAllowed, path, Line(source), 1,
                    $"Source '{source}' is from '{host}', which is not one of the allowed domains ('{SourcePolicySettings.Section}.allowed' in lotse.yml). " +
                    "Cite a source from an allowed domain, or add the domain there");
            if (policy.HomepagesRefused && SourceUrl.IsHomepage(uri))
                diagnostics.Warning(DiagnosticCodes.SourceHomepage, path, Line(source), 1,
                    $"Source '{source}' is a homepage, which proves nothing. Cite the page that states the fact");

            if (policy.Unverified.FirstOrDefault(u => u.Matches(source)) is not { } candidate) continue;
            unverified.Add(source);
            if (candidate.Replacement is { } replacement)
                diagnostics.Warning(DiagnosticCodes.SourceReplacementKnown, path, Line(source), 1,
                    $"Source '{source}' is not checked in the original, and a checked source replaces it: '{replacement}'. Cite that instead");
            else if (!marked)
                diagnostics.Warning(DiagnosticCodes.SourceUnverifiedUnmarked, path, Line(source), 1,
                    $"Source '{source}' is not yet checked in the original ('{SourcePolicySettings.Section}.unverified' in lotse.yml), but the page is not marked. " +
                    $"Add '{SourcePolicyKeys.Unverified}: true' to the front matter so editors see it, or cite a checked source");
        }

        if (!marked) return;
        if (unverified.Count == 0)
        {
            diagnostics.Warning(DiagnosticCodes.SourceMarkStale, path, markLine, 1,
                $"The page is marked '{SourcePolicyKeys.Unverified}: true', but none of its sources is unverified ('{SourcePolicySettings.Section}.unverified' in lotse.yml). " +
                "Remove the mark, or list the unchecked source there");
            return;
        }
        var message = $"The page is marked '{SourcePolicyKeys.Unverified}: true': {Count(unverified.Count)} not yet checked in the original: " +
                      $"{string.Join(", ", unverified)}. Once checked, remove {(unverified.Count == 1 ? "it" : "them")} from " +
                      $"'{SourcePolicySettings.Section}.unverified' in lotse.yml, and the mark";
        if (policy.MarkedPages == MarkedPages.Warning) diagnostics.Warning(DiagnosticCodes.SourceUnverifiedMarked, path, markLine, 1, message);
        else diagnostics.Info(DiagnosticCodes.SourceUnverifiedMarked, path, markLine, 1, message);
    }

    private static string Count(int n) => n == 1 ? "1 source" : $"{n} sources";

    /// <summary>The file that holds the page's sources: its own, or for a page made from data the folder's <c>_pages.yml</c>.</summary>
    private static (string Path, SourceLines Lines) Where(Document page, BuildContext context)
    {
        var own = Path.Combine(context.Options.Root, page.SourcePath);
        if (File.Exists(own) || !page.Metadata.GetBool(ContentKeys.IsGenerated)) return (page.SourcePath, SourceLines.Read(own));
        var folder = page.SourcePath[..Math.Max(0, page.SourcePath.LastIndexOf('/'))];
        var declaration = folder + "/" + AddPagesFromData.FileName;
        var file = Path.Combine(context.Options.Root, declaration);
        return File.Exists(file) ? (declaration, SourceLines.Read(file)) : (page.SourcePath, SourceLines.Read(own));
    }
}

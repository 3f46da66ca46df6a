using Lotse.Blocks.Html;
using Lotse.Kernel;

namespace Lotse.Site.Modules;

/// <summary>One streaming pass per page (<see cref="HtmlAnalyzer"/>): keeps its ids (anchors) and local references for the link check.</summary>
internal sealed class AnalyzeHtml : DocumentModule
{
    protected override Document? Execute(Document document, BuildContext context)
    {
        if (!document.OutputPath.EndsWith(".html", StringComparison.Ordinal)) return document;
        // In lotse serve, the same document (its HTML and all) gets the same facts, in the same document as before.
        return context.Derive(cache => cache.Analyzed, document, true, (d, _) => WithFacts(d, context.Cache));
    }

    private static Document WithFacts(Document document, BuildCache? cache)
    {
        var facts = Analyze(document, cache);
        return document.WithMetadata(ContentKeys.Anchors, facts.Ids).WithMetadata(ContentKeys.HtmlLinks, facts.References);
    }

    /// <summary>A page of lotse build is UTF-8 already (RenderLayouts): it is read as such, without a string of it.</summary>
    private static HtmlFacts Analyze(Document document, BuildCache? cache)
    {
        if (document is { Content.Length: 0, Body: Utf8Body utf8 })
            return cache is null
                ? new HtmlAnalyzer().Analyze(utf8.Bytes)
                : cache.HtmlFacts.GetOrAdd(new Fingerprint().Add(utf8.Bytes).Value, () => new HtmlAnalyzer().Analyze(utf8.Bytes))!;
        var html = document.Text;
        return cache is null
            ? new HtmlAnalyzer().Analyze(html)
            : cache.HtmlFacts.GetOrAdd(cache.Fingerprints.Of(html), () => new HtmlAnalyzer().Analyze(html))!;
    }
}

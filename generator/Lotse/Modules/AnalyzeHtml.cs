using Lotse.Core;
using Lotse.Html;

namespace Lotse.Modules;

/// <summary>One AngleSharp parse per page: keeps its ids (anchors) and local references for the link check.</summary>
public sealed class AnalyzeHtml : DocumentModule
{
    protected override Document? Execute(Document document, BuildContext context)
    {
        if (!document.OutputPath.EndsWith(".html", StringComparison.Ordinal)) return document;
        var facts = new HtmlAnalyzer().Analyze(document.Content);
        return document.WithMetadata(ContentKeys.Anchors, facts.Ids).WithMetadata(ContentKeys.HtmlLinks, facts.References);
    }
}

using AngleSharp.Html.Parser;

namespace Lotse.Html;

/// <summary>Reads a page once with AngleSharp: every <c>id</c>, and every local URL in <c>href</c>/<c>src</c>
/// (links, styles, scripts, images, forms).</summary>
public sealed class HtmlAnalyzer
{
    private readonly HtmlParser _parser = new(new HtmlParserOptions { IsKeepingSourceReferences = false });

    public HtmlFacts Analyze(string html)
    {
        var document = _parser.ParseDocument(html);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var references = new List<string>();
        foreach (var element in document.All)
        {
            if (element.Id is { Length: > 0 } id) ids.Add(id);
            var reference = element.LocalName switch
            {
                "a" or "link" or "area" => element.GetAttribute("href"),
                "script" or "img" or "source" or "iframe" => element.GetAttribute("src"),
                "form" => element.GetAttribute("action"),
                _ => null,
            };
            if (!string.IsNullOrEmpty(reference)) references.Add(reference);
        }
        return new HtmlFacts(ids, references);
    }
}

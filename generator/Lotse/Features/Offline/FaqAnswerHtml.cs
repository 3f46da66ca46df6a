using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Lotse.Blocks.Paths;

namespace Lotse.Features.Offline;

/// <summary>
/// Makes a question's body HTML fit into the single-file FAQ: ids get the question's id as prefix (they
/// must be unique in one file), headings move two levels down (below the question's h3), links to other
/// questions become in-file anchors, other links into the site become absolute with <c>baseUrl</c> or
/// plain text without it, and local images become their alternative text. Also returns the plain text
/// and the heading texts for the search index.
/// </summary>
internal sealed class FaqAnswerHtml(IReadOnlyDictionary<string, string> questionIdsByOutput, string? baseUrl)
{
    private readonly HtmlParser _parser = new();

    public (string Html, string Text, string Headings) Rewrite(string bodyHtml, string pageOutputPath, string questionId)
    {
        var document = _parser.ParseDocument("<!DOCTYPE html><html><body>" + bodyHtml + "</body></html>");
        var body = document.Body!;
        foreach (var element in body.QuerySelectorAll("[id]").ToList())
            element.Id = questionId + "-" + element.Id;
        foreach (var heading in body.QuerySelectorAll("h1, h2, h3, h4, h5, h6").ToList())
        {
            var level = Math.Min(6, heading.LocalName[1] - '0' + 2);
            var replacement = document.CreateElement("h" + level);
            foreach (var attribute in heading.Attributes) replacement.SetAttribute(attribute.Name, attribute.Value);
            while (heading.FirstChild is { } child) replacement.AppendChild(child);
            heading.Replace(replacement);
        }
        foreach (var link in body.QuerySelectorAll("a[href]").ToList())
            RewriteLink(document, link, pageOutputPath, questionId);
        foreach (var image in body.QuerySelectorAll("img").ToList())
            if (!LinkResolver.IsExternal(image.GetAttribute("src") ?? ""))
            {
                var alt = document.CreateElement("span");
                alt.TextContent = image.GetAttribute("alt") ?? "";
                image.Replace(alt);
            }
        var headings = string.Join("\n", body.QuerySelectorAll("h4, h5, h6").Select(h => h.TextContent.Trim()));
        return (body.InnerHtml, body.TextContent, headings);
    }

    private void RewriteLink(IDocument document, IElement link, string pageOutputPath, string questionId)
    {
        var href = link.GetAttribute("href")!;
        if (LinkResolver.IsExternal(href) || href.StartsWith("mailto:", StringComparison.Ordinal) || href.StartsWith("tel:", StringComparison.Ordinal)) return;
        var hash = href.IndexOf('#');
        var path = hash < 0 ? href : href[..hash];
        var anchor = hash < 0 ? null : href[(hash + 1)..];
        if (path.Length == 0)
        {
            link.SetAttribute("href", anchor is { Length: > 0 } ? "#" + questionId + "-" + anchor : "#" + questionId);
            return;
        }
        var target = SiteUrls.Combine(SiteUrls.FolderOf(pageOutputPath), Uri.UnescapeDataString(path));
        if (target is not null && (target.Length == 0 || target.EndsWith('/'))) target += "index.html";
        if (target is not null && questionIdsByOutput.TryGetValue(target, out var otherId))
        {
            link.SetAttribute("href", anchor is { Length: > 0 } ? "#" + otherId + "-" + anchor : "#" + otherId);
            return;
        }
        if (target is not null && baseUrl is not null)
        {
            link.SetAttribute("href", baseUrl + SiteUrls.CleanPath(target) + (anchor is { Length: > 0 } ? "#" + anchor : ""));
            return;
        }
        var text = document.CreateElement("span");
        while (link.FirstChild is { } child) text.AppendChild(child);
        link.Replace(text);
    }
}

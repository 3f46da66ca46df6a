using Lotse.Blocks.Html;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Lotse.Blocks.Paths;
using Lotse.Blocks.Templates;
using Lotse.Search;
using Lotse.Site;

namespace Lotse.Features.Offline;

/// <summary>
/// Writes the single-file FAQ: one HTML file with every question and answer, its styles, the search
/// scripts (lunr.js, lunr.de, lunr-lotse.js from the theme) and an FAQ search index built with
/// <see cref="SearchIndexWriter"/> and the glossary's synonym groups (as the site search), all inline. It is a download, opened from disk, so inline content
/// is fine here (the site itself never inlines). Without JavaScript it is a readable, printable list.
/// </summary>
internal sealed partial class SingleFileFaq(FaqCollection faq, string siteTitle, string? baseUrl, string? stand, SearchSynonyms synonyms)
{
    /// <summary>The theme files that go inline, relative to a theme folder.</summary>
    public const string StyleFile = "download/faq.css";
    public const string ScriptFile = "download/faq.js";
    public const string LunrLotseFile = "assets/js/lunr-lotse.js";

    /// <param name="readThemeFile">Reads a theme file (layered) by its path in the theme.</param>
    /// <param name="readNpmFile">Reads a file from node_modules by its npm path.</param>
    public string Write(Func<string, string> readThemeFile, Func<string, string> readNpmFile)
    {
        var ids = faq.Questions.ToDictionary(q => q.Page.OutputPath, q => q.Id, StringComparer.Ordinal);
        var rewriter = new FaqAnswerHtml(ids, baseUrl);
        var searchDocuments = new List<SearchDocument>();
        var main = new StringBuilder();
        var count = faq.Questions.Count();
        var title = faq.Overview?.Title ?? "FAQ";

        foreach (var topic in faq.Topics)
        {
            main.Append("<section class=\"faq-topic\" aria-labelledby=\"").Append(topic.Id).Append("\">\n<h2 id=\"").Append(topic.Id).Append("\">")
                .Append(Html(topic.Title)).Append("</h2>\n");
            if (topic.Description is { Length: > 0 } description) main.Append("<p class=\"faq-topic__text\">").Append(Html(description)).Append("</p>\n");
            foreach (var question in topic.Questions)
            {
                var page = question.Page;
                var (answer, text, headings) = rewriter.Rewrite(page.Content, page.OutputPath, question.Id);
                var shortAnswer = page.Metadata.GetString("kurzantwort");
                main.Append("<article class=\"faq-question\" id=\"").Append(question.Id).Append("\" aria-labelledby=\"").Append(question.Id).Append("-frage\">\n")
                    .Append("<h3 id=\"").Append(question.Id).Append("-frage\">").Append(Html(page.Title)).Append("</h3>\n");
                if (shortAnswer is { Length: > 0 })
                    main.Append("<p class=\"faq-short\"><strong>Kurz gesagt:</strong> ").Append(Html(shortAnswer)).Append("</p>\n");
                main.Append("<div class=\"faq-answer\">\n").Append(answer.Trim()).Append("\n</div>\n");
                var meta = new List<string>();
                if (page.Metadata.GetString(Keys.Stand) is { Length: > 0 } pageStand)
                    meta.Add($"Stand: <time datetime=\"{Html(pageStand)}\">{Html(GermanDate.Format(pageStand))}</time>");
                if (baseUrl is not null)
                    meta.Add($"<a href=\"{HtmlUrl.Attribute(baseUrl + SiteUrls.CleanPath(page.OutputPath))}\">Online lesen<span class=\"visually-hidden\">: {Html(page.Title)}</span></a>");
                meta.Add("<a class=\"faq-top\" href=\"#inhalt\">Zur Themenübersicht</a>");
                main.Append("<p class=\"faq-meta\">").Append(string.Join(" · ", meta)).Append("</p>\n</article>\n");

                searchDocuments.Add(new SearchDocument("#" + question.Id, "#" + question.Id, "FAQ", page.Title, null, headings,
                    (shortAnswer is null ? "" : shortAnswer + "\n") + text, page.Metadata.GetStrings(Keys.Tags), [], IsFaq: true));
            }
            main.Append("</section>\n");
        }

        var output = new StringBuilder(256 * 1024);
        output.Append("<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<link rel=\"icon\" href=\"data:,\">\n") // a single file asks no server for a favicon
            .Append("<title>").Append(Html(title)).Append(" – ").Append(Html(siteTitle)).Append(" (Offline-Fassung)</title>\n");
        if (faq.Overview?.Metadata.GetString(Keys.Description) is { Length: > 0 } pageDescription)
            output.Append("<meta name=\"description\" content=\"").Append(Html(pageDescription)).Append("\">\n");
        if (stand is not null) output.Append("<meta name=\"date\" content=\"").Append(Html(stand)).Append("\">\n");
        output.Append("<style>\n").Append(readThemeFile(StyleFile).Replace("</style", "<\\/style", StringComparison.OrdinalIgnoreCase)).Append("\n</style>\n</head>\n<body>\n")
            .Append("<a class=\"skip-link\" href=\"#fragen\">Zu den Fragen springen</a>\n")
            .Append("<header class=\"faq-header\">\n<p class=\"faq-header__site\">").Append(Html(siteTitle)).Append("</p>\n<h1>").Append(Html(title)).Append("</h1>\n<p>");
        output.Append(count).Append(count == 1 ? " Frage" : " Fragen").Append(" mit Antworten in einer Datei. Sie funktioniert ohne Internetverbindung");
        if (stand is not null) output.Append("; Stand: <time datetime=\"").Append(Html(stand)).Append("\">").Append(Html(GermanDate.Format(stand))).Append("</time>");
        output.Append(".</p>\n</header>\n");

        output.Append("<div class=\"faq-search\" role=\"search\" aria-label=\"FAQ durchsuchen\" data-faq-search hidden>\n")
            .Append("<form class=\"faq-search__form\" action=\"#\">\n<label for=\"faq-suche\">Fragen und Antworten durchsuchen</label>\n")
            .Append("<div class=\"faq-search__row\"><input id=\"faq-suche\" name=\"q\" type=\"search\" autocomplete=\"off\" spellcheck=\"false\" aria-describedby=\"faq-suche-hilfe\">")
            .Append("<button type=\"submit\">Suchen</button></div>\n")
            .Append("<p id=\"faq-suche-hilfe\" class=\"faq-search__help\">Treffer erscheinen beim Tippen. Pfeiltasten wechseln zwischen Eingabe und Treffern, Escape leert die Eingabe.</p>\n</form>\n")
            .Append("<p class=\"faq-search__status\" role=\"status\" data-faq-status></p>\n")
            .Append("<ol class=\"faq-results\" aria-label=\"Suchergebnisse\" data-faq-results hidden></ol>\n</div>\n");

        output.Append("<nav class=\"faq-toc\" id=\"inhalt\" aria-labelledby=\"inhalt-titel\" tabindex=\"-1\">\n<h2 id=\"inhalt-titel\">Themen</h2>\n<ol>\n");
        foreach (var topic in faq.Topics)
            output.Append("<li><a href=\"#").Append(topic.Id).Append("\">").Append(Html(topic.Title)).Append("</a> (")
                .Append(topic.Questions.Count).Append(topic.Questions.Count == 1 ? " Frage" : " Fragen").Append(")</li>\n");
        output.Append("</ol>\n</nav>\n<main id=\"fragen\" tabindex=\"-1\">\n").Append(main).Append("</main>\n");

        output.Append("<footer class=\"faq-footer\">\n<p>").Append(Html(siteTitle));
        if (stand is not null) output.Append(", Stand <time datetime=\"").Append(Html(stand)).Append("\">").Append(Html(GermanDate.Format(stand))).Append("</time>");
        if (baseUrl is not null) output.Append(". Aktuelle Fassung: <a href=\"").Append(HtmlUrl.Attribute(baseUrl)).Append("\">").Append(Html(baseUrl)).Append("</a>");
        output.Append(".</p>\n<p>Die Suche nutzt lunr.js (© Oliver Nightingale, MIT-Lizenz) und lunr-languages (© Mihai Valentin, MPL-Lizenz).</p>\n</footer>\n");

        var searchFiles = SearchIndexWriter.Write(searchDocuments, synonyms);
        var scripts = new List<string>();
        foreach (var vendor in SearchIndexWriter.VendorFiles.Where(v => v.NpmPath.EndsWith(".js", StringComparison.Ordinal)))
            scripts.Add(readNpmFile(vendor.NpmPath));
        scripts.Add(readThemeFile(LunrLotseFile));
        scripts.Add(searchFiles.Single(f => f.RelativePath == SearchIndexWriter.ManifestPath).Text());
        scripts.AddRange(searchFiles.Where(f => f.RelativePath != SearchIndexWriter.ManifestPath).Select(f => f.Text()));
        scripts.Add(readThemeFile(ScriptFile));
        foreach (var script in scripts) output.Append("<script>\n").Append(SafeInline(script)).Append("\n</script>\n");
        output.Append("</body>\n</html>\n");
        return output.ToString();
    }

    private static string Html(string text) => HtmlEscape.Text(text);

    /// <summary>Script text that cannot end its own &lt;script&gt; element.</summary>
    private static string SafeInline(string script) => ScriptEnd().Replace(script, m => "<\\/" + m.Value[2..]).Replace("<!--", "<\\!--", StringComparison.Ordinal);

    [GeneratedRegex("</script", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptEnd();
}

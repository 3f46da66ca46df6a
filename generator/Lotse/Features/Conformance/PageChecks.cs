using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Lotse.Features.Conformance;

/// <summary>The static checks of one built page (<see cref="StaticCheckIds"/>): what a reader of the HTML alone can tell.</summary>
internal static partial class PageChecks
{
    private static readonly HashSet<string> PersonalInputs = new(StringComparer.OrdinalIgnoreCase) { "email", "tel" };
    private static readonly HashSet<string> LabelableTypes = new(StringComparer.OrdinalIgnoreCase) { "hidden", "submit", "reset", "button", "image" };

    public static (List<Finding> Findings, PageFacts Facts) Run(string page, IHtmlDocument document)
    {
        var findings = new List<Finding>();
        void Add(string check, string message) => findings.Add(new Finding(check, page, message));
        var root = document.DocumentElement;

        if (root.GetAttribute("lang") is not { } lang || !IsLanguageTag(lang)) Add(StaticCheckIds.PageLanguage, "Das html-Element hat kein gültiges lang-Attribut.");
        foreach (var part in document.QuerySelectorAll("body [lang]"))
            if (!IsLanguageTag(part.GetAttribute("lang")!))
                Add(StaticCheckIds.PartLanguage, $"<{part.LocalName} lang=\"{part.GetAttribute("lang")}\"> hat keinen gültigen Sprachcode.");

        var title = AccessibleName.Normalize(document.Title ?? "");
        if (title.Length == 0) Add(StaticCheckIds.PageTitle, "Die Seite hat keinen Titel.");

        CheckHeadings(document, Add);
        CheckLandmarks(document, Add);

        if (document.Body?.QuerySelector("a[href]") is not { } first || first.GetAttribute("href") is not { } skip || !skip.StartsWith('#') || skip.Length < 2
            || document.GetElementById(skip[1..]) is null)
            Add(StaticCheckIds.SkipLink, "Die Seite beginnt nicht mit einem Link zu einem vorhandenen Ziel auf der Seite (Link zum Hauptinhalt).");

        foreach (var link in document.QuerySelectorAll("a[href]").Where(Visible))
            if (AccessibleName.Of(link).Length == 0) Add(StaticCheckIds.LinkNames, $"Ein Link zu '{link.GetAttribute("href")}' hat keinen Namen.");
        foreach (var button in document.QuerySelectorAll("button, [role=button], input[type=submit], input[type=button]").Where(Visible))
            if (AccessibleName.Of(button).Length == 0 && (button.GetAttribute("value") ?? "").Trim().Length == 0)
                Add(StaticCheckIds.ButtonNames, $"Eine Schaltfläche ({Describe(button)}) hat keinen Namen.");
        foreach (var image in document.QuerySelectorAll("img"))
            if (!image.HasAttribute("alt") && image.GetAttribute("role") is not ("presentation" or "none") && image.GetAttribute("aria-hidden") != "true")
                Add(StaticCheckIds.ImageAlt, $"Das Bild '{image.GetAttribute("src")}' hat kein alt-Attribut.");

        foreach (var id in document.QuerySelectorAll("[id]").GroupBy(e => e.Id!, StringComparer.Ordinal).Where(g => g.Count() > 1))
            Add(StaticCheckIds.DuplicateIds, $"Die id '{id.Key}' kommt {id.Count()}-mal vor.");

        // The ids labels name, gathered once (a lookup per field would grow with the square of the fields).
        var labelTargets = document.QuerySelectorAll("label[for]").Select(l => l.GetAttribute("for")!).ToHashSet(StringComparer.Ordinal);
        foreach (var field in document.QuerySelectorAll("input, select, textarea").Where(Visible))
        {
            var type = field.GetAttribute("type") ?? "text";
            if (field.LocalName == "input" && LabelableTypes.Contains(type)) continue;
            if (!HasLabel(labelTargets, field)) Add(StaticCheckIds.FormLabels, $"Das Eingabefeld {Describe(field)} hat keine Beschriftung.");
            if (field.LocalName == "input" && (PersonalInputs.Contains(type) || PersonalName().IsMatch(field.GetAttribute("name") ?? ""))
                && string.IsNullOrWhiteSpace(field.GetAttribute("autocomplete")))
                Add(StaticCheckIds.InputPurpose, $"Das Eingabefeld {Describe(field)} fragt nach einer Angabe zur Person, nennt ihren Zweck aber nicht mit autocomplete.");
        }

        foreach (var labelled in document.QuerySelectorAll("a[aria-label], button[aria-label]").Where(Visible))
        {
            var visible = AccessibleName.Normalize(AccessibleName.Text(labelled));
            var name = AccessibleName.Normalize(labelled.GetAttribute("aria-label")!);
            if (visible.Length > 0 && !name.Contains(visible, StringComparison.OrdinalIgnoreCase))
                Add(StaticCheckIds.LabelInName, $"Der Name '{name}' enthält den sichtbaren Text '{visible}' nicht.");
        }

        if (document.QuerySelector("nav") is null || document.QuerySelector("search, [role=search], input[type=search]") is null && !HasSiteIndexLink(document))
            Add(StaticCheckIds.MultipleWays, "Die Seite hat nicht zugleich eine Navigation und eine Suche oder einen Link zu einer Übersicht aller Seiten.");

        foreach (var media in document.QuerySelectorAll("audio, video, object, embed, iframe"))
            Add(StaticCheckIds.NoMedia, $"Die Seite enthält <{media.LocalName}>.");
        foreach (var key in document.QuerySelectorAll("[accesskey]"))
            Add(StaticCheckIds.NoAccessKeys, $"{Describe(key)} definiert das Tastaturkürzel '{key.GetAttribute("accesskey")}'.");
        foreach (var refresh in document.QuerySelectorAll("meta[http-equiv]").Where(m => string.Equals(m.GetAttribute("http-equiv"), "refresh", StringComparison.OrdinalIgnoreCase)))
            if (!RefreshIsImmediate(refresh.GetAttribute("content") ?? ""))
                Add(StaticCheckIds.NoTimedRefresh, $"Die Seite lädt nach einer Zeit neu oder leitet weiter (content=\"{refresh.GetAttribute("content")}\").");
        foreach (var moving in document.QuerySelectorAll("marquee, blink, img[src$='.gif' i]"))
            Add(StaticCheckIds.NoMoving, $"Die Seite enthält {Describe(moving)}, das sich bewegen oder blinken kann.");

        return (findings, new PageFacts(page, title, SharedLinks(page, document), document.QuerySelector("body > header") is not null));
    }

    private static void CheckHeadings(IHtmlDocument document, Action<string, string> add)
    {
        var headings = document.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Where(Visible).ToList();
        var ones = headings.Count(h => h.LocalName == "h1");
        if (ones != 1) add(StaticCheckIds.Headings, $"Die Seite hat {ones} Überschriften der Ebene 1 (erwartet: genau eine).");
        var previous = 0;
        foreach (var heading in headings)
        {
            var level = heading.LocalName[1] - '0';
            if (AccessibleName.Normalize(AccessibleName.Text(heading)).Length == 0) add(StaticCheckIds.Headings, $"Eine Überschrift der Ebene {level} ist leer.");
            if (previous > 0 && level > previous + 1)
                add(StaticCheckIds.Headings, $"Nach Ebene {previous} folgt Ebene {level} ('{AccessibleName.Normalize(heading.TextContent)}').");
            previous = level;
        }
    }

    private static void CheckLandmarks(IHtmlDocument document, Action<string, string> add)
    {
        var mains = document.QuerySelectorAll("main, [role=main]").Length;
        if (mains != 1) add(StaticCheckIds.Landmarks, $"Die Seite hat {mains} Hauptbereiche (main; erwartet: genau einen).");
        if (document.QuerySelector("body > header, [role=banner]") is null) add(StaticCheckIds.Landmarks, "Die Seite hat keine Kopfzeile (header).");
        if (document.QuerySelector("body > footer, [role=contentinfo]") is null) add(StaticCheckIds.Landmarks, "Die Seite hat keine Fußzeile (footer).");
        var navs = document.QuerySelectorAll("nav, [role=navigation]").ToList();
        if (navs.Count > 1)
            foreach (var nav in navs.Where(n => AccessibleName.Normalize(n.GetAttribute("aria-label") ?? "").Length == 0 && !n.HasAttribute("aria-labelledby")))
                add(StaticCheckIds.Landmarks, $"Eine von {navs.Count} Navigationen hat keinen Namen (aria-label oder aria-labelledby).");
    }

    /// <summary>The links of the page's header and of the navigations in its footer: resolved target and name, in order.</summary>
    private static List<(string, string)> SharedLinks(string page, IHtmlDocument document)
    {
        var baseUri = new Uri("http://site.invalid/" + page);
        return document.QuerySelectorAll("body > header a[href], body > footer nav a[href]")
            .Select(a => (Resolve(baseUri, a.GetAttribute("href")!), AccessibleName.Of(a)))
            .ToList();
    }

    private static string Resolve(Uri baseUri, string href)
    {
        if (!Uri.TryCreate(baseUri, href, out var target) || target.Host != baseUri.Host) return href;
        var path = target.AbsolutePath;
        return path.EndsWith("/index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path;
    }

    private static bool HasSiteIndexLink(IHtmlDocument document) =>
        document.QuerySelectorAll("a[href]").Any(a => a.GetAttribute("rel") == "sitemap");

    private static bool HasLabel(HashSet<string> labelledIds, IElement field) =>
        field.HasAttribute("aria-label") && AccessibleName.Normalize(field.GetAttribute("aria-label")!).Length > 0
        || field.HasAttribute("aria-labelledby")
        || field.Closest("label") is not null
        || field.Id is { Length: > 0 } id && labelledIds.Contains(id)
        || field.HasAttribute("title");

    private static bool Visible(IElement element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
            if (e.HasAttribute("hidden") || e.GetAttribute("aria-hidden") == "true" || e.LocalName is "template" or "noscript") return false;
        return true;
    }

    private static bool RefreshIsImmediate(string content) =>
        double.TryParse(content.Split(';', 2)[0].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds <= 0 && content.Contains(';');

    private static string Describe(IElement element) =>
        $"<{element.LocalName}{(element.Id is { Length: > 0 } id ? $" id=\"{id}\"" : "")}{(element.GetAttribute("name") is { } name ? $" name=\"{name}\"" : "")}>";

    /// <summary>A BCP 47 tag as WCAG needs it: a primary language subtag (2–3 letters) and optional subtags.</summary>
    public static bool IsLanguageTag(string tag) => LanguageTag().IsMatch(tag.Trim());

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex LanguageTag();

    [GeneratedRegex("(^|[-_])(name|vorname|nachname|email|e-mail|telefon|phone|strasse|plz|ort)($|[-_])", RegexOptions.IgnoreCase)]
    private static partial Regex PersonalName();
}

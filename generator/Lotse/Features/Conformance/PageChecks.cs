using System.Globalization;
using System.Text.RegularExpressions;

namespace Lotse.Features.Conformance;

/// <summary>The static checks of one built page (<see cref="StaticCheckIds"/>): what a reader of the HTML alone can tell.</summary>
internal static partial class PageChecks
{
    private static readonly HashSet<string> PersonalInputs = new(StringComparer.OrdinalIgnoreCase) { "email", "tel" };
    private static readonly HashSet<string> LabelableTypes = new(StringComparer.OrdinalIgnoreCase) { "hidden", "submit", "reset", "button", "image" };

    public static (List<Finding> Findings, PageFacts Facts) Run(string page, PageTree document)
    {
        var findings = new List<Finding>();
        void Add(string check, string message) => findings.Add(new Finding(check, page, message));
        var root = document.Root;
        var all = document.Elements;

        if (root.Get("lang") is not { } lang || !IsLanguageTag(lang)) Add(StaticCheckIds.PageLanguage, "Das html-Element hat kein gültiges lang-Attribut.");
        var inBody = document.Body?.Descendants() ?? ArraySegment<PageElement>.Empty;
        foreach (var part in inBody)
            if (part.Get("lang") is { } partLanguage && !IsLanguageTag(partLanguage))
                Add(StaticCheckIds.PartLanguage, $"<{part.Name} lang=\"{partLanguage}\"> hat keinen gültigen Sprachcode.");

        var title = AccessibleName.Normalize(document.Title);
        if (title.Length == 0) Add(StaticCheckIds.PageTitle, "Die Seite hat keinen Titel.");

        CheckHeadings(document, Add);
        CheckLandmarks(document, Add);

        if (inBody.FirstOrDefault(IsLink) is not { } first || first.Get("href") is not { } skip || !skip.StartsWith('#') || skip.Length < 2
            || document.ById(skip[1..]) is null)
            Add(StaticCheckIds.SkipLink, "Die Seite beginnt nicht mit einem Link zu einem vorhandenen Ziel auf der Seite (Link zum Hauptinhalt).");

        foreach (var link in all.Where(IsLink).Where(Visible))
            if (!AccessibleName.HasName(link, document)) Add(StaticCheckIds.LinkNames, $"Ein Link zu '{link.Get("href")}' hat keinen Namen.");
        foreach (var button in all.Where(e => e.Name == "button" || e.Get("role") == "button" || IsInput(e, "submit") || IsInput(e, "button")).Where(Visible))
            if (!AccessibleName.HasName(button, document) && (button.Get("value") ?? "").Trim().Length == 0)
                Add(StaticCheckIds.ButtonNames, $"Eine Schaltfläche ({Describe(button)}) hat keinen Namen.");
        foreach (var image in all.Where(e => e.Name == "img"))
            if (!image.Has("alt") && image.Get("role") is not ("presentation" or "none") && image.Get("aria-hidden") != "true")
                Add(StaticCheckIds.ImageAlt, $"Das Bild '{image.Get("src")}' hat kein alt-Attribut.");

        foreach (var (id, count) in IdCounts(all))
            if (count > 1) Add(StaticCheckIds.DuplicateIds, $"Die id '{id}' kommt {count}-mal vor.");

        // The ids labels name, gathered once (a lookup per field would grow with the square of the fields).
        var labelTargets = all.Where(e => e.Name == "label" && e.Has("for")).Select(l => l.Get("for")!).ToHashSet(StringComparer.Ordinal);
        foreach (var field in all.Where(e => e.Name is "input" or "select" or "textarea").Where(Visible))
        {
            var type = field.Get("type") ?? "text";
            if (field.Name == "input" && LabelableTypes.Contains(type)) continue;
            if (!HasLabel(labelTargets, field)) Add(StaticCheckIds.FormLabels, $"Das Eingabefeld {Describe(field)} hat keine Beschriftung.");
            if (field.Name == "input" && (PersonalInputs.Contains(type) || PersonalName().IsMatch(field.Get("name") ?? ""))
                && string.IsNullOrWhiteSpace(field.Get("autocomplete")))
                Add(StaticCheckIds.InputPurpose, $"Das Eingabefeld {Describe(field)} fragt nach einer Angabe zur Person, nennt ihren Zweck aber nicht mit autocomplete.");
        }

        foreach (var labelled in all.Where(e => e.Name is "a" or "button" && e.Has("aria-label")).Where(Visible))
        {
            var visible = AccessibleName.Normalize(AccessibleName.Text(labelled));
            var name = AccessibleName.Normalize(labelled.Get("aria-label")!);
            if (visible.Length > 0 && !name.Contains(visible, StringComparison.OrdinalIgnoreCase))
                Add(StaticCheckIds.LabelInName, $"Der Name '{name}' enthält den sichtbaren Text '{visible}' nicht.");
        }

        if (!all.Any(e => e.Name == "nav") || !all.Any(e => e.Name == "search" || e.Get("role") == "search" || IsInput(e, "search")) && !HasSiteIndexLink(all))
            Add(StaticCheckIds.MultipleWays, "Die Seite hat nicht zugleich eine Navigation und eine Suche oder einen Link zu einer Übersicht aller Seiten.");

        foreach (var media in all.Where(e => e.Name is "audio" or "video" or "object" or "embed" or "iframe"))
            Add(StaticCheckIds.NoMedia, $"Die Seite enthält <{media.Name}>.");
        foreach (var key in all.Where(e => e.Has("accesskey")))
            Add(StaticCheckIds.NoAccessKeys, $"{Describe(key)} definiert das Tastaturkürzel '{key.Get("accesskey")}'.");
        foreach (var refresh in all.Where(m => m.Name == "meta" && m.Has("http-equiv") && string.Equals(m.Get("http-equiv"), "refresh", StringComparison.OrdinalIgnoreCase)))
            if (!RefreshIsImmediate(refresh.Get("content") ?? ""))
                Add(StaticCheckIds.NoTimedRefresh, $"Die Seite lädt nach einer Zeit neu oder leitet weiter (content=\"{refresh.Get("content")}\").");
        foreach (var moving in all.Where(e => e.Name is "marquee" or "blink" || e.Name == "img" && (e.Get("src")?.EndsWith(".gif", StringComparison.OrdinalIgnoreCase) ?? false)))
            Add(StaticCheckIds.NoMoving, $"Die Seite enthält {Describe(moving)}, das sich bewegen oder blinken kann.");

        return (findings, new PageFacts(page, title, SharedLinks(page, document), all.Any(IsPageHeader)));
    }

    /// <summary>How often each id is given, in the order of first use (a page has hundreds of ids, almost all once).</summary>
    private static List<(string Id, int Count)> IdCounts(IReadOnlyList<PageElement> all)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var element in all)
            if (element.Id is { } id)
            {
                ref var count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, id, out var exists);
                if (!exists) order.Add(id);
                count++;
            }
        return order.Select(id => (id, counts[id])).ToList();
    }

    private static bool IsLink(PageElement element) => element.Name == "a" && element.Has("href");

    /// <summary>An input of that type (the selector <c>input[type=…]</c>: the type's case does not count).</summary>
    private static bool IsInput(PageElement element, string type) =>
        element.Name == "input" && string.Equals(element.Get("type"), type, StringComparison.OrdinalIgnoreCase);

    /// <summary><c>body &gt; header</c>.</summary>
    private static bool IsPageHeader(PageElement element) => element.Name == "header" && element.Parent?.Name == "body";

    /// <summary><c>body &gt; footer</c>.</summary>
    private static bool IsPageFooter(PageElement element) => element.Name == "footer" && element.Parent?.Name == "body";

    private static void CheckHeadings(PageTree document, Action<string, string> add)
    {
        var headings = document.Elements.Where(e => e.Name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6").Where(Visible).ToList();
        var ones = headings.Count(h => h.Name == "h1");
        if (ones != 1) add(StaticCheckIds.Headings, $"Die Seite hat {ones} Überschriften der Ebene 1 (erwartet: genau eine).");
        var previous = 0;
        foreach (var heading in headings)
        {
            var level = heading.Name[1] - '0';
            if (!AccessibleName.HasText(heading)) add(StaticCheckIds.Headings, $"Eine Überschrift der Ebene {level} ist leer.");
            if (previous > 0 && level > previous + 1)
                add(StaticCheckIds.Headings, $"Nach Ebene {previous} folgt Ebene {level} ('{AccessibleName.Normalize(heading.TextContent)}').");
            previous = level;
        }
    }

    private static void CheckLandmarks(PageTree document, Action<string, string> add)
    {
        var all = document.Elements;
        var mains = all.Count(e => e.Name == "main" || e.Get("role") == "main");
        if (mains != 1) add(StaticCheckIds.Landmarks, $"Die Seite hat {mains} Hauptbereiche (main; erwartet: genau einen).");
        if (!all.Any(e => IsPageHeader(e) || e.Get("role") == "banner")) add(StaticCheckIds.Landmarks, "Die Seite hat keine Kopfzeile (header).");
        if (!all.Any(e => IsPageFooter(e) || e.Get("role") == "contentinfo")) add(StaticCheckIds.Landmarks, "Die Seite hat keine Fußzeile (footer).");
        var navs = all.Where(e => e.Name == "nav" || e.Get("role") == "navigation").ToList();
        if (navs.Count > 1)
            foreach (var nav in navs.Where(n => AccessibleName.Normalize(n.Get("aria-label") ?? "").Length == 0 && !n.Has("aria-labelledby")))
                add(StaticCheckIds.Landmarks, $"Eine von {navs.Count} Navigationen hat keinen Namen (aria-label oder aria-labelledby).");
    }

    /// <summary>The links of the page's header and of the navigations in its footer: resolved target and name, in order.</summary>
    private static List<(string, string)> SharedLinks(string page, PageTree document)
    {
        var links = new List<(string, string)>();
        if (document.Body is not { } body) return links;
        Uri? baseUri = null;
        // In document order: the body's headers and footers are its children, and each holds its own links.
        for (var k = 0; k < body.ChildCount; k++)
            if (body.ChildElement(k) is { Name: "header" or "footer" } element)
                foreach (var link in element.Descendants())
                    if (IsLink(link) && (element.Name == "header" || InNavBelow(link, element)))
                        links.Add((Resolve(baseUri ??= new Uri("http://site.invalid/" + page), link.Get("href")!), AccessibleName.Of(link, document)));
        return links;
    }

    /// <summary>Whether the element is inside a <c>nav</c> inside <paramref name="footer"/>.</summary>
    private static bool InNavBelow(PageElement element, PageElement footer)
    {
        for (var e = element.Parent; e is not null && e != footer; e = e.Parent)
            if (e.Name == "nav") return true;
        return false;
    }

    private static string Resolve(Uri baseUri, string href)
    {
        if (!Uri.TryCreate(baseUri, href, out var target) || target.Host != baseUri.Host) return href;
        var path = target.AbsolutePath;
        return path.EndsWith("/index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path;
    }

    private static bool HasSiteIndexLink(IReadOnlyList<PageElement> all) =>
        all.Any(a => IsLink(a) && a.Get("rel") == "sitemap");

    private static bool HasLabel(HashSet<string> labelledIds, PageElement field) =>
        field.Has("aria-label") && AccessibleName.Normalize(field.Get("aria-label")!).Length > 0
        || field.Has("aria-labelledby")
        || field.Closest("label") is not null
        || field.Id is { Length: > 0 } id && labelledIds.Contains(id)
        || field.Has("title");

    private static bool Visible(PageElement element)
    {
        for (var e = element; e is not null; e = e.Parent)
            if (e.Has("hidden") || e.Get("aria-hidden") == "true" || e.Name is "template" or "noscript") return false;
        return true;
    }

    private static bool RefreshIsImmediate(string content) =>
        double.TryParse(content.Split(';', 2)[0].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds <= 0 && content.Contains(';');

    private static string Describe(PageElement element) =>
        $"<{element.Name}{(element.Id is { Length: > 0 } id ? $" id=\"{id}\"" : "")}{(element.Get("name") is { } name ? $" name=\"{name}\"" : "")}>";

    /// <summary>A BCP 47 tag as WCAG needs it: a primary language subtag (2–3 letters) and optional subtags.</summary>
    public static bool IsLanguageTag(string tag) => LanguageTag().IsMatch(tag.Trim());

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex LanguageTag();

    [GeneratedRegex("(^|[-_])(name|vorname|nachname|email|e-mail|telefon|phone|strasse|plz|ort)($|[-_])", RegexOptions.IgnoreCase)]
    private static partial Regex PersonalName();
}

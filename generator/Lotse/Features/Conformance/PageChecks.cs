using System.Runtime.CompilerServices;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Lotse.Features.Conformance;

/// <summary>The static checks of one built page (<see cref="StaticCheckIds"/>): what a reader of the HTML alone can tell.</summary>
internal static partial class PageChecks
{
    private static readonly HashSet<string> PersonalInputs = new(StringComparer.OrdinalIgnoreCase) { "email", "tel" };
    private static readonly HashSet<string> LabelableTypes = new(StringComparer.OrdinalIgnoreCase) { "hidden", "submit", "reset", "button", "image" };

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

        // Issue 26: plain loops over the page's elements (each query of LINQ was an iterator and delegates, 10,000 pages over).
        foreach (var link in all)
            if (IsLink(link) && Visible(link) && !AccessibleName.HasName(link, document))
                Add(StaticCheckIds.LinkNames, $"Ein Link zu '{link.Get("href")}' hat keinen Namen.");
        foreach (var button in all)
            if ((button.Name == "button" || button.Get("role") == "button" || IsInput(button, "submit") || IsInput(button, "button")) && Visible(button)
                && !AccessibleName.HasName(button, document) && (button.Get("value") ?? "").Trim().Length == 0)
                Add(StaticCheckIds.ButtonNames, $"Eine Schaltfläche ({Describe(button)}) hat keinen Namen.");
        foreach (var image in all)
            if (image.Name == "img" && !image.Has("alt") && image.Get("role") is not ("presentation" or "none") && image.Get("aria-hidden") != "true")
                Add(StaticCheckIds.ImageAlt, $"Das Bild '{image.Get("src")}' hat kein alt-Attribut.");

        foreach (var (id, count) in document.RepeatedIds())
            Add(StaticCheckIds.DuplicateIds, $"Die id '{id}' kommt {count}-mal vor.");

        // The ids labels name, gathered once (a lookup per field would grow with the square of the fields).
        HashSet<string>? labelTargets = null;
        foreach (var label in all)
            if (label.Name == "label" && label.Get("for") is { } target) (labelTargets ??= new(StringComparer.Ordinal)).Add(target);
        foreach (var field in all)
        {
            if (field.Name is not ("input" or "select" or "textarea") || !Visible(field)) continue;
            var type = field.Get("type") ?? "text";
            if (field.Name == "input" && LabelableTypes.Contains(type)) continue;
            if (!HasLabel(labelTargets, field)) Add(StaticCheckIds.FormLabels, $"Das Eingabefeld {Describe(field)} hat keine Beschriftung.");
            if (field.Name == "input" && (PersonalInputs.Contains(type) || PersonalName().IsMatch(field.Get("name") ?? ""))
                && string.IsNullOrWhiteSpace(field.Get("autocomplete")))
                Add(StaticCheckIds.InputPurpose, $"Das Eingabefeld {Describe(field)} fragt nach einer Angabe zur Person, nennt ihren Zweck aber nicht mit autocomplete.");
        }

        foreach (var labelled in all)
        {
            if (labelled.Name is not ("a" or "button") || !labelled.Has("aria-label") || !Visible(labelled)) continue;
            var visible = AccessibleName.Normalize(AccessibleName.Text(labelled));
            var name = AccessibleName.Normalize(labelled.Get("aria-label")!);
            if (visible.Length > 0 && !name.Contains(visible, StringComparison.OrdinalIgnoreCase))
                Add(StaticCheckIds.LabelInName, $"Der Name '{name}' enthält den sichtbaren Text '{visible}' nicht.");
        }

        if (!Any(all, e => e.Name == "nav") || !Any(all, e => e.Name == "search" || e.Get("role") == "search" || IsInput(e, "search")) && !HasSiteIndexLink(all))
            Add(StaticCheckIds.MultipleWays, "Die Seite hat nicht zugleich eine Navigation und eine Suche oder einen Link zu einer Übersicht aller Seiten.");

        foreach (var e in all)
        {
            if (e.Name is "audio" or "video" or "object" or "embed" or "iframe")
                Add(StaticCheckIds.NoMedia, $"Die Seite enthält <{e.Name}>.");
            if (e.Has("accesskey"))
                Add(StaticCheckIds.NoAccessKeys, $"{Describe(e)} definiert das Tastaturkürzel '{e.Get("accesskey")}'.");
            if (e.Name == "meta" && e.Has("http-equiv") && string.Equals(e.Get("http-equiv"), "refresh", StringComparison.OrdinalIgnoreCase)
                && !RefreshIsImmediate(e.Get("content") ?? ""))
                Add(StaticCheckIds.NoTimedRefresh, $"Die Seite lädt nach einer Zeit neu oder leitet weiter (content=\"{e.Get("content")}\").");
            if (e.Name is "marquee" or "blink" || e.Name == "img" && (e.Get("src")?.EndsWith(".gif", StringComparison.OrdinalIgnoreCase) ?? false))
                Add(StaticCheckIds.NoMoving, $"Die Seite enthält {Describe(e)}, das sich bewegen oder blinken kann.");
        }

        return (findings, new PageFacts(page, title, SharedLinks(page, document), Any(all, IsPageHeader)));
    }

    /// <summary>Whether an element matches (<see cref="Enumerable.Any{T}(IEnumerable{T}, Func{T, bool})"/> without its enumerator).</summary>
    private static bool Any(ArraySegment<PageElement> all, Func<PageElement, bool> match)
    {
        foreach (var element in all)
            if (match(element)) return true;
        return false;
    }


    private static bool IsNavigation(PageElement element) => element.Name == "nav" || element.Get("role") == "navigation";

    private static bool IsLink(PageElement element) => element.Name == "a" && element.Has("href");

    /// <summary>An input of that type (the selector <c>input[type=…]</c>: the type's case does not count).</summary>
    private static bool IsInput(PageElement element, string type) =>
        element.Name == "input" && string.Equals(element.Get("type"), type, StringComparison.OrdinalIgnoreCase);

    /// <summary><c>body &gt; header</c>.</summary>
    private static bool IsPageHeader(PageElement element) => element.Name == "header" && element.Parent?.Name == "body";

    /// <summary><c>body &gt; footer</c>.</summary>
    private static bool IsPageFooter(PageElement element) => element.Name == "footer" && element.Parent?.Name == "body";

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CheckHeadings(PageTree document, Action<string, string> add)
    {
        var ones = 0;
        var previous = 0;
        foreach (var heading in document.Elements)
        {
            if (heading.Name is not ("h1" or "h2" or "h3" or "h4" or "h5" or "h6") || !Visible(heading)) continue;
            if (heading.Name == "h1") ones++;
            var level = heading.Name[1] - '0';
            if (!AccessibleName.HasText(heading)) add(StaticCheckIds.Headings, $"Eine Überschrift der Ebene {level} ist leer.");
            if (previous > 0 && level > previous + 1)
                add(StaticCheckIds.Headings, $"Nach Ebene {previous} folgt Ebene {level} ('{AccessibleName.Normalize(heading.TextContent)}').");
            previous = level;
        }
        if (ones != 1) add(StaticCheckIds.Headings, $"Die Seite hat {ones} Überschriften der Ebene 1 (erwartet: genau eine).");
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CheckLandmarks(PageTree document, Action<string, string> add)
    {
        var all = document.Elements;
        // One pass for the landmarks (each element's role read once).
        int mains = 0, navs = 0;
        bool banner = false, contentInfo = false;
        foreach (var e in all)
        {
            var role = e.Get("role");
            if (e.Name == "main" || role == "main") mains++;
            if (e.Name == "nav" || role == "navigation") navs++;
            banner |= IsPageHeader(e) || role == "banner";
            contentInfo |= IsPageFooter(e) || role == "contentinfo";
        }
        if (mains != 1) add(StaticCheckIds.Landmarks, $"Die Seite hat {mains} Hauptbereiche (main; erwartet: genau einen).");
        if (!banner) add(StaticCheckIds.Landmarks, "Die Seite hat keine Kopfzeile (header).");
        if (!contentInfo) add(StaticCheckIds.Landmarks, "Die Seite hat keine Fußzeile (footer).");
        if (navs > 1)
            foreach (var nav in all)
                if (IsNavigation(nav) && AccessibleName.Normalize(nav.Get("aria-label") ?? "").Length == 0 && !nav.Has("aria-labelledby"))
                    add(StaticCheckIds.Landmarks, $"Eine von {navs} Navigationen hat keinen Namen (aria-label oder aria-labelledby).");
    }

    /// <summary>The links of the page's header and of the navigations in its footer: resolved target and name, in order.</summary>
    private static List<(string, string)> SharedLinks(string page, PageTree document)
    {
        var links = new List<(string, string)>();
        if (document.Body is not { } body) return links;
        // In document order: the body's headers and footers are its children, and each holds its own links.
        for (var k = 0; k < body.ChildCount; k++)
            if (body.ChildElement(k) is { Name: "header" or "footer" } element)
                foreach (var link in element.Descendants())
                    if (IsLink(link) && (element.Name == "header" || InNavBelow(link, element)))
                        links.Add((SharedLinkTargets.Of(page, link.Get("href")!), AccessibleName.Of(link, document)));
        return links;
    }

    /// <summary>Whether the element is inside a <c>nav</c> inside <paramref name="footer"/>.</summary>
    private static bool InNavBelow(PageElement element, PageElement footer)
    {
        for (var e = element.Parent; e is not null && e != footer; e = e.Parent)
            if (e.Name == "nav") return true;
        return false;
    }

    private static bool HasSiteIndexLink(ArraySegment<PageElement> all) =>
        Any(all, a => IsLink(a) && a.Get("rel") == "sitemap");

    private static bool HasLabel(HashSet<string>? labelledIds, PageElement field) =>
        field.Has("aria-label") && AccessibleName.Normalize(field.Get("aria-label")!).Length > 0
        || field.Has("aria-labelledby")
        || field.Closest("label") is not null
        || field.Id is { Length: > 0 } id && labelledIds is not null && labelledIds.Contains(id)
        || field.Has("title");

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

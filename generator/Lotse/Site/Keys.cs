using Lotse.Kernel;

namespace Lotse.Site;

/// <summary>Metadata keys. Front matter keys are the editors' (German where they face readers);
/// computed keys are set by Lotse and may not be set in front matter.</summary>
public static class Keys
{
    // Front matter
    public const string Title = Document.TitleKey;
    public const string Description = "description";
    public const string Order = "order";
    public const string Layout = "layout";
    public const string Draft = "draft";
    public const string Aliases = "aliases";
    public const string Area = "bereich";
    public const string Stand = "stand";
    public const string Sources = "quellen";
    public const string Tags = "tags";

    // Computed (reserved)
    public const string Url = "url";
    public const string Content = "content";
    public const string Toc = "toc";
    public const string SourcePath = "source_path";
    public const string OutputPath = "output_path";
    public const string Data = "data";

    /// <summary>The front-matter keys of every page, in the order editors usually write them.</summary>
    public static readonly IReadOnlyList<FrontMatterKey> OfPages =
    [
        new(Title, FrontMatterType.Text, "Titel der Seite: Überschrift (h1), Navigation, Suche. Fehlt er, wird eine führende „# Überschrift“ zum Titel.", MinLength: 1, Example: "title: Antrag stellen"),
        new(Description, FrontMatterType.Text, "Ein Satz, worum es geht: steht unter dem Titel, in Übersichten und Suchergebnissen. `lotse check` warnt, wenn er fehlt (LOT0708).", Example: "description: Ein Satz, worum es geht."),
        new(Order, FrontMatterType.Integer, "Position in der Navigation und in Übersichten, kleinere Zahlen zuerst. Seiten ohne order folgen nach Titel.", Example: "order: 10"),
        new(Layout, FrontMatterType.Layout, "Layout der Seite (Datei themes/THEMA/layouts/NAME.html). Voreinstellung aus _dir.yml, sonst page. " +
            "Ein Layout, das es nicht gibt, ist ein Fehler (LOT0201).", Example: "layout: page"),
        new(Draft, FrontMatterType.Flag, "true: die Seite wird nicht gebaut (Entwurf).", Example: "draft: true"),
        new(Aliases, FrontMatterType.TextOrList, "Alte Adressen (ohne Endung, z. B. alte/adresse), die auf diese Seite weiterleiten.", Example: "aliases: [alte/adresse]"),
        new(Stand, FrontMatterType.Date, "Stand der Fakten auf der Seite (JJJJ-MM-TT), steht in der Fußzeile. `lotse check` warnt, wenn er fehlt.", Example: "stand: 2024-07-01"),
        new(Sources, FrontMatterType.Addresses, "Quellen der Angaben als Liste von Adressen (https://…); erscheinen unter „Quellen“. `lotse check` warnt, wenn sie fehlen.", Example: "quellen: [https://example.org/gesetz]"),
        new(Tags, FrontMatterType.TextOrList, "Schlagwörter: erscheinen auf der Seite und helfen der Suche.", Example: "tags: [Frist, Recht]"),
        new(Area, FrontMatterType.Area, "Bereich der Website für Suche und Layouts. Meist aus der _dir.yml des Bereichs.", Example: "bereich: anleitungen"),
        new(InNavigation, FrontMatterType.Flag, "false: die Seite erscheint nicht in der Navigation (sie wird trotzdem gebaut).", Example: "nav: false"),
        new(NavigationTitle, FrontMatterType.Text, "Kürzerer Titel für die Navigation (statt title).", Example: "nav_title: Kurztitel"),
    ];

    public const string InNavigation = "nav";
    public const string NavigationTitle = "nav_title";

    public static readonly IReadOnlySet<string> Reserved =
        new HashSet<string>(StringComparer.Ordinal) { Url, Content, Toc, SourcePath, OutputPath };
}

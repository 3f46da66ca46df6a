namespace Lotse.Features.Conformance;

/// <summary>The static checks every build runs over its own HTML pages (<see cref="HtmlChecks"/>), with what they check.</summary>
public static class StaticCheckIds
{
    public const string PageLanguage = "html-lang";
    public const string PartLanguage = "lang-of-parts";
    public const string PageTitle = "page-title";
    public const string Headings = "heading-outline";
    public const string Landmarks = "landmarks";
    public const string SkipLink = "skip-link";
    public const string LinkNames = "link-names";
    public const string ButtonNames = "button-names";
    public const string ImageAlt = "img-alt";
    public const string DuplicateIds = "duplicate-ids";
    public const string FormLabels = "form-labels";
    public const string InputPurpose = "input-purpose";
    public const string LabelInName = "label-in-name";
    public const string ConsistentNavigation = "consistent-navigation";
    public const string ConsistentIdentification = "consistent-identification";
    public const string MultipleWays = "multiple-ways";
    public const string NoMedia = "no-media";
    public const string NoAccessKeys = "no-accesskeys";
    public const string NoTimedRefresh = "no-timed-refresh";
    public const string NoMoving = "no-moving-content";

    /// <summary>What each check asserts, in German for the report.</summary>
    public static readonly IReadOnlyDictionary<string, string> Descriptions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [PageLanguage] = "Jede Seite nennt ihre Sprache im Attribut lang des html-Elements.",
        [PartLanguage] = "Jedes lang-Attribut im Text hat einen gültigen Sprachcode.",
        [PageTitle] = "Jede Seite hat einen nicht leeren Titel.",
        [Headings] = "Jede Seite hat genau eine Überschrift der Ebene 1, keine Ebene wird übersprungen, keine Überschrift ist leer.",
        [Landmarks] = "Jede Seite hat genau einen Hauptbereich (main), eine Kopfzeile (header) und eine Fußzeile (footer); jede Navigation hat einen Namen, wenn es mehrere gibt.",
        [SkipLink] = "Jede Seite beginnt mit einem Link zum Hauptinhalt, dessen Ziel es gibt.",
        [LinkNames] = "Jeder Link hat einen zugänglichen Namen.",
        [ButtonNames] = "Jede Schaltfläche hat einen zugänglichen Namen.",
        [ImageAlt] = "Jedes Bild hat ein alt-Attribut (leer nur für Schmuckbilder).",
        [DuplicateIds] = "Keine id kommt auf einer Seite zweimal vor.",
        [FormLabels] = "Jedes Eingabefeld hat eine Beschriftung.",
        [InputPurpose] = "Felder für Angaben zur Person (Name, E-Mail, Telefon, Adresse) nennen ihren Zweck mit autocomplete.",
        [LabelInName] = "Der sichtbare Text von Links und Schaltflächen mit aria-label steht in ihrem zugänglichen Namen.",
        [ConsistentNavigation] = "Die Hauptnavigation und die Fußzeile haben auf allen Seiten dieselben Einträge in derselben Reihenfolge.",
        [ConsistentIdentification] = "Links zum selben Ziel in Kopf- und Fußzeile heißen auf allen Seiten gleich.",
        [MultipleWays] = "Jede Seite ist über die Navigation und über die Suche oder eine Übersicht erreichbar.",
        [NoMedia] = "Die Seiten enthalten keine Audio- oder Videoinhalte (audio, video, object, embed, iframe).",
        [NoAccessKeys] = "Keine Seite definiert Tastaturkürzel mit accesskey.",
        [NoTimedRefresh] = "Keine Seite lädt sich nach einer Zeit neu oder leitet zeitverzögert weiter (meta refresh mit Verzögerung).",
        [NoMoving] = "Keine Seite enthält Lauftext oder blinkende Elemente (marquee, blink) oder animierte Bilder im GIF-Format.",
    };
}

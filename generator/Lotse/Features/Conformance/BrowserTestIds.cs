namespace Lotse.Features.Conformance;

/// <summary>Lotse's browser tests (tests/Lotse.BrowserTests) whose results a test run records in the site's results file
/// (<see cref="BrowserResults"/>), with what they test.</summary>
public static class BrowserTestIds
{
    public const string Axe = "axe";
    public const string Outline = "outline";
    public const string FocusOrder = "focus-order";
    public const string FocusVisible = "focus-visible";
    public const string Keyboard = "keyboard";
    public const string NoKeyboardTrap = "no-keyboard-trap";
    public const string Reflow320 = "reflow-320";
    public const string TextSpacing = "text-spacing";
    public const string Zoom200 = "zoom-200";
    public const string HoverContent = "hover-content";
    public const string Orientation = "orientation";
    public const string LanguageOfParts = "language-of-parts";
    public const string ConsistentNavigation = "consistent-navigation";
    public const string StatusMessages = "status-messages";
    public const string ErrorIdentification = "error-identification";

    public static readonly IReadOnlyDictionary<string, string> Descriptions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Axe] = "axe-core findet auf keiner Seite einen Verstoß (unter anderem Kontrast, Namen, Rollen, Sprache).",
        [Outline] = "Überschriften und Landmarken jeder Seitenart stimmen mit dem geprüften Barrierefreiheitsbaum überein.",
        [FocusOrder] = "Die Tab-Reihenfolge jeder Seitenart folgt dem Aufbau der Seite; der Fokus ändert nichts am Kontext.",
        [FocusVisible] = "Jedes fokussierte Element jeder Seitenart hat einen sichtbaren Fokusrahmen.",
        [Keyboard] = "Navigation, Suche, Menü und Checklisten lassen sich mit der Tastatur bedienen.",
        [NoKeyboardTrap] = "Mit Tab kommt man auf jeder Seitenart durch alle Elemente und wieder hinaus.",
        [Reflow320] = "Bei 320 CSS-Pixeln Breite gibt es auf keiner Seitenart waagerechtes Scrollen.",
        [TextSpacing] = "Mit den Textabständen aus WCAG 1.4.12 wird auf keiner Seitenart Text abgeschnitten.",
        [Zoom200] = "Bei 200 % Vergrößerung bleibt jede Seitenart ohne waagerechtes Scrollen und ohne abgeschnittenen Text.",
        [HoverContent] = "Bei Hover oder Fokus eingeblendete Inhalte lassen sich mit Escape schließen und bleiben sichtbar, solange der Zeiger darauf ist.",
        [Orientation] = "Jede Seitenart funktioniert im Hoch- und im Querformat.",
        [LanguageOfParts] = "Fremdsprachige Stellen aus Markdown-Attributen tragen ihr lang-Attribut im Browser.",
        [ConsistentNavigation] = "Die Navigation steht auf allen Seitenarten an derselben Stelle in derselben Reihenfolge.",
        [StatusMessages] = "Trefferzahl der Suche und Fortschritt der Checkliste werden in Live-Regionen angesagt.",
        [ErrorIdentification] = "Formulare (Suche) melden Fehler und leere Eingaben als Text.",
    };
}

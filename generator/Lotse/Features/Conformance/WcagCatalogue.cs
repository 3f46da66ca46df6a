namespace Lotse.Features.Conformance;

/// <summary>The 50 success criteria of WCAG 2.1 on levels A and AA (BITV 2.0 via EN 301 549, chapter 9), with the
/// German names of the official translation, and how Lotse tests each: <see cref="StaticCheckIds"/> over every built
/// page, <see cref="BrowserTestIds"/> in Chromium (Lotse's browser tests), or a person (<c>NeedsPerson</c>).</summary>
public static class WcagCatalogue
{
    private static WcagCriterion C(string number, string name, string level, string[] checks, string[] browser, bool person, bool media = false) =>
        new(number, name, level, checks, browser, person, media);

    public static readonly IReadOnlyList<WcagCriterion> All =
    [
        C("1.1.1", "Nicht-Text-Inhalt", "A", [StaticCheckIds.ImageAlt], [BrowserTestIds.Axe], person: true),
        C("1.2.1", "Reine Audio- und reine Videoinhalte (aufgezeichnet)", "A", [StaticCheckIds.NoMedia], [], person: false, media: true),
        C("1.2.2", "Untertitel (aufgezeichnet)", "A", [StaticCheckIds.NoMedia], [], person: false, media: true),
        C("1.2.3", "Audiodeskription oder Medienalternative (aufgezeichnet)", "A", [StaticCheckIds.NoMedia], [], person: false, media: true),
        C("1.2.4", "Untertitel (live)", "AA", [StaticCheckIds.NoMedia], [], person: false, media: true),
        C("1.2.5", "Audiodeskription (aufgezeichnet)", "AA", [StaticCheckIds.NoMedia], [], person: false, media: true),
        C("1.3.1", "Info und Beziehungen", "A", [StaticCheckIds.Headings, StaticCheckIds.Landmarks, StaticCheckIds.FormLabels], [BrowserTestIds.Axe, BrowserTestIds.Outline], person: true),
        C("1.3.2", "Bedeutungstragende Reihenfolge", "A", [], [BrowserTestIds.FocusOrder], person: true),
        C("1.3.3", "Sensorische Eigenschaften", "A", [], [], person: true),
        C("1.3.4", "Ausrichtung", "AA", [], [BrowserTestIds.Orientation], person: false),
        C("1.3.5", "Bestimmung des Zwecks einer Eingabe", "AA", [StaticCheckIds.InputPurpose], [], person: false),
        C("1.4.1", "Benutzung von Farbe", "A", [], [BrowserTestIds.Axe], person: true),
        C("1.4.2", "Audio-Steuerelement", "A", [StaticCheckIds.NoMedia], [], person: false, media: true),
        C("1.4.3", "Kontrast (Minimum)", "AA", [], [BrowserTestIds.Axe], person: false),
        C("1.4.4", "Änderung der Textgröße", "AA", [], [BrowserTestIds.Zoom200], person: false),
        C("1.4.5", "Bilder eines Textes", "AA", [], [], person: true),
        C("1.4.10", "Umbruch (Reflow)", "AA", [], [BrowserTestIds.Reflow320], person: false),
        C("1.4.11", "Nicht-Text-Kontrast", "AA", [], [BrowserTestIds.FocusVisible], person: true),
        C("1.4.12", "Textabstand", "AA", [], [BrowserTestIds.TextSpacing], person: false),
        C("1.4.13", "Eingeblendete Inhalte bei Hover oder Fokus", "AA", [], [BrowserTestIds.HoverContent], person: false),
        C("2.1.1", "Tastatur", "A", [], [BrowserTestIds.Keyboard], person: false),
        C("2.1.2", "Keine Tastaturfalle", "A", [], [BrowserTestIds.NoKeyboardTrap], person: false),
        C("2.1.4", "Tastaturkurzbefehle", "A", [StaticCheckIds.NoAccessKeys], [], person: true),
        C("2.2.1", "Zeiteinteilung anpassbar", "A", [StaticCheckIds.NoTimedRefresh], [], person: true),
        C("2.2.2", "Pausieren, beenden, ausblenden", "A", [StaticCheckIds.NoMoving], [], person: true),
        C("2.3.1", "Grenzwert von dreimaligem Blitzen oder weniger", "A", [StaticCheckIds.NoMoving], [], person: true),
        C("2.4.1", "Blöcke umgehen", "A", [StaticCheckIds.SkipLink, StaticCheckIds.Landmarks], [], person: false),
        C("2.4.2", "Seite mit Titel", "A", [StaticCheckIds.PageTitle], [], person: true),
        C("2.4.3", "Fokus-Reihenfolge", "A", [], [BrowserTestIds.FocusOrder], person: true),
        C("2.4.4", "Linkzweck (im Kontext)", "A", [StaticCheckIds.LinkNames], [BrowserTestIds.Axe], person: true),
        C("2.4.5", "Verschiedene Methoden", "AA", [StaticCheckIds.MultipleWays], [], person: false),
        C("2.4.6", "Überschriften und Beschriftungen", "AA", [StaticCheckIds.Headings, StaticCheckIds.FormLabels], [BrowserTestIds.Outline], person: true),
        C("2.4.7", "Fokus sichtbar", "AA", [], [BrowserTestIds.FocusVisible], person: false),
        C("2.5.1", "Zeigergesten", "A", [], [], person: true),
        C("2.5.2", "Zeigerabbruch", "A", [], [], person: true),
        C("2.5.3", "Beschriftung im Namen", "A", [StaticCheckIds.LabelInName], [], person: false),
        C("2.5.4", "Betätigung durch Bewegung", "A", [], [], person: true),
        C("3.1.1", "Sprache der Seite", "A", [StaticCheckIds.PageLanguage], [BrowserTestIds.Axe], person: false),
        C("3.1.2", "Sprache von Teilen", "AA", [StaticCheckIds.PartLanguage], [BrowserTestIds.LanguageOfParts], person: true),
        C("3.2.1", "Bei Fokus", "A", [], [BrowserTestIds.FocusOrder], person: true),
        C("3.2.2", "Bei Eingabe", "A", [], [], person: true),
        C("3.2.3", "Konsistente Navigation", "AA", [StaticCheckIds.ConsistentNavigation], [BrowserTestIds.ConsistentNavigation], person: false),
        C("3.2.4", "Konsistente Erkennung", "AA", [StaticCheckIds.ConsistentIdentification], [], person: false),
        C("3.3.1", "Fehlererkennung", "A", [], [BrowserTestIds.ErrorIdentification], person: true),
        C("3.3.2", "Beschriftungen oder Anweisungen", "A", [StaticCheckIds.FormLabels], [BrowserTestIds.Axe], person: false),
        C("3.3.3", "Fehlerempfehlung", "AA", [], [BrowserTestIds.ErrorIdentification], person: true),
        C("3.3.4", "Fehlervermeidung (rechtliche, finanzielle, Daten)", "AA", [], [], person: true),
        C("4.1.1", "Syntaxanalyse", "A", [StaticCheckIds.DuplicateIds], [], person: false),
        C("4.1.2", "Name, Rolle, Wert", "A", [StaticCheckIds.LinkNames, StaticCheckIds.ButtonNames, StaticCheckIds.FormLabels], [BrowserTestIds.Axe], person: false),
        C("4.1.3", "Statusmeldungen", "AA", [], [BrowserTestIds.StatusMessages], person: false),
    ];
}

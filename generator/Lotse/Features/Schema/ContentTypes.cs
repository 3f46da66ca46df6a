namespace Lotse.Features.Schema;

/// <summary>The content types of this site's <c>content/</c> folder and the files each applies to.
/// The globs do not overlap, so each file has exactly one schema.</summary>
public static class ContentTypes
{
    public static readonly ContentType Page = new("seite", "Lotse: Seite",
        "Front Matter einer Seite im Leitfaden, im EfA-Wegweiser (auch Checklisten) oder auf oberster Ebene (content/*.md).",
        ["content/*.md", "content/leitfaden/**/*.md", "content/efa-wegweiser/**/*.md"]);

    public static readonly ContentType Faq = new("faq", "Lotse: FAQ",
        "Front Matter einer FAQ-Frage (content/faq/THEMA/FRAGE.md). Die Übersichten (index.md mit layout faq-thema oder faq-uebersicht) brauchen keine Kurzantwort.",
        ["content/faq/**/*.md"]);

    public static readonly ContentType Tool = new("werkzeug", "Lotse: Werkzeug",
        "Front Matter eines Werkzeugs im Werkzeugkasten (content/werkzeugkasten/*.md) mit dem Steckbrief „Auf einen Blick“. Die Übersicht (index.md mit eigenem layout) braucht keinen Steckbrief.",
        ["content/werkzeugkasten/**/*.md"]);

    public static readonly ContentType FolderDefaults = new("ordner", "Lotse: Ordner-Voreinstellungen (_dir.yml)",
        "Voreinstellungen für alle Seiten dieses Ordners und der Ordner darunter. Tiefere Ordner gewinnen, das Front Matter der Seite gewinnt über alle. Alle Schlüssel sind optional.",
        ["content/**/_dir.yml"], IsFolderDefaults: true);

    public static readonly IReadOnlyList<ContentType> All = [Page, Faq, Tool, FolderDefaults];

    /// <summary>The type of a file (path from the site root), or null for files without front matter schema.</summary>
    public static ContentType? Of(string relativePath) => All.FirstOrDefault(t => t.Matches(relativePath));
}

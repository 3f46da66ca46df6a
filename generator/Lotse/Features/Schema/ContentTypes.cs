namespace Lotse.Features.Schema;

/// <summary>The content types of a site's <c>content/</c> folder. Which files each applies to comes from the site's own
/// sections (<see cref="ForSections"/>): a section (a folder directly in <c>content/</c>) whose <c>_dir.yml</c> sets
/// <c>layout: faq-frage</c> holds FAQ questions, one with <c>layout: werkzeug</c> tools, every other section and the
/// top level pages. The globs do not overlap, so each file has exactly one schema.</summary>
public static class ContentTypes
{
    /// <summary>The section layout that makes a section's files FAQ questions.</summary>
    public const string FaqLayout = "faq-frage";

    /// <summary>The section layout that makes a section's files tools.</summary>
    public const string ToolLayout = "werkzeug";

    public static readonly ContentType Page = new("seite", "Lotse: Seite",
        "Front Matter einer Seite auf oberster Ebene (content/*.md) oder in einem Bereich ohne eigenen Typ (auch Checklisten).",
        ["content/*.md"]);

    public static readonly ContentType Faq = new("faq", "Lotse: FAQ",
        $"Front Matter einer FAQ-Frage (ein Bereich, dessen _dir.yml layout: {FaqLayout} setzt). Die Übersichten (index.md mit layout faq-thema oder faq-uebersicht) brauchen keine Kurzantwort.",
        []);

    public static readonly ContentType Tool = new("werkzeug", "Lotse: Werkzeug",
        $"Front Matter eines Werkzeugs mit dem Steckbrief „Auf einen Blick“ (ein Bereich, dessen _dir.yml layout: {ToolLayout} setzt). Die Übersicht (index.md mit eigenem layout) braucht keinen Steckbrief.",
        []);

    public static readonly ContentType FolderDefaults = new("ordner", "Lotse: Ordner-Voreinstellungen (_dir.yml)",
        "Voreinstellungen für alle Seiten dieses Ordners und der Ordner darunter. Tiefere Ordner gewinnen, das Front Matter der Seite gewinnt über alle. Alle Schlüssel sind optional.",
        ["content/**/_dir.yml"], IsFolderDefaults: true);

    /// <summary>The types of a site with no sections of their own (only <c>content/*.md</c> are pages).</summary>
    public static readonly IReadOnlyList<ContentType> All = [Page, Faq, Tool, FolderDefaults];

    /// <summary>The types with the globs of the site's sections: each section's folder name (directly in <c>content/</c>)
    /// and the <c>layout</c> its <c>_dir.yml</c> sets, if any.</summary>
    public static IReadOnlyList<ContentType> ForSections(IEnumerable<(string Folder, string? Layout)> sections)
    {
        var pages = new List<string>(Page.Globs);
        var faq = new List<string>();
        var tools = new List<string>();
        foreach (var (folder, layout) in sections.OrderBy(s => s.Folder, StringComparer.Ordinal))
            (layout switch { FaqLayout => faq, ToolLayout => tools, _ => pages }).Add($"content/{folder}/**/*.md");
        return [Page with { Globs = pages }, Faq with { Globs = faq }, Tool with { Globs = tools }, FolderDefaults];
    }
}

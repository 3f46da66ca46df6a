using System.Text;
using Lotse.Features.Dates;
using Lotse.Site;

namespace Lotse.Features.Scaffolding;

/// <summary>The text of a new Markdown file: front matter with every key the content type needs (placeholders
/// where only the editor knows the value) and a body skeleton. <c>stand</c> is today, <c>pruefen_bis</c> a year later.</summary>
internal static class PageScaffold
{
    /// <summary>A FAQ question (layout faq-frage from the FAQ's _dir.yml).</summary>
    public static string FaqQuestion(string question, FolderFacts folder, DateOnly today) =>
        Text(folder, today, Header(question,
            Placeholder.Of("Ein Satz, worum es in der Antwort geht (für Suchergebnisse)."), folder),
            [
                ("kurzantwort", Quote(Placeholder.Of("Die Antwort in ein bis zwei Sätzen."))),
                (Keys.Tags, "[]"),
                ("verwandt", "[]"),
            ],
            """
            TODO: Die ausführliche Antwort in kurzen Absätzen. Sprechen Sie die Lesenden mit „Sie“ an und erklären Sie Abkürzungen beim ersten Vorkommen.

            TODO: Verweise auf andere Seiten der Website als Links auf die Quelldatei, etwa `[Antrag stellen](../../anleitungen/antrag-stellen.md)`, oder unter `verwandt` im Front Matter.
            """);

    /// <summary>A page; in a folder whose layout is <c>werkzeug</c>, with the tool's box „Auf einen Blick“.</summary>
    public static string Page(string title, FolderFacts folder, DateOnly today)
    {
        var isTool = folder.Defaults.GetValueOrDefault(Keys.Layout) as string == "werkzeug";
        List<(string, string)> extra = isTool
            ?
            [
                ("zweck", Quote(Placeholder.Of("Wozu das Werkzeug dient, in einem Satz."))),
                ("phase", Quote(Placeholder.Of("Planung, Konzeption, Umsetzung oder Betrieb"))),
                ("aufwand", Quote(Placeholder.Of("z. B. gering (ein halber Tag)"))),
                ("rollen", "[]"),
                ("ergebnis", Quote(Placeholder.Of("Was am Ende vorliegt."))),
                (Keys.Tags, "[]"),
            ]
            : [(Keys.Tags, "[]")];
        return Text(folder, today, Header(title, Placeholder.Of("Ein Satz, worum es auf dieser Seite geht (für Übersichten und Suchergebnisse)."), folder),
            extra,
            """
            TODO: Einleitung: worum es geht und für wen die Seite gedacht ist.

            ## TODO: Erste Zwischenüberschrift

            TODO: Text in kurzen Sätzen und Absätzen.
            """);
    }

    private static List<(string, string)> Header(string title, string description, FolderFacts folder)
    {
        var lines = new List<(string, string)> { (Keys.Title, Quote(title)), (Keys.Description, Quote(description)) };
        if (folder.NextOrder is { } order) lines.Add((Keys.Order, order.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return lines;
    }

    private static string Text(FolderFacts folder, DateOnly today, List<(string Key, string Value)> header, List<(string Key, string Value)> extra, string body)
    {
        var sb = new StringBuilder("---\n");
        foreach (var (key, value) in header.Concat(extra)) sb.Append(key).Append(": ").Append(value).Append('\n');
        sb.Append(Keys.Stand).Append(": ").Append(YamlLine.Date(today)).Append('\n');
        sb.Append(DateKeys.ReviewBy).Append(": ").Append(YamlLine.Date(today.AddYears(1))).Append('\n');
        if (!folder.Defaults.ContainsKey(DateKeys.Owner))
            sb.Append(DateKeys.Owner).Append(": ").Append(Quote(Placeholder.Of("Person oder Redaktion, die die Seite prüft"))).Append('\n');
        sb.Append(Keys.Sources).Append(":\n  - ").Append(Quote(Placeholder.Of("https://… (Adresse einer Quelle)"))).Append('\n');
        sb.Append("---\n\n").Append(body.ReplaceLineEndings("\n")).Append('\n');
        return sb.ToString();
    }

    private static string Quote(string value) => YamlLine.Quoted(value);
}

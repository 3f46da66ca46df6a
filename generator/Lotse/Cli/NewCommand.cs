
using Lotse.Blocks.Markdown;
using Lotse.Features.Scaffolding;

namespace Lotse.Cli;

/// <summary>
/// <c>lotse new faq "Frage?" [--thema TOPIC]</c> and <c>lotse new seite BEREICH/name [Titel]</c>: create a Markdown file
/// with the front matter of its content type, placeholders (<c>TODO: …</c>) and a body skeleton, and print its path.
/// Never overwrites a file.
/// </summary>
public static class NewCommand
{
    public const string FaqFolder = "faq";

    public static int Run(CliOptions cli, TextWriter output, TextWriter error)
    {
        var content = Path.Combine(cli.Root, "content");
        if (!Directory.Exists(content))
            return Fail(error, 1, $"There is no content folder in '{cli.Root}'. Run lotse new in the site's root folder or give it with --root ROOT");
        var today = cli.Today ?? DateOnly.FromDateTime(DateTime.Now);
        var words = cli.Arguments;
        return words.FirstOrDefault() switch
        {
            "faq" when words.Count == 2 => NewFaq(content, words[1], cli.Topic, today, output, error),
            "seite" when words.Count is 2 or 3 => NewPage(content, words[1], words.Count == 3 ? words[2] : null, today, output, error),
            "faq" => Fail(error, 2, "Give the question in quotes: lotse new faq \"Wie beantrage ich …?\" [--thema TOPIC]"),
            "seite" => Fail(error, 2, "Give the section and the file name: lotse new seite anleitungen/titel [\"Titel der Seite\"]"),
            null => Fail(error, 2, "Say what to create: lotse new faq \"Frage?\" or lotse new seite BEREICH/name"),
            var kind => Fail(error, 2, $"Unknown kind '{kind}'. Use 'faq' (a FAQ question) or 'seite' (a page)"),
        };
    }

    private static int NewFaq(string content, string question, string? topic, DateOnly today, TextWriter output, TextWriter error)
    {
        var faq = Path.Combine(content, FaqFolder);
        if (!Directory.Exists(faq)) return Fail(error, 1, $"There is no FAQ folder content/{FaqFolder}/. Create it first");
        var topics = Subfolders(faq);
        if (topic is null)
        {
            if (topics.Count > 1)
                return Fail(error, 2, $"Name the topic with --thema TOPIC. Topics: {string.Join(", ", topics)}");
            topic = topics.FirstOrDefault() ?? "";
        }
        else if (!topics.Contains(topic, StringComparer.Ordinal))
            return Fail(error, 1, $"The FAQ has no topic '{topic}'. Topics: {Listed(topics)}");

        var slug = Shorten(GermanSlug.From(question));
        if (slug.Length == 0) return Fail(error, 2, "The question has no letters or digits to name the file after. Write the question in words");
        var folder = topic.Length == 0 ? FaqFolder : $"{FaqFolder}/{topic}";
        return Create(content, $"{folder}/{slug}.md", PageScaffold.FaqQuestion(question.Trim(), FolderFacts.Of(content, folder), today), output, error);
    }

    private static int NewPage(string content, string path, string? title, DateOnly today, TextWriter output, TextWriter error)
    {
        var segments = path.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        if (segments.Count > 0 && segments[^1].EndsWith(".md", StringComparison.OrdinalIgnoreCase)) segments[^1] = segments[^1][..^3];
        if (segments.Count < 2)
            return Fail(error, 2, $"'{path}' names no section. Give the section and the file name: lotse new seite anleitungen/titel");
        var sections = Subfolders(content);
        if (!sections.Contains(segments[0], StringComparer.Ordinal))
            return Fail(error, 1, $"There is no section '{segments[0]}'. Sections: {Listed(sections)}");
        if (segments[0] == FaqFolder)
            return Fail(error, 1, "FAQ questions need their own front matter (kurzantwort). Use: lotse new faq \"Frage?\" --thema TOPIC");

        var slugs = segments.Select((s, i) => i == 0 ? s : Shorten(GermanSlug.From(s))).ToList();
        if (slugs.Any(s => s.Length == 0)) return Fail(error, 2, $"'{path}' has a part without letters or digits. Name each part in words");
        var folder = string.Join('/', slugs.Take(slugs.Count - 1));
        var text = PageScaffold.Page(title?.Trim() is { Length: > 0 } t ? t : TitleOf(segments[^1]), FolderFacts.Of(content, folder), today);
        return Create(content, $"{folder}/{slugs[^1]}.md", text, output, error);
    }

    private static int Create(string content, string relative, string text, TextWriter output, TextWriter error)
    {
        var full = Path.Combine(content, relative);
        var shown = "content/" + relative;
        if (File.Exists(full))
            return Fail(error, 1, $"{shown} exists already; lotse new never overwrites a file. Edit it, or choose another name");
        if (File.Exists(Path.Combine(full[..^3], "index.md")))
            return Fail(error, 1, $"{shown} would have the address of content/{relative[..^3]}/index.md. Choose another name");
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        try
        {
            using var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false));
            writer.Write(text);
        }
        catch (IOException) when (File.Exists(full))
        {
            return Fail(error, 1, $"{shown} exists already; lotse new never overwrites a file. Edit it, or choose another name");
        }
        output.WriteLine(shown);
        return 0;
    }

    /// <summary>"titel" → "Titel", "mein-titel" → "Mein titel"; a name with capitals or spaces stays as it is.</summary>
    private static string TitleOf(string name)
    {
        if (name.Any(char.IsUpper) || name.Contains(' ')) return name;
        var words = name.Replace('-', ' ').Replace('_', ' ').Trim();
        return words.Length == 0 ? name : char.ToUpperInvariant(words[0]) + words[1..];
    }

    private static List<string> Subfolders(string folder) =>
        Directory.EnumerateDirectories(folder)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(n => !n.StartsWith('_') && !n.StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string Listed(List<string> names) => names.Count == 0 ? "(none)" : string.Join(", ", names);

    private static int Fail(TextWriter error, int exitCode, string message)
    {
        error.WriteLine($"lotse new: {message}.");
        return exitCode;
    }

    /// <summary>Most characters of a file name <c>lotse new</c> makes from a question or title: a long question makes a
    /// short name (whole words, cut at a hyphen), well within every file system's limit of 255 bytes per name and
    /// Windows' 260 characters per path.</summary>
    public const int MostSlugLength = 60;

    internal static string Shorten(string slug)
    {
        if (slug.Length <= MostSlugLength) return slug;
        var cut = slug.LastIndexOf('-', MostSlugLength);
        return (cut > MostSlugLength / 2 ? slug[..cut] : slug[..MostSlugLength]).TrimEnd('-');
    }
}

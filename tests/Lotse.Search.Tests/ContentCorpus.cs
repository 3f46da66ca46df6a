using System.Text;
using System.Text.RegularExpressions;

namespace Lotse.Search.Tests;

/// <summary>
/// The repository's content/**/*.md read the way the search needs it (a stand-in for the generator):
/// one document per page and one per h2/h3 section, plus the distinct words and the glossary groups.
/// </summary>
internal static partial class ContentCorpus
{
    private static readonly Lazy<IReadOnlyList<SearchDocument>> LazyDocuments = new(() => LoadDocuments(RepositoryPaths.Content));

    public static IReadOnlyList<SearchDocument> Documents => LazyDocuments.Value;

    public static IReadOnlyList<string> MarkdownFiles(string? contentRoot = null) =>
        Directory.EnumerateFiles(contentRoot ?? RepositoryPaths.Content, "*.md", SearchOption.AllDirectories)
            .Where(p => !Path.GetRelativePath(contentRoot ?? RepositoryPaths.Content, p).Split(Path.DirectorySeparatorChar).Any(s => s.StartsWith('_')))
            .Order(StringComparer.Ordinal)
            .ToArray();

    /// <summary>Body text of every page (front matter removed), in path order.</summary>
    public static IReadOnlyList<string> Texts() => MarkdownFiles().Select(f => SplitFrontMatter(File.ReadAllText(f)).Body).ToArray();

    /// <summary>Distinct words of the content: runs of letters and digits, lower-cased, ordinal order.</summary>
    public static IReadOnlyList<string> DistinctWords() =>
        Texts().SelectMany(t => WordPattern().Matches(t).Select(m => m.Value.ToLowerInvariant()))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

    /// <summary>Distinct whitespace-separated tokens of the content, punctuation and all.</summary>
    public static IReadOnlyList<string> DistinctRawTokens() =>
        Texts().SelectMany(t => t.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

    /// <summary>Glossary groups from content/_data/glossar.yml: begriff, langform and synonyme of each entry.</summary>
    public static SearchSynonyms Glossary()
    {
        var path = Path.Combine(RepositoryPaths.Content, "_data", "glossar.yml");
        var groups = new List<IReadOnlyList<string>>();
        if (!File.Exists(path))
        {
            return new SearchSynonyms(groups);
        }
        List<string>? current = null;
        foreach (var line in File.ReadAllLines(path))
        {
            var begriff = GlossaryField().Match(line);
            if (!begriff.Success)
            {
                continue;
            }
            var key = begriff.Groups["key"].Value;
            var value = begriff.Groups["value"].Value.Trim();
            if (key == "begriff")
            {
                current = [Unquote(value)];
                groups.Add(current);
            }
            else if (current is not null && key == "langform")
            {
                current.Add(Unquote(value));
            }
            else if (current is not null && key == "synonyme" && value.StartsWith('[') && value.EndsWith(']'))
            {
                current.AddRange(value[1..^1].Split(',').Select(s => Unquote(s.Trim())).Where(s => s.Length > 0));
            }
        }
        return new SearchSynonyms(groups);
    }

    private static string Unquote(string value) => value.Trim('"', '\'');

    /// <summary>Documents of any content folder (the benchmark reads generated corpora with it).</summary>
    public static IReadOnlyList<SearchDocument> LoadDocuments(string contentRoot)
    {
        var docs = new List<SearchDocument>();
        var refs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in MarkdownFiles(contentRoot))
        {
            var relative = Path.GetRelativePath(contentRoot, file).Replace('\\', '/');
            var (frontMatter, body) = SplitFrontMatter(File.ReadAllText(file));
            var title = FrontMatterValue(frontMatter, "title") ?? Path.GetFileNameWithoutExtension(file);
            var tags = FrontMatterList(frontMatter, "tags");
            var roles = FrontMatterList(frontMatter, "rollen");
            var url = relative.EndsWith("index.md", StringComparison.Ordinal)
                ? relative[..^"index.md".Length] + "index.html"
                : relative[..^".md".Length] + "/index.html";
            var topFolder = relative.Contains('/') ? relative[..relative.IndexOf('/')] : "";
            var area = topFolder switch
            {
                "faq" => "FAQ",
                "leitfaden" => "Leitfaden",
                "efa-wegweiser" => "Wegweiser",
                "werkzeugkasten" => "Werkzeugkasten",
                _ => "Allgemein",
            };
            var isQuestion = area == "FAQ" && !relative.EndsWith("index.md", StringComparison.Ordinal);

            var sections = SplitSections(body);
            // The page document carries the text before the first h2/h3; each section carries its own.
            var pageText = PlainText(sections[0].Text);
            refs.Add(url);
            docs.Add(new SearchDocument(url, url, area, title, null,
                string.Join('\n', sections.Skip(1).Select(s => s.Heading)), pageText, tags, roles, isQuestion));
            foreach (var section in sections.Skip(1))
            {
                var reference = url + "#" + section.Anchor;
                if (!refs.Add(reference))
                {
                    continue;
                }
                docs.Add(new SearchDocument(reference, reference, area, title, section.Heading, "",
                    PlainText(section.Text), tags, roles, false));
            }
        }
        return docs;
    }

    private static (string FrontMatter, string Body) SplitFrontMatter(string markdown)
    {
        markdown = markdown.Replace("\r\n", "\n");
        if (!markdown.StartsWith("---\n", StringComparison.Ordinal))
        {
            return ("", markdown);
        }
        var end = markdown.IndexOf("\n---", 4, StringComparison.Ordinal);
        return end < 0 ? ("", markdown) : (markdown[4..end], markdown[(end + 4)..]);
    }

    private static string? FrontMatterValue(string frontMatter, string key)
    {
        foreach (var line in frontMatter.Split('\n'))
        {
            if (line.StartsWith(key + ":", StringComparison.Ordinal))
            {
                return Unquote(line[(key.Length + 1)..].Trim());
            }
        }
        return null;
    }

    private static IReadOnlyList<string> FrontMatterList(string frontMatter, string key)
    {
        var value = FrontMatterValue(frontMatter, key);
        if (value is null || !value.StartsWith('[') || !value.EndsWith(']'))
        {
            return [];
        }
        return value[1..^1].Split(',').Select(s => Unquote(s.Trim())).Where(s => s.Length > 0).ToArray();
    }

    private sealed record Section(string Heading, string Anchor, string Text);

    private static List<Section> SplitSections(string body)
    {
        var sections = new List<Section>();
        var heading = "";
        var text = new StringBuilder();
        foreach (var line in body.Split('\n'))
        {
            var match = HeadingLine().Match(line);
            if (match.Success)
            {
                sections.Add(new Section(heading, Anchor(heading), text.ToString()));
                heading = match.Groups["text"].Value.Trim();
                var explicitAnchor = ExplicitAnchor().Match(heading);
                text.Clear();
                if (explicitAnchor.Success)
                {
                    heading = heading[..explicitAnchor.Index].Trim();
                }
                continue;
            }
            text.Append(line).Append('\n');
        }
        sections.Add(new Section(heading, Anchor(heading), text.ToString()));
        return sections;
    }

    private static string Anchor(string heading)
    {
        var builder = new StringBuilder();
        foreach (var c in heading.ToLowerInvariant())
        {
            builder.Append(c switch
            {
                'ä' => "ae",
                'ö' => "oe",
                'ü' => "ue",
                'ß' => "ss",
                ' ' => "-",
                _ when char.IsLetterOrDigit(c) || c == '-' => c.ToString(),
                _ => "",
            });
        }
        return builder.ToString();
    }

    private static string PlainText(string markdown)
    {
        var text = MarkdownLink().Replace(markdown, "$1");
        text = FenceLine().Replace(text, "");
        text = text.Replace("**", "").Replace("`", "").Replace("|", " ");
        return text;
    }

    [GeneratedRegex(@"[\p{L}\p{Nd}]+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"^(?<key>begriff|langform|synonyme):\s*(?<value>.*)$|^\s+(?<key>langform|synonyme):\s*(?<value>.*)$|^-\s+(?<key>begriff):\s*(?<value>.*)$")]
    private static partial Regex GlossaryField();

    [GeneratedRegex(@"^#{2,3}\s+(?<text>.+)$")]
    private static partial Regex HeadingLine();

    [GeneratedRegex(@"\{#[^}]*\}\s*$")]
    private static partial Regex ExplicitAnchor();

    [GeneratedRegex(@"!?\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"^:::.*$", RegexOptions.Multiline)]
    private static partial Regex FenceLine();
}

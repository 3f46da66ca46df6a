using Lotse.Blocks.Config;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Lotse.Blocks.Diagnostics;
using Lotse.Kernel;
using Lotse.Site;

namespace Lotse.Features.Compatibility;

/// <summary>
/// pandoc's and Quarto's citations with <c>bibliography: literatur.bib</c> in <c>lotse.yml</c> (a BibTeX file in
/// <c>content/</c>, or a list of them): <c>[@key]</c>, <c>[vgl. @a, S. 7; @b]</c> and <c>[-@key]</c> become
/// author–year references in parentheses (<c>(Gould und Lewis 1987)</c>), <c>@key</c> in the text a narrative one
/// (<c>Matthews (2020)</c>), each a link to its entry. The entries of every cited work are listed where a page has
/// <c>::: {#refs}</c> (a book's bibliography chapter; links from other chapters need <c>anchors_across_pages: true</c>),
/// else at the end of each citing page under "Literatur". A cited key the bibliography lacks is LOT0176 and stays text;
/// a bibliography that cannot be read is LOT0177.
/// </summary>
internal sealed partial class PandocCitations : IModule
{
    public const string BibliographyKey = "bibliography";

    [GeneratedRegex(@"(?<![!\\])\[(?<body>[^\[\]]{0,400}?@[^\[\]]{0,400}?)\](?![(\[{])")]
    private static partial Regex BracketGroup();

    [GeneratedRegex(@"^\s*(?<prefix>[^@]*?)\s*(?<minus>-)?@(?<key>[\w][\w:.#$%&+?<>~/-]*?)(?<locator>[,\s].*)?$", RegexOptions.Singleline)]
    private static partial Regex CitationItem();

    [GeneratedRegex(@"(?<![\w@.\-\\/:\[])@(?<key>[\w][\w:.#$%&+?<>~/-]*[\w])")]
    private static partial Regex NarrativeCitation();

    [GeneratedRegex(@"^[ \t]*:::+[ \t]*\{#refs\}[ \t]*\r?\n(?<inner>(?:.*\r?\n)*?)[ \t]*:::+[ \t]*\r?$", RegexOptions.Multiline)]
    private static partial Regex RefsDiv();

    [GeneratedRegex(@"^[ \t]{0,3}(```|~~~)", RegexOptions.Multiline)]
    private static partial Regex Fence();

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        if (Bibliography(context) is not { Count: > 0 } entries) return Task.FromResult(inputs);
        var cited = new List<string>();
        var citedSet = new HashSet<string>(StringComparer.Ordinal);
        var perPage = new List<string>[inputs.Length];
        var texts = new string[inputs.Length];
        for (var i = 0; i < inputs.Length; i++)
        {
            perPage[i] = [];
            texts[i] = inputs[i].Content.Contains('@') ? Cite(inputs[i], entries, perPage[i], context) : inputs[i].Content;
            foreach (var key in perPage[i]) if (citedSet.Add(key)) cited.Add(key);
        }
        var hasRefs = texts.Any(t => t.Contains("{#refs}", StringComparison.Ordinal) && RefsDiv().IsMatch(t));
        var result = ImmutableArray.CreateBuilder<Document>(inputs.Length);
        for (var i = 0; i < inputs.Length; i++)
        {
            var text = texts[i];
            if (hasRefs && text.Contains("{#refs}", StringComparison.Ordinal))
                text = RefsDiv().Replace(text, m => "::: {#refs}\n" + List(cited, entries) + m.Groups["inner"].Value + ":::");
            else if (!hasRefs && perPage[i].Count > 0)
                text = text.TrimEnd() + "\n\n## Literatur\n\n" + List(perPage[i], entries);
            result.Add(ReferenceEquals(text, inputs[i].Content) ? inputs[i] : inputs[i] with { Content = text });
        }
        return Task.FromResult(result.MoveToImmutable());
    }

    private static Dictionary<string, BibEntry>? Bibliography(BuildContext context)
    {
        IEnumerable<string> files = context.Config.Values.GetValueOrDefault(BibliographyKey) switch
        {
            string one => [one],
            List<object?> list => list.OfType<string>(),
            _ => [],
        };
        var entries = new Dictionary<string, BibEntry>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var path = Path.GetFullPath(Path.Combine(context.Paths.Content, file));
            string text;
            try { text = File.ReadAllText(path); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                var (line, column) = context.Config.At("bibliography");
                context.Diagnostics.Error(DiagnosticCodes.BibliographyUnreadable, SiteConfig.FileName, line, column,
                    $"The bibliography '{file}' cannot be read ({e.GetType().Name}). Give its path relative to content/, e.g. 'bibliography: literatur.bib'");
                continue;
            }
            foreach (var entry in BibTeX.Read(text)) entries.TryAdd(entry.Key, entry);
        }
        return entries;
    }

    /// <summary>The page's text with its citations as links; the keys it cites go to <paramref name="cited"/>.</summary>
    private static string Cite(Document page, Dictionary<string, BibEntry> entries, List<string> cited, BuildContext context)
    {
        var body = page.Content;
        var sb = new StringBuilder(body.Length);
        var position = 0;
        var inFence = false;
        // Outside fenced code only: each stretch between fences is cited on its own.
        foreach (Match fence in Fence().Matches(body))
        {
            var chunk = body[position..fence.Index];
            sb.Append(inFence ? chunk : CiteChunk(chunk, position, page, entries, cited, context));
            position = fence.Index;
            inFence = !inFence;
        }
        var rest = body[position..];
        sb.Append(inFence ? rest : CiteChunk(rest, position, page, entries, cited, context));
        var text = sb.ToString();
        return text == body ? body : text;
    }

    private static string CiteChunk(string chunk, int offset, Document page, Dictionary<string, BibEntry> entries, List<string> cited, BuildContext context)
    {
        if (!chunk.Contains('@')) return chunk;
        chunk = BracketGroup().Replace(chunk, group =>
        {
            // "[label]: url" at the start of a line defines a link reference, it is no citation.
            if (group.Index + group.Length < chunk.Length && chunk[group.Index + group.Length] == ':'
                && chunk.AsSpan(0, group.Index)[(chunk.AsSpan(0, group.Index).LastIndexOf('\n') + 1)..].IsWhiteSpace()) return group.Value;
            var items = group.Groups["body"].Value.Split(';').Select(item => CitationItem().Match(item)).ToList();
            if (items.Any(m => !m.Success)) return group.Value;
            var unknown = items.Select(m => m.Groups["key"].Value).Where(k => !entries.ContainsKey(k)).ToList();
            if (unknown.Count > 0)
            {
                if (unknown.All(IsCrossReference)) return group.Value;
                var (line, column) = Position(page, offset + group.Index);
                context.Diagnostics.Warning(DiagnosticCodes.CitationUnknown, page.SourcePath, line, column,
                    $"The citation '{string.Join("', '", unknown.Select(k => "@" + k))}' names no entry of the bibliography; it stays text. Add the entry to the .bib file or correct the key");
                return group.Value;
            }
            var parts = items.Select(m =>
            {
                var key = m.Groups["key"].Value;
                cited.Add(key);
                var entry = entries[key];
                var label = m.Groups["minus"].Success ? entry.Year : $"{Authors(entry)} {entry.Year}";
                var prefix = m.Groups["prefix"].Value.Trim();
                var locator = m.Groups["locator"].Value.Trim();
                return (prefix.Length > 0 ? prefix + " " : "") + $"[{Escape(label)}](#{Id(key)})" +
                    (locator.Length == 0 ? "" : locator.StartsWith(',') ? locator : ", " + locator);
            });
            var newlines = group.Value.Count(c => c == '\n');
            return "(" + string.Join("; ", parts) + ")" + new string('\n', newlines);
        });
        return NarrativeCitation().Replace(chunk, m =>
        {
            var key = m.Groups["key"].Value;
            if (!entries.TryGetValue(key, out var entry)) return m.Value;
            cited.Add(key);
            return $"[{Escape(Authors(entry))} ({entry.Year})](#{Id(key)})";
        });
    }

    private static bool IsCrossReference(string key) =>
        key.StartsWith("sec-", StringComparison.Ordinal) || key.StartsWith("fig-", StringComparison.Ordinal) ||
        key.StartsWith("tbl-", StringComparison.Ordinal) || key.StartsWith("eq-", StringComparison.Ordinal) ||
        key.StartsWith("lst-", StringComparison.Ordinal);

    /// <summary>"Gould", "Gould und Lewis", "Gould u. a."; without authors the short title.</summary>
    private static string Authors(BibEntry entry)
    {
        var names = entry.FamilyNames;
        return names.Count switch
        {
            0 => "„" + ShortTitle(entry) + "“",
            1 => names[0],
            2 => $"{names[0]} und {names[1]}",
            _ => $"{names[0]} u. a.",
        };
    }

    private static string ShortTitle(BibEntry entry)
    {
        var title = entry.Field("shorttitle") ?? entry.Field("title") ?? entry.Key;
        var colon = title.IndexOf(':');
        if (colon > 0) title = title[..colon];
        return title.Length > 50 ? title[..50].TrimEnd() + "…" : title;
    }

    /// <summary>The entries of <paramref name="keys"/>, sorted by authors and year, each a paragraph with its id.</summary>
    private static string List(IEnumerable<string> keys, Dictionary<string, BibEntry> entries)
    {
        var comparer = StringComparer.Create(CultureInfo.GetCultureInfo("de-DE"), CompareOptions.IgnoreCase);
        var sb = new StringBuilder();
        foreach (var entry in keys.Distinct().Select(k => entries[k])
                     .OrderBy(e => e.FamilyNames.FirstOrDefault() ?? ShortTitle(e), comparer).ThenBy(e => e.Year, StringComparer.Ordinal))
        {
            var names = entry.RawNames.Count > 0 ? string.Join("; ", entry.RawNames) : "„" + ShortTitle(entry) + "“";
            sb.Append(Escape(names)).Append(" (").Append(entry.Year).Append("): *").Append(Escape(entry.Field("title") ?? entry.Key)).Append('*');
            if ((entry.Field("journaltitle") ?? entry.Field("journal") ?? entry.Field("booktitle") ?? entry.Field("publisher")) is { } where)
                sb.Append(". ").Append(Escape(where));
            sb.Append('.');
            if (entry.Field("url") is { } url && !url.Any(c => char.IsWhiteSpace(c) || c is '<' or '>')) sb.Append(" <").Append(url).Append('>');
            sb.Append("\n{: #").Append(Id(entry.Key)).Append(" .literatur}\n\n");
        }
        return sb.ToString();
    }

    private static string Id(string key) => "ref-" + new string(key.Select(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' ? c : '-').ToArray());

    private static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '[' or ']' or '<' or '>' or '`' or '#' or '|' or '@' or '{' or '}') sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static (int Line, int Column) Position(Document page, int index)
    {
        var before = page.Content.AsSpan(0, Math.Min(index, page.Content.Length));
        var line = before.Count('\n');
        var column = index - (before.LastIndexOf('\n') + 1) + 1;
        return (page.BodyLine() + line, column);
    }
}

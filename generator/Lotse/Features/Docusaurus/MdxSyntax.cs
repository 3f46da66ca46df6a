using System.Text.RegularExpressions;
using Lotse.Blocks.Diagnostics;
using Lotse.Blocks.Markdown;
using Lotse.Kernel;
using Lotse.Site;

namespace Lotse.Features.Docusaurus;

/// <summary>Rewrites one page's MDX outside fenced code and code spans (see <see cref="DocusaurusFeature"/>). Lines keep
/// their numbers, so later diagnostics point at the right line.</summary>
internal sealed partial class MdxSyntax : DocumentModule
{
    /// <summary>A JSX element: a tag whose name starts with an upper-case letter followed by a lower-case one
    /// (<c>&lt;Tabs&gt;</c>, <c>&lt;TabItem value="a"&gt;</c>, <c>&lt;/Tabs&gt;</c>, <c>&lt;Highlight /&gt;</c>), never HTML.</summary>
    [GeneratedRegex(@"<(?<close>/)?(?<name>[A-Z][a-z][\w.]*)(?<attrs>(?:[^>""'{}]|""[^""]*""|'[^']*'|\{[^{}]*\})*?)(?<self>/)?>")]
    private static partial Regex Component();

    [GeneratedRegex(@"\{/\*.*?\*/\}")]
    private static partial Regex Comment();

    [GeneratedRegex(@"(?<=\s)label\s*=\s*(?:""(?<label>[^""]*)""|'(?<label>[^']*)'|\{\s*[""'](?<label>[^""']*)[""']\s*\})")]
    private static partial Regex Label();

    [GeneratedRegex(@"^[ \t]*(`{3,}|~{3,})")]
    private static partial Regex Fence();

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _docusaurusSites = new(StringComparer.Ordinal);

    protected override Document? Execute(Document document, BuildContext context)
    {
        var body = document.Content;
        // Only MDX is read as MDX: a .mdx file, a page that imports components, or any page of a Docusaurus site. In
        // other Markdown, <Name> in a sentence is a placeholder (WollMux's '<Bezeichner>'), not a component.
        var mdxFile = document.SourcePath.EndsWith(".mdx", StringComparison.OrdinalIgnoreCase);
        if (!mdxFile && !ImportsComponents(body) && !_docusaurusSites.GetOrAdd(context.Paths.Content, IsDocusaurusSite)) return document;
        var lines = body.Split('\n');
        var firstLine = document.BodyLine();
        var reported = new HashSet<string>(StringComparer.Ordinal);
        string? fence = null;
        var changed = false;
        var beforeText = true;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (fence is not null)
            {
                if (line.TrimStart().StartsWith(fence, StringComparison.Ordinal)) fence = null;
                continue;
            }
            if (Fence().Match(line) is { Success: true } opening)
            {
                fence = opening.Groups[1].Value;
                beforeText = false;
                continue;
            }
            if ((mdxFile || beforeText) && LeadingTitle.MdxModuleLine().IsMatch(line))
            {
                lines[i] = "";
                changed = true;
                continue;
            }
            if (line.Trim().Length > 0 && !line.TrimStart().StartsWith('#')) beforeText = false;
            var rewritten = Rewrite(line, firstLine + i, document, context, reported);
            if (!ReferenceEquals(rewritten, line)) { lines[i] = rewritten; changed = true; }
        }
        return changed ? document with { Content = string.Join('\n', lines) } : document;
    }

    private static bool ImportsComponents(string body) =>
        body.Contains("import ", StringComparison.Ordinal) && body.Split('\n', 30).Any(l => LeadingTitle.MdxModuleLine().IsMatch(l));

    /// <summary>A Docusaurus site: <c>docusaurus.config.*</c> in content/ or in the folder content/ links to's parent
    /// (the project of its docs/ folder).</summary>
    private static bool IsDocusaurusSite(string content)
    {
        var full = Path.GetFullPath(content).TrimEnd('/');
        var target = new DirectoryInfo(full).ResolveLinkTarget(true)?.FullName ?? full;
        return new[] { full, Path.GetDirectoryName(target) ?? full }
            .Any(folder => Directory.Exists(folder) && Directory.EnumerateFiles(folder, "docusaurus.config.*").Any());
    }

    private static string Rewrite(string line, int number, Document page, BuildContext context, HashSet<string> reported)
    {
        if (!line.Contains('<') && !line.Contains("{/*", StringComparison.Ordinal)) return line;
        var result = line;
        if (result.Contains("{/*", StringComparison.Ordinal)) result = OutsideCode(result, part => Comment().Replace(part, ""));
        if (!result.Contains('<')) return result == line ? line : result;
        result = OutsideCode(result, part => Component().Replace(part, match =>
        {
            var name = match.Groups["name"].Value;
            var closing = match.Groups["close"].Success;
            switch (name)
            {
                case "Tabs":
                    return closing ? "</div>" : "<div class=\"tabs\">";
                case "TabItem":
                    if (closing) return "</div>";
                    var label = Label().Match(match.Groups["attrs"].Value) is { Success: true } l ? l.Groups["label"].Value : "";
                    return label.Length == 0 ? "<div class=\"tab\">" : $"<div class=\"tab\"><p><strong>{System.Net.WebUtility.HtmlEncode(label)}</strong></p>";
            }
            if (reported.Add(name))
                context.Diagnostics.Warning(DiagnosticCodes.MdxComponentDropped, page.SourcePath, number, line.IndexOf(match.Value, StringComparison.Ordinal) + 1,
                    $"<{name}> is a React component (MDX, Docusaurus), which a static page cannot run: the tag is left out and the text inside it stays. Write what it shows as Markdown");
            return "";
        }));
        return result == line ? line : result;
    }

    /// <summary>Applies <paramref name="rewrite"/> to the parts of the line outside code spans.</summary>
    private static string OutsideCode(string line, Func<string, string> rewrite)
    {
        if (!line.Contains('`')) return rewrite(line);
        var parts = new System.Text.StringBuilder(line.Length);
        var position = 0;
        while (position < line.Length)
        {
            var tick = line.IndexOf('`', position);
            if (tick < 0) { parts.Append(rewrite(line[position..])); break; }
            parts.Append(rewrite(line[position..tick]));
            var run = 0;
            while (tick + run < line.Length && line[tick + run] == '`') run++;
            var close = line.IndexOf(new string('`', run), tick + run, StringComparison.Ordinal);
            var end = close < 0 ? line.Length : close + run;
            parts.Append(line, tick, end - tick);
            position = end;
        }
        return parts.ToString();
    }
}

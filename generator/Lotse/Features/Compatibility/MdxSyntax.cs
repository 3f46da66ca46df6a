using System.Text.RegularExpressions;
using Lotse.Blocks.Diagnostics;
using Lotse.Blocks.Markdown;
using Lotse.Blocks.Paths;
using Lotse.Kernel;
using Lotse.Site;

namespace Lotse.Features.Compatibility;

/// <summary>
/// MDX pages (<c>.mdx</c>, Docusaurus) are Markdown with JavaScript: <c>import</c>/<c>export</c> statements, comments
/// <c>{/* … */}</c> and React components (<c>&lt;Tabs&gt;</c>, <c>&lt;PersonCard … /&gt;</c>). Lotse builds no React, and
/// the site's CSP runs no script. Statements and comments become empty lines (positions of later lines stay right). A
/// component that wraps Markdown (<c>&lt;TabItem label="Linux"&gt;…&lt;/TabItem&gt;</c>) is replaced by its content, with its
/// <c>label</c> or <c>title</c> as a bold line; a picture (<c>&lt;Image img={require('./bild.jpg')} alt="…" /&gt;</c>) becomes a
/// Markdown image; <c>&lt;DocCardList /&gt;</c> on a folder's page gives it the section layout, which lists the folder's pages;
/// any other component without content (<c>&lt;PersonCard … /&gt;</c>) is left out.
/// Each component name is a warning (LOT0450) at its first use on the page, so nothing disappears unnoticed.
/// Code blocks are left alone.
/// </summary>
internal sealed partial class MdxSyntax : DocumentModule
{
    [GeneratedRegex(@"^(?<indent> {0,3})<(?<close>/)?(?<name>[A-Z][\w.]*)")]
    private static partial Regex ComponentTag();

    [GeneratedRegex(@"\b(?:label|title)\s*=\s*(?:""(?<text>[^""]*)""|'(?<text>[^']*)')")]
    private static partial Regex LabelAttribute();

    [GeneratedRegex(@"\brequire\(\s*(?:""(?<path>[^""]+)""|'(?<path>[^']+)')\s*\)")]
    private static partial Regex RequiredFile();

    [GeneratedRegex(@"\balt\s*=\s*(?:""(?<text>[^""]*)""|'(?<text>[^']*)')")]
    private static partial Regex AltAttribute();

    [GeneratedRegex(@"\{/\*.*?\*/\}", RegexOptions.Singleline)]
    private static partial Regex Comment();

    /// <summary>A component's tag within a line (<c>&lt;Highlight color="x"&gt;</c>, <c>&lt;/Highlight&gt;</c>): a name with an
    /// upper-case letter and then a lower-case one, never HTML.</summary>
    [GeneratedRegex(@"<(?<close>/)?(?<name>[A-Z][a-z][\w.]*)(?:[^>""'{}]|""[^""]*""|'[^']*'|\{[^{}]*\})*?(?<self>/)?>")]
    private static partial Regex InlineComponent();

    /// <summary>Sites whose content folder is a Docusaurus project's (their .md pages are MDX too), by content folder.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _docusaurusSites = new(StringComparer.Ordinal);

    protected override Document? Execute(Document document, BuildContext context)
    {
        // MDX is read in .mdx files, in pages with import lines, and in every page of a Docusaurus project; elsewhere
        // '<Name>' in a sentence is a placeholder (WollMux's '<Bezeichner>'), not a component.
        if (!MarkdownFiles.IsMdx(document.SourcePath) && !MdxStatement.StartsAnyLine(document.Content)
            && !_docusaurusSites.GetOrAdd(context.Paths.Content, IsDocusaurusProject)) return document;
        var lines = Comment().Replace(document.Content, m => new string('\n', m.Value.Count(c => c == '\n'))).Split('\n');
        var warned = new HashSet<string>(StringComparer.Ordinal);
        var listsPages = false;
        var code = new CodeFence();
        var wrappers = new Stack<(string Name, int? Indent)>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (code.Covers(lines[i])) continue;
            if (wrappers.Count > 0 && lines[i].Trim().Length > 0 && ComponentTag().Match(lines[i]) is not { Success: true })
            {
                // Text inside a component is not code however far it is indented (MDX): it loses the indent of its first line.
                var (wrapper, indent) = wrappers.Pop();
                var own = lines[i].Length - lines[i].TrimStart(' ').Length;
                indent ??= own;
                lines[i] = lines[i][Math.Min(own, indent.Value)..];
                wrappers.Push((wrapper, indent));
            }
            if (MdxStatement.StartsAt(lines[i]))
            {
                var end = MdxStatement.End(lines, i);
                for (var n = i; n <= end; n++) lines[n] = "";
                i = end;
                continue;
            }
            if (ComponentTag().Match(lines[i]) is not { Success: true } tag
                || TagEnd(lines, i, tag.Index + tag.Length, out var selfClosing) is var (tagEnd, tagEndColumn) && lines[tagEnd][(tagEndColumn + 1)..].Trim().Length > 0)
            {
                lines[i] = WithoutInlineComponents(lines[i], document, context, document.BodyLine() + i, warned);
                continue;
            }
            var name = tag.Groups["name"].Value;
            var tagLine = i;
            if (tag.Groups["close"].Success) { if (wrappers.Count > 0 && wrappers.Peek().Name == name) wrappers.Pop(); }
            else if (!selfClosing) wrappers.Push((name, null));
            var whole = string.Join('\n', lines[i..(tagEnd + 1)]);
            var label = tag.Groups["close"].Success ? null : LabelAttribute().Match(whole) is { Success: true } m ? m.Groups["text"].Value : null;
            for (var n = i; n <= tagEnd; n++) lines[n] = "";
            if (label is { Length: > 0 }) lines[tagEnd] = $"**{label}**";
            i = tagEnd;
            if (selfClosing && RequiredFile().Match(whole) is { Success: true } file)
            {
                // <Image img={require('./bild.jpg')} alt="…" />: the picture as Markdown (a missing alt is reported as for any image).
                var alt = AltAttribute().Match(whole) is { Success: true } a ? a.Groups["text"].Value : "";
                lines[tagEnd] = $"{tag.Groups["indent"].Value}![{alt.Replace("]", "\\]")}](<{file.Groups["path"].Value}>)";
                continue;
            }
            if (name == "DocCardList" && selfClosing && MarkdownFiles.IsIndex(document.ContentPath()))
            {
                listsPages = true; // the folder's pages, which Lotse's section layout lists
                continue;
            }
            if (!tag.Groups["close"].Success && warned.Add(name))
                context.Diagnostics.Warning(DiagnosticCodes.MdxComponentNotShown, document.SourcePath, document.BodyLine() + tagLine, tag.Groups["indent"].Length + 1,
                    selfClosing
                        ? $"The MDX component <{name}> is left out: Lotse builds Markdown, not React components. Write what it shows as Markdown, or leave it out"
                        : $"The MDX component <{name}> is shown as its content only: Lotse builds Markdown, not React components. Write it as Markdown (e.g. a heading or a '::: details' block)");
        }
        var content = string.Join('\n', lines);
        if (listsPages && !document.Metadata.ContainsKey(Keys.Layout)) document = document.WithMetadata(Keys.Layout, "section");
        return content == document.Content ? document : document with { Content = content };
    }

    /// <summary>The line without the components' tags in it, outside code spans (their text stays); each component a
    /// warning at its first use on the page.</summary>
    private static string WithoutInlineComponents(string line, Document page, BuildContext context, int lineNumber, HashSet<string> warned)
    {
        if (!line.Contains('<')) return line;
        return OutsideCode(line, part => InlineComponent().Replace(part, match =>
        {
            var name = match.Groups["name"].Value;
            if (!match.Groups["close"].Success && warned.Add(name))
                context.Diagnostics.Warning(DiagnosticCodes.MdxComponentNotShown, page.SourcePath, lineNumber, line.IndexOf(match.Value, StringComparison.Ordinal) + 1,
                    match.Groups["self"].Success
                        ? $"The MDX component <{name}> is left out: Lotse builds Markdown, not React components. Write what it shows as Markdown, or leave it out"
                        : $"The MDX component <{name}> is shown as its content only: Lotse builds Markdown, not React components. Write it as Markdown");
            return "";
        }));
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

    /// <summary>A Docusaurus project: <c>docusaurus.config.*</c> in content/ or beside the folder content/ links to.</summary>
    private static bool IsDocusaurusProject(string content)
    {
        var full = Path.GetFullPath(content).TrimEnd('/');
        var target = new DirectoryInfo(full).ResolveLinkTarget(true)?.FullName ?? full;
        return new[] { full, Path.GetDirectoryName(target) ?? full }
            .Any(folder => Directory.Exists(folder) && Directory.EnumerateFiles(folder, "docusaurus.config.*").Any());
    }

    /// <summary>The line and column where the tag that starts at <paramref name="line"/> ends (its <c>&gt;</c> outside
    /// quotes and <c>{…}</c>), and whether it closes itself (<c>/&gt;</c>).</summary>
    private static (int Line, int Column) TagEnd(string[] lines, int line, int column, out bool selfClosing)
    {
        var depth = 0;
        char? quote = null;
        for (var i = line; i < lines.Length; i++)
        {
            var text = lines[i];
            for (var c = i == line ? column : 0; c < text.Length; c++)
            {
                var ch = text[c];
                if (quote is not null) { if (ch == quote) quote = null; continue; }
                if (ch is '"' or '\'' or '`') quote = ch;
                else if (ch == '{') depth++;
                else if (ch == '}') depth--;
                else if (ch == '>' && depth <= 0)
                {
                    selfClosing = c > 0 && text[c - 1] == '/';
                    return (i, c);
                }
            }
        }
        selfClosing = true;
        return (lines.Length - 1, lines[^1].Length - 1);
    }
}

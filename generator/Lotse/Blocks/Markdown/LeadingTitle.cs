using System.Text.RegularExpressions;

namespace Lotse.Blocks.Markdown;

/// <summary>The first level-1 heading of a Markdown body, when it stands before other body text: an ATX heading
/// (<c># Titel</c>, indented up to three spaces, closing <c>#</c>s allowed) or a setext heading
/// (<c>Titel</c> over <c>=====</c>), after blank lines, HTML blocks (<c>&lt;script setup&gt;</c>, comments), MDX
/// <c>import</c>/<c>export</c> lines and at
/// most one leading one-line paragraph (a version line). A trailing attribute block (<c>{#id .class}</c>) is not
/// title text; its id is kept.</summary>
/// <param name="Title">The heading's text as written, without attributes.</param>
/// <param name="Id">The id from <c>{#id}</c>, or null.</param>
/// <param name="Line">The 0-based line of the heading in the body.</param>
/// <param name="LineCount">The heading's lines (1 for ATX, 2 for setext).</param>
public sealed partial record LeadingTitle(string Title, string? Id, int Line, int LineCount)
{
    // NonBacktracking: linear in the line (backtracking took time quadratic in a long run of spaces).
    [GeneratedRegex(@"^ {0,3}#(?:[ \t]+(?<text>.*?))?(?:[ \t]+#+)?[ \t]*$", RegexOptions.NonBacktracking)]
    private static partial Regex AtxH1();

    [GeneratedRegex(@"^ {0,3}=+[ \t]*$")]
    private static partial Regex SetextH1Underline();

    [GeneratedRegex(@"^ {0,3}(?:-+|\*+|_+|#{1,6}(?:[ \t].*)?|[>|]|```|~~~|[-+*][ \t]|\d+[.)][ \t]|:::|!!!|\?\?\?).*$")]
    private static partial Regex OtherBlockStart();

    /// <summary>An MDX (Docusaurus) <c>import … from '…'</c> or one-line <c>export …</c> line.</summary>
    [GeneratedRegex(@"^(?:import\s+(?:[\w${}\s,*]+\s+from\s+)?['""][^'""]+['""];?|export\s+(?:const|let|var|function|default)\b.*)\s*$")]
    public static partial Regex MdxModuleLine();

    [GeneratedRegex(@"[ \t]*\{(?<attrs>[^{}]*)\}[ \t]*$", RegexOptions.NonBacktracking)]
    private static partial Regex Attributes();

    /// <summary>Finds the leading title of <paramref name="body"/>, or null.</summary>
    public static LeadingTitle? Find(string body)
    {
        var lines = body.Split('\n');
        var i = 0;
        var leadingParagraphSeen = false;
        while (i < lines.Length)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Trim().Length == 0) { i++; continue; }
            if (MdxModuleLine().IsMatch(line)) { i++; continue; }
            if (AtxH1().Match(line) is { Success: true } atx)
                return Make(atx.Groups["text"].Value, i, 1);
            var next = i + 1 < lines.Length ? lines[i + 1].TrimEnd('\r') : null;
            var indent = line.Length - line.TrimStart(' ').Length;
            if (indent < 4 && next is not null && SetextH1Underline().IsMatch(next) && !OtherBlockStart().IsMatch(line)
                && !line.TrimStart().StartsWith('<'))
                return Make(line, i, 2);
            if (indent < 4 && line.TrimStart().StartsWith('<'))
            {
                i = SkipHtmlBlock(lines, i);
                continue;
            }
            // One leading one-line paragraph (e.g. "Version 2.1"), followed by a blank line.
            if (!leadingParagraphSeen && indent < 4 && !OtherBlockStart().IsMatch(line) && next is not null
                && (next.Trim().Length == 0 || AtxH1().IsMatch(next)))
            {
                leadingParagraphSeen = true;
                i++;
                continue;
            }
            return null;
        }
        return null;
    }

    /// <summary>The body without the title's lines: they become empty lines, so that later positions stay right.</summary>
    public string RemoveFrom(string body)
    {
        var lines = body.Split('\n');
        for (var n = Line; n < Line + LineCount && n < lines.Length; n++) lines[n] = "";
        return string.Join('\n', lines);
    }

    private static LeadingTitle? Make(string text, int line, int count)
    {
        text = text.Trim();
        string? id = null;
        if (Attributes().Match(text) is { Success: true } attributes)
        {
            foreach (var part in attributes.Groups["attrs"].Value.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
                if (part.StartsWith('#') && part.Length > 1) id = part[1..];
            text = text[..attributes.Index].Trim();
        }
        if (count == 1) text = text.TrimEnd('#').Trim();
        return text.Length == 0 ? null : new LeadingTitle(text, id, line, count);
    }

    /// <summary>Past an HTML block: <c>script</c>, <c>style</c>, <c>pre</c>, <c>textarea</c> up to their end tag,
    /// a comment up to <c>--&gt;</c>, any other up to a blank line.</summary>
    private static int SkipHtmlBlock(string[] lines, int start)
    {
        var first = lines[start].TrimStart().ToLowerInvariant();
        string? end = null;
        foreach (var tag in (string[])["script", "style", "pre", "textarea"])
            if (first.StartsWith("<" + tag, StringComparison.Ordinal)) end = "</" + tag + ">";
        if (first.StartsWith("<!--", StringComparison.Ordinal)) end = "-->";
        for (var i = start; i < lines.Length; i++)
        {
            if (end is not null)
            {
                if (lines[i].Contains(end, StringComparison.OrdinalIgnoreCase)) return i + 1;
            }
            else if (lines[i].Trim().Length == 0) return i;
        }
        return lines.Length;
    }
}

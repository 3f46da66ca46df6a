using System.Text.RegularExpressions;

namespace Lotse.Blocks.Markdown;

/// <summary>The first level-1 heading of a Markdown body, when it stands before other body text: an ATX heading
/// (<c># Titel</c>, indented up to three spaces, closing <c>#</c>s allowed) or a setext heading
/// (<c>Titel</c> over <c>=====</c>), after blank lines, HTML blocks (<c>&lt;script setup&gt;</c>, comments), MDX
/// statements (<c>import …</c>), fenced divs (a Quarto chapter's banner <c>::: {.callout-warning}</c> … <c>:::</c>, which
/// stays in the text below the title) and at most one leading one-line paragraph (a version line). A trailing attribute block (<c>{#id .class}</c>) is not
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

    /// <summary>A fenced div's opening (<c>::: {.callout-note}</c>, <c>::: hinweis</c>) or closing line (<c>:::</c>).</summary>
    [GeneratedRegex(@"^ {0,3}:{3,}(?<info>[^:].*)?$")]
    private static partial Regex DivFence();

    [GeneratedRegex(@"[ \t]*\{(?<attrs>[^{}]*)\}[ \t]*$", RegexOptions.NonBacktracking)]
    private static partial Regex Attributes();

    /// <summary>Finds the leading title of <paramref name="body"/>, or null.</summary>
    public static LeadingTitle? Find(string body)
    {
        var lines = new TextLines(body);
        var i = 0;
        var leadingParagraphSeen = false;
        while (i < lines.Count)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Trim().Length == 0) { i++; continue; }
            if (AtxH1().Match(line) is { Success: true } atx)
                return Make(atx.Groups["text"].Value, i, 1);
            var next = i + 1 < lines.Count ? lines[i + 1].TrimEnd('\r') : null;
            var indent = line.Length - line.TrimStart(' ').Length;
            if (indent < 4 && next is not null && SetextH1Underline().IsMatch(next) && !OtherBlockStart().IsMatch(line)
                && !line.TrimStart().StartsWith('<'))
                return Make(line, i, 2);
            // MDX's statements (import X from "y"; export const …) come before the text of a Docusaurus page.
            if (MdxStatement.StartsAt(line)) { i = MdxStatement.End(lines, i) + 1; continue; }
            if (indent < 4 && line.TrimStart().StartsWith('<'))
            {
                i = SkipHtmlBlock(lines, i);
                continue;
            }
            if (indent < 4 && DivFence().IsMatch(line) && SkipFencedDiv(lines, i) is var after and > 0)
            {
                i = after;
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
        // The text from the first line's start to the last line's end leaves the body; the line breaks between them stay.
        var lines = new TextLines(body);
        if (Line >= lines.Count) return body;
        var last = Math.Min(Line + LineCount, lines.Count) - 1;
        var start = lines.Span(Line).Start;
        var end = lines.Span(last).End;
        return string.Concat(body.AsSpan(0, start), new string('\n', last - Line), body.AsSpan(end));
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

    /// <summary>Past the fenced div that opens at <paramref name="start"/> (nested ones counted), or 0 when it is not
    /// closed or the line closes one.</summary>
    private static int SkipFencedDiv(TextLines lines, int start)
    {
        var depth = 0;
        for (var i = start; i < lines.Count; i++)
        {
            if (DivFence().Match(lines[i].TrimEnd('\r')) is not { Success: true } fence) continue;
            if (fence.Groups["info"].Value.Trim().Length > 0) depth++;
            else if (--depth <= 0) return depth == 0 ? i + 1 : 0;
        }
        return 0;
    }

    /// <summary>Past an HTML block: <c>script</c>, <c>style</c>, <c>pre</c>, <c>textarea</c> up to their end tag,
    /// a comment up to <c>--&gt;</c>, any other up to a blank line.</summary>
    private static int SkipHtmlBlock(TextLines lines, int start)
    {
        var first = lines[start].TrimStart().ToLowerInvariant();
        string? end = null;
        foreach (var tag in (string[])["script", "style", "pre", "textarea"])
            if (first.StartsWith("<" + tag, StringComparison.Ordinal)) end = "</" + tag + ">";
        if (first.StartsWith("<!--", StringComparison.Ordinal)) end = "-->";
        for (var i = start; i < lines.Count; i++)
        {
            if (end is not null)
            {
                if (lines[i].Contains(end, StringComparison.OrdinalIgnoreCase)) return i + 1;
            }
            else if (lines[i].Trim().Length == 0) return i;
        }
        return lines.Count;
    }
}

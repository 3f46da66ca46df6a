
namespace Lotse.Blocks.Markdown;

/// <summary>
/// Finds Markdown nested so deep (lists in lists, quotes in quotes) that parsing it is pointless and
/// Markdig would give up. It is checked before parsing, so the editor gets a line to look at. Per line it
/// counts the quote and list markers at its start plus one level per two spaces of indentation, which
/// is at least the depth Markdig sees there.
/// </summary>
internal static class MarkdownNesting
{
    public const int MaxDepth = 64;

    /// <summary>The 0-based line where the nesting first exceeds <see cref="MaxDepth"/>, or null.</summary>
    public static int? FirstTooDeepLine(string markdown)
    {
        var line = 0;
        var i = 0;
        while (i < markdown.Length)
        {
            var depth = 0;
            var indent = 0;
            while (i < markdown.Length && markdown[i] != '\n')
            {
                var c = markdown[i];
                if (c == ' ') { indent++; i++; }
                else if (c == '\t') { indent += 4; i++; }
                else if (c == '>') { depth++; i++; }
                else if (c is '-' or '*' or '+' && (i + 1 == markdown.Length || markdown[i + 1] is ' ' or '\t' or '\n')) { depth++; i++; }
                else if (char.IsAsciiDigit(c) && OrderedMarkerEnd(markdown, i) is { } end) { depth++; i = end; }
                else break;
                if (depth + indent / 2 > MaxDepth) return line;
            }
            var lineEnd = markdown.IndexOf('\n', i);
            i = lineEnd < 0 ? markdown.Length + 1 : lineEnd + 1;
            line++;
        }
        return null;
    }

    /// <summary>"12. " or "3) ": the index after the marker, or null when there is none at <paramref name="start"/>.</summary>
    private static int? OrderedMarkerEnd(string text, int start)
    {
        var i = start;
        while (i < text.Length && i - start < 9 && char.IsAsciiDigit(text[i])) i++;
        if (i >= text.Length || text[i] is not ('.' or ')')) return null;
        return i + 1 == text.Length || text[i + 1] is ' ' or '\t' or '\n' ? i + 1 : null;
    }
}

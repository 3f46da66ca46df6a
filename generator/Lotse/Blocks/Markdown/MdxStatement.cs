using System.Text.RegularExpressions;

namespace Lotse.Blocks.Markdown;

/// <summary>An MDX statement (<c>import X from "y";</c>, <c>export const z = {…};</c>) at the start of a line, which may span
/// lines while its brackets are open.</summary>
public static partial class MdxStatement
{
    [GeneratedRegex(@"^(?:import|export)\s+\S")]
    private static partial Regex Start();

    public static bool StartsAt(string line) => Start().IsMatch(line);

    // The same start at any line of a text: the gap after the keyword stays within its line, as in StartsAt on one line.
    [GeneratedRegex(@"^(?:import|export)[^\S\n]+\S", RegexOptions.Multiline)]
    private static partial Regex StartOfAnyLine();

    /// <summary>Whether any line of <paramref name="text"/> (split at <c>\n</c>) starts a statement (<see cref="StartsAt"/>),
    /// without splitting the text into lines.</summary>
    public static bool StartsAnyLine(string text) => StartOfAnyLine().IsMatch(text);

    /// <summary>The last line of the statement starting at <paramref name="start"/>: where its brackets are closed again
    /// (<c>import {'{'}\n  A,\n{'}'} from "x";</c> spans three lines) and the line does not end in <c>=</c>.</summary>
    public static int End(IReadOnlyList<string> lines, int start)
    {
        var depth = 0;
        for (var i = start; i < lines.Count; i++)
        {
            foreach (var c in lines[i])
                depth += c is '{' or '(' or '[' ? 1 : c is '}' or ')' or ']' ? -1 : 0;
            if (depth <= 0 && !lines[i].TrimEnd().EndsWith('=')) return i;
        }
        return lines.Count - 1;
    }
}

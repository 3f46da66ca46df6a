using System.Text.RegularExpressions;

namespace Lotse.Tests.Properties;

/// <summary>A strict check of generated HTML fragments: every element closed in order, no attribute twice,
/// no block element inside a paragraph or heading. Raw HTML from the Markdown is not checked (use input without it).</summary>
public static partial class WellFormedHtml
{
    private static readonly HashSet<string> Void = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"];

    private static readonly HashSet<string> Blocks =
        ["address", "blockquote", "div", "dl", "fieldset", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
         "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "ul"];

    private static readonly HashSet<string> PhrasingOnly = ["p", "h1", "h2", "h3", "h4", "h5", "h6", "label"];

    /// <summary>The first problem found, or null.</summary>
    public static string? FirstProblem(string html)
    {
        var open = new Stack<string>();
        foreach (Match tag in Tag().Matches(html))
        {
            var name = tag.Groups["name"].Value.ToLowerInvariant();
            if (tag.Groups["close"].Success)
            {
                if (open.Count == 0) return $"</{name}> closes nothing (at {tag.Index})";
                if (open.Peek() != name) return $"</{name}> closes <{open.Peek()}> (at {tag.Index})";
                open.Pop();
                continue;
            }
            var attributes = Attribute().Matches(tag.Groups["attributes"].Value).Select(a => a.Groups[1].Value.ToLowerInvariant()).ToList();
            if (attributes.GroupBy(a => a).FirstOrDefault(g => g.Count() > 1) is { } twice)
                return $"<{name}> has the attribute '{twice.Key}' twice: {tag.Value}";
            if (Blocks.Contains(name) && open.FirstOrDefault(PhrasingOnly.Contains) is { } inline)
                return $"<{name}> inside <{inline}> (at {tag.Index})";
            if (!Void.Contains(name) && !tag.Groups["self"].Success) open.Push(name);
        }
        return open.Count == 0 ? null : $"<{open.Peek()}> is never closed";
    }

    [GeneratedRegex("""<(?<close>/)?(?<name>[A-Za-z][A-Za-z0-9]*)(?<attributes>(?:\s+[^\s=/>"]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*)\s*(?<self>/)?>""")]
    private static partial Regex Tag();

    [GeneratedRegex("""([^\s=/>"]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?""")]
    private static partial Regex Attribute();
}

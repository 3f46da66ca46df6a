namespace Lotse.Blocks.Data;

/// <summary>A Markdown file split into its YAML front matter and its body.</summary>
/// <param name="Yaml">The YAML text, or null when the file has no front matter.</param>
/// <param name="YamlFirstLine">1-based line of the first YAML line in the file.</param>
/// <param name="Body">The Markdown after the front matter.</param>
/// <param name="BodyFirstLine">1-based line of the body's first line in the file.</param>
public sealed record FrontMatter(string? Yaml, int YamlFirstLine, string Body, int BodyFirstLine)
{
    /// <summary>Splits <paramref name="text"/>; returns null when a front matter opens but never closes.</summary>
    public static FrontMatter? Split(string text)
    {
        if (!StartsWithFence(text, 0)) return new FrontMatter(null, 0, text, 1);
        var firstLineEnd = text.IndexOf('\n');
        if (firstLineEnd < 0) return null;
        var line = 2;
        var pos = firstLineEnd + 1;
        while (pos <= text.Length)
        {
            var end = text.IndexOf('\n', pos);
            // Spaces after the closing '---' are allowed (Jekyll, Hugo and pandoc read them so).
            var lineText = (end < 0 ? text.AsSpan(pos) : text.AsSpan(pos, end - pos)).TrimEnd("\r \t");
            if (lineText is "---" or "...")
            {
                var yaml = text[(firstLineEnd + 1)..pos];
                var body = end < 0 ? "" : text[(end + 1)..];
                return new FrontMatter(yaml, 2, body, line + 1);
            }
            if (end < 0) break;
            pos = end + 1;
            line++;
        }
        return null;
    }

    private static bool StartsWithFence(string text, int at) =>
        text.AsSpan(at).StartsWith("---") &&
        (text.Length == at + 3 || text[at + 3] == '\n' || (text[at + 3] == '\r' && text.Length > at + 4 && text[at + 4] == '\n'));
}

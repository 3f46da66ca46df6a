using Lotse.Blocks.Markdown;
using System.Text;
using System.Text.RegularExpressions;
using Lotse.Kernel;
using Lotse.Site;

namespace Lotse.Features.TemplateTags;

/// <summary>
/// The template tags that Jekyll (Liquid), GitBook and kramdown leave in Markdown become what they would have made
/// (see <see cref="TagRewrites"/>), before the Markdown is read. Tags in fenced code blocks and in code spans are text,
/// except <c>{% raw %}</c>/<c>{% endraw %}</c>, which only mark text Liquid leaves alone and are removed everywhere.
/// Text between <c>{% raw %}</c> and <c>{% endraw %}</c>, and between <c>{% comment %}</c> and <c>{% endcomment %}</c>
/// (which is left out), is not looked into. Lines keep their numbers unless an include brings in several lines.
/// </summary>
internal sealed partial class TemplateTags : DocumentModule
{
    [GeneratedRegex(@"\{%-?\s*(?<name>[A-Za-z_][\w-]*)(?<args>(?:[^%]|%(?!\}))*?)\s*-?%\}")]
    internal static partial Regex Tag();

    [GeneratedRegex(@"\{\{-?\s*(?<expr>(?:[^}]|\}(?!\}))*?)\s*-?\}\}")]
    internal static partial Regex Output();


    [GeneratedRegex(@"^[ \t]*\{::(?<name>options|comment|nomarkdown)\b[^}]*?(?<closed>/)?\}[ \t]*$|^[ \t]*\{:/(?<name>comment|nomarkdown)?\}[ \t]*$")]
    private static partial Regex KramdownExtension();

    [GeneratedRegex(@"^[ \t]*\{:\s*toc\s*\}[ \t]*$")]
    private static partial Regex TocLine();

    protected override Document? Execute(Document document, BuildContext context)
    {
        var body = document.Content;
        if (!body.Contains("{%", StringComparison.Ordinal) && !body.Contains("{{", StringComparison.Ordinal)
            && !body.Contains("{:", StringComparison.Ordinal)) return document;
        var rewrites = new TagRewrites(document, context);
        var lines = body.Split('\n');
        var result = new StringBuilder(body.Length);
        var code = new CodeFence();
        var skipping = Skip.None;
        var kramdownComment = false;
        var firstLine = document.BodyLine();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (i > 0) result.Append('\n');
            var number = firstLine + i;
            if (kramdownComment)
            {
                if (KramdownExtension().Match(line) is { Success: true } end && end.Value.Contains("{:/", StringComparison.Ordinal)) kramdownComment = false;
                continue;
            }
            if ((code.IsOpen || skipping == Skip.None) && code.Covers(line))
            {
                result.Append(WithoutRawMarkers(line));
                continue;
            }
            if (skipping == Skip.None && KramdownExtension().Match(line) is { Success: true } extension)
            {
                // {::options … /} tells kramdown how to parse; {::comment} … {:/comment} is left out; {::nomarkdown}
                // and {:/} only mark raw HTML, which Markdown passes on anyway.
                if (extension.Groups["name"].Value == "comment" && !extension.Groups["closed"].Success && !line.Contains("{:/", StringComparison.Ordinal)) kramdownComment = true;
                continue;
            }
            if (skipping == Skip.None && TocLine().IsMatch(line))
            {
                // kramdown's "* TOC" + "{:toc}" is replaced by a table of contents: the layout shows one already.
                DropTocList(result);
                continue;
            }
            result.Append(Rewrite(line, number, ref skipping, rewrites));
        }
        var text = result.ToString();
        if (rewrites.Included.Count > 0) document = document.WithMetadata(ContentKeys.Includes, rewrites.Included.Distinct(StringComparer.Ordinal).ToList());
        return text == body ? document : document with { Content = text };
    }

    private enum Skip { None, Raw, Comment, Loop }

    /// <summary>One line outside code blocks: code spans are kept, tags and outputs between them rewritten.</summary>
    private static string Rewrite(string line, int number, ref Skip skipping, TagRewrites rewrites)
    {
        if (!line.Contains("{%", StringComparison.Ordinal) && !line.Contains("{{", StringComparison.Ordinal)) return skipping is Skip.Comment or Skip.Loop ? "" : line;
        var output = new StringBuilder(line.Length);
        var position = 0;
        while (position < line.Length)
        {
            if (skipping == Skip.None && line[position] == '`')
            {
                var run = 0;
                while (position + run < line.Length && line[position + run] == '`') run++;
                var close = line.IndexOf(new string('`', run), position + run, StringComparison.Ordinal);
                var end = close < 0 ? position + run : close + run;
                output.Append(WithoutRawMarkers(line[position..end]));
                position = end;
                continue;
            }
            var tag = Tag().Match(line, position);
            var expression = skipping == Skip.None ? Output().Match(line, position) : Match.Empty;
            var tick = skipping == Skip.None ? line.IndexOf('`', position) : -1;
            var next = new[] { tag.Success ? tag.Index : int.MaxValue, expression.Success ? expression.Index : int.MaxValue, tick < 0 ? int.MaxValue : tick }.Min();
            if (next == int.MaxValue)
            {
                if (skipping is not (Skip.Comment or Skip.Loop)) output.Append(line, position, line.Length - position);
                break;
            }
            if (skipping is not (Skip.Comment or Skip.Loop)) output.Append(line, position, next - position);
            if (next == tick && !(tag.Success && tag.Index == next) && !(expression.Success && expression.Index == next)) { position = next; continue; }
            if (tag.Success && tag.Index == next)
            {
                var name = tag.Groups["name"].Value;
                var replacement = (skipping, name) switch
                {
                    (Skip.Raw, "endraw") or (Skip.Comment, "endcomment") => Set(ref skipping, Skip.None),
                    (Skip.Loop, "endfor") => Set(ref skipping, Skip.None),
                    (Skip.None, "raw") => Set(ref skipping, Skip.Raw),
                    (Skip.None, "comment") => Set(ref skipping, Skip.Comment),
                    (Skip.None, "for") => Set(ref skipping, Skip.Loop, rewrites.Loop(tag.Value, number, tag.Index + 1)),
                    (Skip.None, _) => rewrites.Tag(name, tag.Groups["args"].Value.Trim(), tag.Value, number, tag.Index + 1),
                    (Skip.Raw, _) => tag.Value,
                    _ => "",
                };
                output.Append(replacement);
                position = tag.Index + tag.Length;
            }
            else
            {
                output.Append(rewrites.Output(expression.Groups["expr"].Value, expression.Value));
                position = expression.Index + expression.Length;
            }
        }
        return output.ToString();
    }

    private static string Set(ref Skip skipping, Skip value, string replacement = "")
    {
        skipping = value;
        return replacement;
    }

    private static string WithoutRawMarkers(string text) =>
        text.Contains("raw", StringComparison.Ordinal) ? Tag().Replace(text, m => m.Groups["name"].Value is "raw" or "endraw" ? "" : m.Value) : text;

    /// <summary>Removes the list item just written before a <c>{:toc}</c> line (<c>* TOC</c>), keeping its line empty.</summary>
    private static void DropTocList(StringBuilder result)
    {
        var text = result.ToString();
        var end = text.Length - 1; // the '\n' just appended
        if (end < 0) return;
        var start = text.LastIndexOf('\n', end - 1) + 1;
        var previous = text[start..end].Trim();
        if (previous.Length > 1 && previous[0] is '*' or '-' or '+' or '1') result.Remove(start, end - start);
    }
}

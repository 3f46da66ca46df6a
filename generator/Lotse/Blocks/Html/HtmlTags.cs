using System.Text;

namespace Lotse.Blocks.Html;

/// <summary>Walks the tags of HTML in one pass: comments, text and the content of <c>script</c>/<c>style</c> stay as they are.</summary>
internal static class HtmlTags
{
    /// <summary>Every start and end tag, in order.</summary>
    public static IEnumerable<HtmlTag> All(string html)
    {
        var i = 0;
        while (Next(html, ref i) is { } tag) yield return tag;
    }

    /// <summary>
    /// Copies <paramref name="html"/>, handing each tag to <paramref name="rewrite"/>, which may change it. Returning
    /// false drops the tag; a dropped <c>script</c> or <c>style</c> goes with its content and end tag.
    /// </summary>
    public static void Rewrite(string html, StringBuilder output, Func<HtmlTag, bool> rewrite)
    {
        var copied = 0;
        var i = 0;
        while (true)
        {
            var tag = Next(html, ref i, out var start);
            if (tag is null) break;
            output.Append(html, copied, start - copied);
            copied = i;
            if (rewrite(tag)) tag.WriteTo(output);
            else if (!tag.IsEnd && IsRawText(tag.Name))
            {
                var close = html.IndexOf("</" + tag.Name, i, StringComparison.OrdinalIgnoreCase);
                var end = close < 0 ? html.Length : html.IndexOf('>', close) + 1;
                i = copied = end <= 0 ? html.Length : end;
            }
        }
        output.Append(html, copied, html.Length - copied);
    }

    private static HtmlTag? Next(string html, ref int i) => Next(html, ref i, out _);

    private static HtmlTag? Next(string html, ref int i, out int start)
    {
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            start = i;
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var close = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = close < 0 ? html.Length : close + 3;
                continue;
            }
            var tag = HtmlTag.Read(html, i);
            if (tag is null) { i++; continue; }
            i = tag.End;
            if (!tag.IsEnd && IsRawText(tag.Name))
            {
                // The content of script and style is text up to the end tag, which the next call reads.
                var close = html.IndexOf("</" + tag.Name, i, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : close;
            }
            return tag;
        }
        i = html.Length;
        start = html.Length;
        return null;
    }

    private static bool IsRawText(string name) =>
        name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase);
}

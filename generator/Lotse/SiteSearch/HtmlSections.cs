using System.Net;
using System.Text;

namespace Lotse.SiteSearch;

/// <summary>A part of a page for the search index: the lead (before the first h2/h3, no heading) or a section.</summary>
public sealed record HtmlSection(string? Id, string? Heading, string Text);

/// <summary>
/// Splits the HTML that Markdown produced into the lead and one section per h2/h3, as plain text, in
/// one pass over the string (no DOM): the HTML comes from Markdig and is well-formed. Script and style
/// contents are dropped; block ends become spaces so words do not run together.
/// </summary>
public static class HtmlSections
{
    public static IReadOnlyList<HtmlSection> Split(string html)
    {
        var sections = new List<HtmlSection>();
        var text = new StringBuilder(html.Length / 2);
        string? id = null, heading = null;
        var headingText = new StringBuilder();
        var inHeading = false;
        var skipUntil = (string?)null;
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c != '<')
            {
                var next = html.IndexOf('<', i);
                if (next < 0) next = html.Length;
                if (skipUntil is null) (inHeading ? headingText : text).Append(html, i, next - i);
                i = next;
                continue;
            }
            var end = html.IndexOf('>', i);
            if (end < 0) break;
            var tag = html.AsSpan(i + 1, end - i - 1);
            i = end + 1;
            if (skipUntil is not null)
            {
                if (tag.StartsWith(skipUntil, StringComparison.OrdinalIgnoreCase)) skipUntil = null;
                continue;
            }
            if (tag.StartsWith("script", StringComparison.OrdinalIgnoreCase)) { skipUntil = "/script"; continue; }
            if (tag.StartsWith("style", StringComparison.OrdinalIgnoreCase)) { skipUntil = "/style"; continue; }
            if (IsHeadingOpen(tag))
            {
                sections.Add(new HtmlSection(id, heading, Clean(text)));
                text.Clear();
                headingText.Clear();
                id = AttributeOf(tag, "id");
                inHeading = true;
                continue;
            }
            if (inHeading && (tag.StartsWith("/h2") || tag.StartsWith("/h3")))
            {
                heading = Clean(headingText);
                inHeading = false;
                continue;
            }
            (inHeading ? headingText : text).Append(' ');
        }
        sections.Add(new HtmlSection(id, heading, Clean(text)));
        if (sections[0].Text.Length == 0 && sections.Count > 1) sections[0] = sections[0] with { Text = "" };
        return sections;
    }

    private static bool IsHeadingOpen(ReadOnlySpan<char> tag) =>
        tag.Length >= 2 && (tag[0] == 'h' || tag[0] == 'H') && (tag[1] == '2' || tag[1] == '3') &&
        (tag.Length == 2 || tag[2] == ' ');

    private static string? AttributeOf(ReadOnlySpan<char> tag, string name)
    {
        var at = tag.IndexOf(name + "=\"", StringComparison.Ordinal);
        if (at < 0) return null;
        var start = at + name.Length + 2;
        var end = tag[start..].IndexOf('"');
        return end < 0 ? null : WebUtility.HtmlDecode(tag.Slice(start, end).ToString());
    }

    private static string Clean(StringBuilder text)
    {
        var decoded = WebUtility.HtmlDecode(text.ToString());
        var sb = new StringBuilder(decoded.Length);
        var space = false;
        foreach (var ch in decoded)
        {
            if (char.IsWhiteSpace(ch)) { space = sb.Length > 0; continue; }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(ch);
        }
        return sb.ToString();
    }
}

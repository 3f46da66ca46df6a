using System.Net;
using System.Text;

namespace Lotse.Features.SiteSearch;

/// <summary>A part of a page for the search index: the lead (before the first h2/h3, no heading) or a section.</summary>
internal sealed record HtmlSection(string? Id, string? Heading, string Text);

/// <summary>
/// Splits the HTML that Markdown produced into the lead and one section per h2/h3, as plain text, in
/// one pass over the string (no DOM): the HTML comes from Markdig and is well-formed. Script and style
/// contents are dropped; block ends become spaces so words do not run together. An instance keeps its text buffers from
/// one page to the next (10k pages: a builder of half the page's HTML each, about 100 MB): use it on one thread at a time.
/// </summary>
internal sealed class HtmlSections
{
    private readonly StringBuilder text = new();
    private readonly StringBuilder headingText = new();
    private readonly StringBuilder cleaned = new();

    public IReadOnlyList<HtmlSection> Split(string html)
    {
        var sections = new List<HtmlSection>();
        text.Clear();
        headingText.Clear();
        string? id = null, heading = null;
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
                sections.Add(new HtmlSection(id, heading, Clean(text, cleaned)));
                text.Clear();
                headingText.Clear();
                id = AttributeOf(tag, "id");
                inHeading = true;
                continue;
            }
            if (inHeading && (tag.StartsWith("/h2") || tag.StartsWith("/h3")))
            {
                heading = Clean(headingText, cleaned);
                inHeading = false;
                continue;
            }
            (inHeading ? headingText : text).Append(' ');
        }
        sections.Add(new HtmlSection(id, heading, Clean(text, cleaned)));
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

    /// <summary>The text with entities decoded and white space collapsed to single spaces (none at the ends), built in
    /// <paramref name="cleaned"/> (reused): without entities, straight from the builder's chunks.</summary>
    private static string Clean(StringBuilder text, StringBuilder cleaned)
    {
        cleaned.Clear();
        var space = false;
        var hasEntity = false;
        foreach (var chunk in text.GetChunks())
        {
            if (chunk.Span.Contains('&'))
            {
                hasEntity = true;
                break;
            }
        }
        if (hasEntity) Collapse(WebUtility.HtmlDecode(text.ToString()), cleaned, ref space);
        else
            foreach (var chunk in text.GetChunks())
                Collapse(chunk.Span, cleaned, ref space);
        return cleaned.ToString();
    }

    /// <summary>Appends <paramref name="text"/> with each run of white space as one space, after the first word only
    /// (<paramref name="space"/>: a run is pending, carried from one part of the text to the next).</summary>
    private static void Collapse(ReadOnlySpan<char> text, StringBuilder cleaned, ref bool space)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                space = cleaned.Length > 0;
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
            if (space) cleaned.Append(' ');
            space = false;
            cleaned.Append(text[start..i]);
        }
    }
}

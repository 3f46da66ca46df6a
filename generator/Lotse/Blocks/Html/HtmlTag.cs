using System.Net;
using System.Text;

namespace Lotse.Blocks.Html;

/// <summary>
/// One start or end tag read from HTML that Markdig or a layout wrote, with its attributes (values
/// entity-decoded), to change and write back: the streaming alternative to a DOM where only tags change.
/// </summary>
internal sealed class HtmlTag
{
    public required string Name { get; set; }
    public bool IsEnd { get; init; }
    public bool SelfClosing { get; init; }
    public List<HtmlAttribute> Attributes { get; private init; } = [];

    /// <summary>Where the tag ends in the HTML it was read from (after its '>').</summary>
    public int End { get; init; }

    public string? Get(string name) => Attributes.Find(a => a.Name.Equals(name, StringComparison.OrdinalIgnoreCase))?.Value;

    public void Set(string name, string value)
    {
        var index = Attributes.FindIndex(a => a.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
        if (index >= 0) Attributes[index] = Attributes[index] with { Value = value };
        else Attributes.Add(new HtmlAttribute(name, value));
    }

    /// <summary>Reads the tag at <paramref name="at"/> (a '&lt;' followed by a letter, or '&lt;/' and a letter); null otherwise.</summary>
    public static HtmlTag? Read(string html, int at)
    {
        var isEnd = at + 1 < html.Length && html[at + 1] == '/';
        var nameStart = at + (isEnd ? 2 : 1);
        var i = nameStart;
        while (i < html.Length && (char.IsAsciiLetterOrDigit(html[i]) || html[i] == '-')) i++;
        if (i == nameStart || !char.IsAsciiLetter(html[nameStart])) return null;
        var name = KnownName(html.AsSpan(nameStart, i - nameStart));
        var attributes = new List<HtmlAttribute>();
        var selfClosing = false;
        while (i < html.Length)
        {
            while (i < html.Length && char.IsWhiteSpace(html[i])) i++;
            if (i >= html.Length) break;
            if (html[i] == '>') { i++; break; }
            if (html[i] == '/') { selfClosing = true; i++; continue; }
            var attributeStart = i;
            while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] is not ('=' or '>' or '/')) i++;
            var attribute = KnownName(html.AsSpan(attributeStart, i - attributeStart));
            while (i < html.Length && char.IsWhiteSpace(html[i])) i++;
            if (i >= html.Length || html[i] != '=') { attributes.Add(new HtmlAttribute(attribute, null)); continue; }
            i++;
            while (i < html.Length && char.IsWhiteSpace(html[i])) i++;
            int valueStart, valueEnd;
            if (i < html.Length && html[i] is '"' or '\'')
            {
                var quote = html[i];
                valueStart = i + 1;
                valueEnd = html.IndexOf(quote, valueStart);
                if (valueEnd < 0) valueEnd = html.Length;
                i = Math.Min(html.Length, valueEnd + 1);
            }
            else
            {
                valueStart = i;
                while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] != '>') i++;
                valueEnd = i;
            }
            var value = html[valueStart..valueEnd];
            attributes.Add(new HtmlAttribute(attribute, value.Contains('&') ? WebUtility.HtmlDecode(value) : value));
        }
        return new HtmlTag { Name = name, IsEnd = isEnd, SelfClosing = selfClosing, End = i, Attributes = attributes };
    }

    /// <summary>Names of the elements and attributes Lotse's layouts and Markdown write most (a page has hundreds of tags),
    /// taken as they are instead of a new string each time.</summary>
    private static readonly HashSet<string> CommonNames = new(StringComparer.Ordinal)
    {
        "a", "abbr", "article", "aside", "b", "blockquote", "body", "br", "button", "caption", "code", "dd", "details", "div", "dl",
        "dt", "em", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "i",
        "img", "input", "label", "li", "link", "main", "meta", "nav", "ol", "p", "path", "pre", "script", "search", "section",
        "small", "span", "strong", "summary", "svg", "table", "tbody", "td", "th", "thead", "time", "title", "tr", "ul",
        "alt", "aria-controls", "aria-current", "aria-describedby", "aria-expanded", "aria-hidden", "aria-label",
        "aria-labelledby", "charset", "class", "content", "d", "data-lotse-search", "datetime", "download", "fill", "focusable",
        "for", "height", "hidden", "href", "hreflang", "id", "lang", "loading", "name", "open", "rel", "role", "scope", "src",
        "tabindex", "type", "value", "viewBox", "width", "xmlns",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CommonNamesBySpan =
        CommonNames.GetAlternateLookup<ReadOnlySpan<char>>();

    private static string KnownName(ReadOnlySpan<char> name) =>
        CommonNamesBySpan.TryGetValue(name, out var known) ? known : name.ToString();

    /// <summary>Writes the tag back, values in double quotes.</summary>
    public void WriteTo(StringBuilder html)
    {
        html.Append(IsEnd ? "</" : "<").Append(Name);
        foreach (var (name, value) in Attributes)
        {
            html.Append(' ').Append(name);
            if (value is null) continue;
            HtmlEscape.Append(html.Append("=\""), value).Append('"');
        }
        html.Append(SelfClosing ? " />" : ">");
    }
}

/// <summary>An attribute of an <see cref="HtmlTag"/>; <see cref="Value"/> is null for a bare attribute (<c>hidden</c>).</summary>
internal sealed record HtmlAttribute(string Name, string? Value);

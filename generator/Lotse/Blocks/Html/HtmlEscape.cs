using System.Text;

namespace Lotse.Blocks.Html;

/// <summary>Escapes text for HTML, in element content and in double-quoted attribute values: <c>&amp; &lt; &gt; "</c>.</summary>
internal static class HtmlEscape
{
    public static StringBuilder Append(StringBuilder html, string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"") < 0) return html.Append(text);
        foreach (var c in text)
            _ = c switch
            {
                '&' => html.Append("&amp;"),
                '<' => html.Append("&lt;"),
                '>' => html.Append("&gt;"),
                '"' => html.Append("&quot;"),
                _ => html.Append(c),
            };
        return html;
    }

    public static string Text(string text) =>
        text.AsSpan().IndexOfAny("&<>\"") < 0 ? text : Append(new StringBuilder(text.Length + 16), text).ToString();
}

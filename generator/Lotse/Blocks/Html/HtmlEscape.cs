using System.Text;

namespace Lotse.Blocks.Html;

/// <summary>Escapes text for HTML, in element content and in double-quoted attribute values: <c>&amp; &lt; &gt; "</c>.</summary>
internal static class HtmlEscape
{
    /// <summary>The characters that are escaped (each as <see cref="Append"/> and <see cref="Utf8Entity"/> write it).</summary>
    private const string Escaped = "&<>\"";

    public static StringBuilder Append(StringBuilder html, string text)
    {
        if (IndexOfEscaped(text) < 0) return html.Append(text);
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
        IndexOfEscaped(text) < 0 ? text : Append(new StringBuilder(text.Length + 16), text).ToString();

    /// <summary>Where the next character that is escaped is (-1 when none is), for a writer that writes UTF-8 straight away
    /// (a Gesamtausgabe's chapters) with <see cref="Utf8Entity"/>.</summary>
    public static int IndexOfEscaped(ReadOnlySpan<char> text) => text.IndexOfAny(Escaped);

    /// <summary>What an escaped character is written as, in UTF-8.</summary>
    public static ReadOnlySpan<byte> Utf8Entity(char escaped) => escaped switch
    {
        '&' => "&amp;"u8,
        '<' => "&lt;"u8,
        '>' => "&gt;"u8,
        '"' => "&quot;"u8,
        _ => throw new ArgumentOutOfRangeException(nameof(escaped), "not a character HtmlEscape escapes"),
    };
}

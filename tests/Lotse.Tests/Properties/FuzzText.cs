using CsCheck;

namespace Lotse.Tests.Properties;

/// <summary>Generators for the property tests: text that looks enough like Markdown, YAML and checklists to
/// reach deep into the parsers, mixed with characters that often break text code (NUL, lone surrogates,
/// combining marks, right-to-left text, emoji, the line separator).</summary>
public static class FuzzText
{
    /// <summary>Characters that tend to break text handling.</summary>
    public static readonly Gen<string> Awkward = Gen.OneOf(
        "\0", "\uD800", "\uDC00", "\uD83D\uDE00", "e\u0301", "\u0301", "\u05E9\u05DC\u05D5\u05DD", "\u202E", "\u200B", "\u2028",
        "\uFEFF", "\u00A0", "\t", "\r", "\r\n", "İ", "Σ", "ß", "ẞ", "Äpfel", "Öl", "Übersicht", "ﬁ", "Ⅻ", "٣", "ж", "€", "…",
        "„", "“", "&", "&amp;", "&#0;", "&#xD800;", "\\", "\u0085", "\uFFFF");

    /// <summary>Any UTF-16 text, lone surrogates included.</summary>
    public static readonly Gen<string> AnyText = Gen.Char.Array[0, 40].Select(chars => new string(chars));

    public static readonly Gen<string> Word = Gen.OneOf(
        "Antrag", "Behörde", "OZG", "Leistung", "und", "der", "EfA", "Straße", "Nutzerkonto", "2021/24", "§", "9",
        "Übersicht", "Kommune", "a", "x", "Café", "Ärger", "hinweis", "checkliste", "tipp");

    /// <summary>Pieces of Markdown syntax, including Lotse's containers and Markdig's extensions.</summary>
    public static readonly Gen<string> MarkdownPiece = Gen.OneOf(
        "\n", "\n", "\n\n", " ", " ", "  ", "    ", "# ", "## ", "### ", "###### ", "- ", "* ", "+ ", "1. ", "2) ", "> ",
        "::: hinweis\n", "::: warnung\n", "::: tipp\n", "::: unbekannt\n", ":::\n", "::::\n", "::: checkliste id=\"liste\" titel=\"Liste\"\n",
        "::: hinweis {.klasse}\n", "::: tipp {#eigene-id}\n", "::: warnung {data-x=\"1\"}\n",
        "- [ ] ", "- [x] ", "```\n", "```csharp\n", "~~~\n", "| a | b |\n", "|---|---|\n", "---\n", "***\n", "===\n",
        "[", "]", "(", ")", "[link](other.md)", "[anker](#oben)", "![bild](x.png)", "<https://example.org>", "{#id}",
        "{.klasse}", "{#x rollen=\"kommune\" dimension=\"technisch\"}", "*", "**", "_", "__", "~~", "`", "``", "^", "~", "==",
        "++", "[^1]", "\n[^1]: Fußnote\n", "\n*[OZG]: Onlinezugangsgesetz\n", "\nBegriff\n:   Erklärung\n", "\\", "&", "|",
        "<div>", "</div>", "<!-- ", " -->", "<span>", "<br>", "\t");

    /// <summary>Markdown with raw HTML: anything goes.</summary>
    public static readonly Gen<string> Markdown = Soup(Gen.Frequency((6, MarkdownPiece), (4, Word), (1, Awkward)), 60);

    /// <summary>Markdown without raw HTML (no '&lt;'), so its HTML must be well nested.</summary>
    public static readonly Gen<string> MarkdownWithoutHtml = Markdown.Select(m => m.Replace("<", ""));

    /// <summary>Pieces of YAML syntax.</summary>
    public static readonly Gen<string> YamlPiece = Gen.OneOf(
        "\n", "\n", " ", "  ", "title", "order", "draft", "url", ": ", ":", "- ", "? ", "&a ", "*a", "<<: ", "{", "}", "[", "]",
        ",", "\"", "'", "|\n", ">\n", "!!str ", "!!int ", "!ding ", "%YAML 1.2\n", "---\n", "...\n", "# ", "true", "1", "-1.5",
        "~", "null", "2026-01-01", "\t", "@", "`",
        "\\uDC00", "\\uD800", "\\u00DC", "\\U0001F600", "\\x41", "\\", "\\\"");

    public static readonly Gen<string> Yaml = Soup(Gen.Frequency((6, YamlPiece), (3, Word), (1, Awkward)), 40);

    /// <summary>Concatenates 0 to <paramref name="maxPieces"/> pieces.</summary>
    public static Gen<string> Soup(Gen<string> piece, int maxPieces) =>
        piece.Array[0, maxPieces].Select(pieces => string.Concat(pieces));
}

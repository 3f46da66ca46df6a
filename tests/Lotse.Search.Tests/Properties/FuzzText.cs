using CsCheck;

namespace Lotse.Search.Tests.Properties;

/// <summary>Text for the search properties: German words and every kind of awkward UTF-16 (NUL, lone
/// surrogates, combining marks, right-to-left text, the characters JavaScript lower-cases specially).</summary>
public static class FuzzText
{
    public static readonly Gen<string> Word = Gen.OneOf(
        "Antrag", "Behörde", "Behoerde", "BEHÖRDEN", "Straße", "STRASSE", "Nutzerkonto", "Bauantrags", "Kaffee", "Queue", "aee",
        "OZG", "2021/24", "§", "9.", "(EfA)", "„Zitat“", "und", "der", "Übersicht", "Häuser", "Haeuser", "ΟΔΟΣ", "İstanbul", "ﬁnden",
        "aufeinanderfolgenden", "Verwaltungsleistungen", "/", "//", "a/", "-", "—", "Ⅻ", "ǅ", "ẞ");

    public static readonly Gen<string> Awkward = Gen.OneOf(
        "\0", "\uD800", "\uDBFF", "\uDC00", "\uD83D\uDE00", "\uD801\uDC00", "e\u0301", "\u0301", "\u0345", "\u05E9\u05DC\u05D5\u05DD",
        "\u0627\u0644\u0639\u0631\u0628\u064A\u0629", "\u202E", "\u200B", "\u2028", "\u2029", "\uFEFF", "\u00A0", "\u1680", "\u3000",
        "\t", "\n", "\r\n", "\v", "\f", "\u0085", "\uFFFF", "\uFFFE", "Σ", "İ", "\u0130\u0307", "ς");

    public static readonly Gen<string> Separator = Gen.OneOf(" ", " ", "-", "\t", "\u00A0", "\n", "  ");

    /// <summary>Any UTF-16 code units.</summary>
    public static readonly Gen<string> AnyChars = Gen.Char.Array[0, 12].Select(chars => new string(chars));

    public static readonly Gen<string> Text = Soup(Gen.Frequency((5, Word), (3, Separator), (2, Awkward), (1, AnyChars)), 30);

    public static Gen<string> Soup(Gen<string> piece, int maxPieces) =>
        piece.Array[0, maxPieces].Select(pieces => string.Concat(pieces));
}

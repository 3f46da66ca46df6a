using System.Text;
using Lotse.Features.Conformance;

namespace Lotse.Tests.Conformance;

/// <summary>Issue 26: <see cref="AccessibleName.Normalize"/> keeps a text that is already normal, and a tree tells whether
/// a text has letters from its bytes; both must say what the text itself says.</summary>
public sealed class NormalTextTests
{
    private static readonly string[] Texts =
    [
        "", " ", "  ", "Titel", "Ein Titel", "Ein  Titel", " Ein Titel", "Ein Titel ", "Ein\nTitel", "Ein\tTitel", "\nBenchmark\n",
        "Ein\u00A0Titel", "Ein\u2003Titel", "\u3000", "Über uns", "a b c d", "a\r\nb", "\u2028", "x\u0085y", "🙂 Smiley",
    ];

    public static TheoryData<string> AllTexts => new(Texts);

    [Theory]
    [MemberData(nameof(AllTexts))]
    public void NormalizeGivesTheWordsBetweenSingleSpaces(string text) =>
        Assert.Equal(string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), AccessibleName.Normalize(text));

    [Fact]
    public void ANormalTextIsKeptAsItIs()
    {
        const string title = "Identifizierung für die Signatur – Benchmark";
        Assert.Same(title, AccessibleName.Normalize(title));
    }

    [Theory]
    [InlineData("\n\n", false)]
    [InlineData("\u00A0\u2003\n", false)]
    [InlineData("\u00A0x", true)]
    [InlineData("Über", true)]
    [InlineData(" 🙂", true)]
    [InlineData("&#32;", false)]
    [InlineData("\u2003&nbsp;", false)]
    [InlineData(" &#173;", true)]
    [InlineData("Iden&#173;ti", true)]
    public void ATextHasLettersWhenItsDecodedTextHasThem(string text, bool hasLetters)
    {
        var tree = PageTreeReader.Read($"<!DOCTYPE html><html lang=\"de\"><head><title>T</title></head><body><p>{text}</p></body></html>")!;
        var paragraph = tree.Elements.Single(e => e.Name == "p");
        Assert.Equal(hasLetters, paragraph.ChildTextHasLetters(0));
        Assert.Equal(hasLetters, paragraph.ChildText(0).Any(c => !char.IsWhiteSpace(c)));
    }

    [Fact]
    public void EveryCharacterIsWhiteSpaceAsARuneAsItIsAsACharacter()
    {
        for (var c = 0; c <= 0xFFFF; c++)
            if (!char.IsSurrogate((char)c)) Assert.True(char.IsWhiteSpace((char)c) == Rune.IsWhiteSpace(new Rune(c)), $"U+{c:X4}");
    }
}

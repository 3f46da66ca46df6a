
using Lotse.Features.ContentChecks;

namespace Lotse.Tests.Editors;

/// <summary>The sentence splitter behind LOT0702/LOT0703/LOT0701, with the cases from the site's own content
/// that it once got wrong (a dot after a parenthesis or quotation mark, a year, "Typ 1.", "Nr. 245.", "BITV 2.0.").</summary>
public sealed class GermanSentencesTests
{
    private static List<string> Sentences(string text) =>
        GermanSentences.Split(text).Select(s => text.Substring(s.Start, s.Length)).ToList();

    [Theory]
    // a dot after a closing parenthesis or quotation mark ends the sentence
    [InlineData("Das Gesetz heißt Onlinezugangsgesetz (OZG). Es gilt seit 2017", "Das Gesetz heißt Onlinezugangsgesetz (OZG).|Es gilt seit 2017")]
    [InlineData("Der Name lautet „Einer für Alle“. Jede Seite nennt Quellen.", "Der Name lautet „Einer für Alle“.|Jede Seite nennt Quellen.")]
    // a year, a number after a noun or after "Nr." ends the sentence
    [InlineData("Es ist vom 14. August 2017. Seine Grundlage ist das GG.", "Es ist vom 14. August 2017.|Seine Grundlage ist das GG.")]
    [InlineData("Zum Programm gehörten 115 Leistungen vom Typ 1. Etwa 90 sind kommunal.", "Zum Programm gehörten 115 Leistungen vom Typ 1.|Etwa 90 sind kommunal.")]
    [InlineData("Es steht im Bundesgesetzblatt 2024 I Nr. 245. Es zieht Lehren.", "Es steht im Bundesgesetzblatt 2024 I Nr. 245.|Es zieht Lehren.")]
    [InlineData("Sie verlangen Barrierefreiheit nach BITV 2.0. Ein Fehler trifft alle.", "Sie verlangen Barrierefreiheit nach BITV 2.0.|Ein Fehler trifft alle.")]
    [InlineData("Die Grundlage ist Artikel 91c Absatz 5. Nach dem Gesetz gilt das.", "Die Grundlage ist Artikel 91c Absatz 5.|Nach dem Gesetz gilt das.")]
    // ordinals and abbreviations do not
    [InlineData("Am 1. Januar gilt z. B. die Regel. Das ist gut.", "Am 1. Januar gilt z. B. die Regel.|Das ist gut.")]
    [InlineData("Die 3. Stufe ist erreicht, die 4. Stufe nicht.", "Die 3. Stufe ist erreicht, die 4. Stufe nicht.")]
    [InlineData("Beschlossen am Stichtag 8. Dezember 2020 nach § 6 Nr. 3d des Abkommens.", "Beschlossen am Stichtag 8. Dezember 2020 nach § 6 Nr. 3d des Abkommens.")]
    [InlineData("Es gilt Art. 3 Abs. 1 GG. Das ist klar.", "Es gilt Art. 3 Abs. 1 GG.|Das ist klar.")]
    [InlineData("Das gilt (vgl. Nr. 2) auch hier. Gut.", "Das gilt (vgl. Nr. 2) auch hier.|Gut.")]
    public void Splits_German_sentences(string text, string expected) =>
        Sentences(text).ShouldBe(expected.Split('|'));
}

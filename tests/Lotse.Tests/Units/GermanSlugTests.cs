using Lotse.Markdown;

namespace Lotse.Tests.Units;

public sealed class GermanSlugTests
{
    [Theory]
    [InlineData("Übersicht der Leistungen", "uebersicht-der-leistungen")]
    [InlineData("Straße & Maß", "strasse-mass")]
    [InlineData("Stufe 3: Online-Leistung", "stufe-3-online-leistung")]
    [InlineData("§ 9 OZG – Bekanntgabe", "9-ozg-bekanntgabe")]
    [InlineData("Größe ÄÖÜ", "groesse-aeoeue")]
    [InlineData("Café", "cafe")]
    [InlineData("🎉", "")]
    public void Makes_german_friendly_slugs(string text, string slug) => GermanSlug.From(text).ShouldBe(slug);
}


using Lotse.Blocks.Markdown;

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

    /// <summary>Found by the property tests: string.Normalize threw on a surrogate without its partner.</summary>
    [Fact]
    public void A_lone_surrogate_is_dropped_not_a_crash()
    {
        GermanSlug.From("Ab\uD800c").ShouldBe("abc");
        GermanSlug.From("\uDC00 Übersicht \uD83D").ShouldBe("uebersicht");
    }
}

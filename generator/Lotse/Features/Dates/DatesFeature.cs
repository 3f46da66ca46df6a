using Lotse.Site;

namespace Lotse.Features.Dates;

/// <summary>Each page's date of last change (from git, else the file) and the review dates (<c>pruefen_bis</c>).</summary>
internal sealed class DatesFeature : IFeature
{
    public IEnumerable<FrontMatterKey> FrontMatterKeys =>
    [
        new(DateKeys.ReviewBy, FrontMatterType.Date, "Prüfen bis (JJJJ-MM-TT): danach sehen Lesende einen Hinweis, und jeder Build warnt (LOT0610) mit der verantwortlichen Stelle.", CheckedWhereRead: true),
        new(DateKeys.Owner, FrontMatterType.Text, "Wer die Seite prüft (Person oder Redaktion); wird in der Warnung zu pruefen_bis genannt.", CheckedWhereRead: true),
    ];

    public IEnumerable<IModule> CheckPages => [new AddLastChanged(), new CheckReviewDates()];
}

using Lotse.Site;

namespace Lotse.Features.Dates;

/// <summary>Each page's date of last change (from git, else the file) and the review dates (<c>pruefen_bis</c>).</summary>
public sealed class DatesFeature : IFeature
{
    public IEnumerable<IModule> CheckPages => [new AddLastChanged(), new CheckReviewDates()];
}

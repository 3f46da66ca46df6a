using System.Globalization;
using Lotse.Blocks.Diagnostics;
using Lotse.Kernel;
using Lotse.Site;

namespace Lotse.Features.Dates;

/// <summary>Pages whose <c>pruefen_bis</c> has passed (before <see cref="BuildOptions.Today"/>) get
/// <c>pruefung_ueberfaellig: true</c> (the layout shows a notice to readers) and a warning that names
/// the owner (<c>verantwortlich</c>). A value that is not a date is a warning too. Generated pages (section pages, pages from data) are not checked.</summary>
internal sealed class CheckReviewDates : DocumentModule
{
    protected override Document? Execute(Document page, BuildContext context)
    {
        if (page.Metadata.GetString(DateKeys.ReviewBy) is not { } text || page.Metadata.Get(ContentKeys.IsGenerated) is true) return page;
        var (line, column) = FrontMatterLine.Of(context.Options.Root, page.SourcePath, DateKeys.ReviewBy);
        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due))
        {
            context.Diagnostics.Warning(DiagnosticCodes.ReviewDateInvalid, page.SourcePath, line, column,
                $"'{DateKeys.ReviewBy}: {text}' is not a date. Write it as YYYY-MM-DD, e.g. '{DateKeys.ReviewBy}: 2027-06-30'");
            return page;
        }
        var today = context.Options.TodayOrClock;
        if (due >= today) return page;
        var owner = page.Metadata.GetString(DateKeys.Owner) is { Length: > 0 } o ? $"'{o}'" : "nobody (no 'verantwortlich' set)";
        context.Diagnostics.Warning(DiagnosticCodes.ReviewOverdue, page.SourcePath, line, column,
            $"The review of this page was due on {due:yyyy-MM-dd} ({Days(today.DayNumber - due.DayNumber)} ago); responsible: {owner}. " +
            $"Review the page, then set '{DateKeys.ReviewBy}' to the next review date");
        return page.WithMetadata(DateKeys.ReviewOverdue, true);
    }

    private static string Days(int n) => n == 1 ? "1 day" : $"{n} days";
}

using Lotse.Site;

namespace Lotse.Features.Dates;

/// <summary>Front matter and computed keys of page dates (computed keys are visible to layouts as <c>page.…</c>).</summary>
[FeatureContract]
internal static class DateKeys
{
    /// <summary>Front matter: the date by which the page must be reviewed (<c>yyyy-MM-dd</c>).</summary>
    public const string ReviewBy = "pruefen_bis";

    /// <summary>Front matter: who is responsible for the page (named in the overdue warning).</summary>
    public const string Owner = "verantwortlich";

    /// <summary>Computed: the date of the last commit that touched the source file (or its file time without git).</summary>
    public const string LastChanged = "zuletzt_geaendert";

    /// <summary>Computed: true when <c>pruefen_bis</c> has passed.</summary>
    public const string ReviewOverdue = "pruefung_ueberfaellig";
}
